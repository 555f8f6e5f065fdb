import { scaleOf, statusesIn, TOOL_SCALE, type RatingScale, type Tally, type TrendPoint } from "../model/index.ts";
import { contentWidth, ensureSpace, left, textHeight, useStyle } from "./flow.ts";
import type { Paper, Parent, StructOptions } from "./paper.ts";
import { CHART, GAPS, TEXT } from "./styles.ts";
import { paragraph } from "./tags.ts";
import { shortDate } from "./words.ts";

/** "On track: 7, At risk: 4, …" — the chart's numbers, in words, for its alternative text. */
export function tallyInWords(tally: Tally, scale: RatingScale = TOOL_SCALE): string {
  return statusesIn([tally]).map((s) => `${scale.words[s]}: ${tally.byStatus[s]}`).join(", ");
}

/**
 * Actions by status as a horizontal bar chart in vector graphics, tagged as a Figure whose
 * alternative text gives the same numbers. Each bar is labelled with its status and count,
 * so the colours are only a supplement.
 */
export function statusChart(paper: Paper, parent: Parent, tally: Tally, caption: string, alt: string): void {
  const { doc } = paper;
  const { words, colours } = scaleOf(paper.strategy);
  const rowHeight = CHART.barHeight + CHART.rowGap;
  const statuses = statusesIn([tally]);
  const height = statuses.length * rowHeight;
  // The caption names the chart: never leave it on the page before.
  ensureSpace(doc, textHeight(doc, caption, TEXT.caption, contentWidth(doc)) + TEXT.caption.gapAfter + height);
  paragraph(paper, parent, caption, TEXT.caption);
  const x = left(doc);
  const top = doc.y;
  const scale = Math.min(CHART.maxBarWidth, contentWidth(doc) - CHART.labelWidth - CHART.countWidth) / Math.max(1, ...Object.values(tally.byStatus));
  const options: StructOptions = { alt, bbox: [x, top, x + contentWidth(doc), top + height], placement: "Block" };
  parent.add(
    doc.struct("Figure", options, () => {
      statuses.forEach((status, i) => {
        const y = top + i * rowHeight;
        const count = tally.byStatus[status];
        const barWidth = count * scale;
        const textY = y + (CHART.barHeight - TEXT.body.size) / 2;
        useStyle(doc, TEXT.body).text(words[status], x, textY, { width: CHART.labelWidth - GAPS.barLabel, lineBreak: false });
        if (barWidth > 0) doc.rect(x + CHART.labelWidth, y, barWidth, CHART.barHeight).fill(colours[status].bar);
        useStyle(doc, TEXT.caption).text(String(count), x + CHART.labelWidth + barWidth + GAPS.barLabel, textY, { lineBreak: false });
      });
    }),
  );
  doc.x = x;
  doc.y = top + height + TEXT.body.gapAfter;
}

/**
 * Counts by status at each report's period end as stacked bars, one per report, with a legend.
 * Each segment wide enough carries its count; the table that follows gives every figure, and the
 * figure's alternative text says them all, so nothing depends on colour.
 */
export function trendChart(paper: Paper, parent: Parent, points: readonly TrendPoint[], caption: string, alt: string): void {
  const { doc } = paper;
  const { words, colours } = scaleOf(paper.strategy);
  const rowHeight = CHART.barHeight + CHART.rowGap;
  const legendHeight = TEXT.small.size * 2 + CHART.rowGap;
  const height = points.length * rowHeight + legendHeight;
  ensureSpace(doc, textHeight(doc, caption, TEXT.caption, contentWidth(doc)) + TEXT.caption.gapAfter + height);
  paragraph(paper, parent, caption, TEXT.caption);
  const x = left(doc);
  const top = doc.y;
  const barX = x + CHART.trendLabelWidth;
  const full = contentWidth(doc) - CHART.trendLabelWidth - CHART.countWidth;
  const statuses = statusesIn(points.map((p) => p.tally));
  const options: StructOptions = { alt, bbox: [x, top, x + contentWidth(doc), top + height], placement: "Block" };
  parent.add(
    doc.struct("Figure", options, () => {
      points.forEach((point, i) => {
        const y = top + i * rowHeight;
        const textY = y + (CHART.barHeight - TEXT.small.size) / 2;
        useStyle(doc, TEXT.small).fillColor(TEXT.body.colour).text(shortDate(point.asAt), x, textY, { width: CHART.trendLabelWidth - GAPS.barLabel, lineBreak: false });
        let at = barX;
        for (const status of statuses) {
          const n = point.tally.byStatus[status];
          const width = point.tally.total ? (n / point.tally.total) * full : 0;
          if (width <= 0) continue;
          doc.rect(at, y, width, CHART.barHeight).fill(colours[status].bar);
          useStyle(doc, TEXT.small);
          if (doc.widthOfString(String(n)) + 4 < width) doc.fillColor("#ffffff").text(String(n), at, textY, { width, align: "center", lineBreak: false });
          at += width;
        }
      });
      let lx = x;
      const ly = top + points.length * rowHeight + CHART.rowGap / 2;
      for (const status of statuses) {
        doc.rect(lx, ly + 1, 9, 9).fill(colours[status].bar);
        useStyle(doc, TEXT.small).fillColor(TEXT.body.colour);
        const word = words[status];
        doc.text(word, lx + 12, ly, { lineBreak: false });
        lx += 12 + doc.widthOfString(word) + 10;
      }
    }),
  );
  doc.x = x;
  doc.y = top + height + TEXT.body.gapAfter;
}
