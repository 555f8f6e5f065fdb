import { statusesIn, type ProgressStatus, type Tally, type TrendPoint } from "../model/index.ts";
import type { ChartBlock } from "../paper/index.ts";
import { shortDate } from "../paper/words.ts";
import { contentWidth, ensureSpace, left, textHeight, useStyle } from "./flow.ts";
import type { Paper, Parent, StructOptions } from "./paper.ts";
import { CHART, GAPS } from "./styles.ts";
import { paragraph } from "./tags.ts";

/** A chart block: its caption, then the figure. */
export function chart(paper: Paper, parent: Parent, block: ChartBlock): void {
  if (block.type === "status") statusChart(paper, parent, block.tally, block.caption, block.alt);
  else trendChart(paper, parent, block.points, block.caption, block.alt);
}

/**
 * Actions by status as a horizontal bar chart in vector graphics, tagged as a Figure whose
 * alternative text gives the same numbers. Each bar is labelled with its status and count,
 * so the colours are only a supplement.
 */
export function statusChart(paper: Paper, parent: Parent, tally: Tally, caption: string, alt: string): void {
  const { doc } = paper;
  const rowHeight = CHART.barHeight + CHART.rowGap;
  const statuses = statusesIn([tally], paper.scale);
  const height = statuses.length * rowHeight;
  // The caption names the chart: never leave it on the page before.
  ensureSpace(
    doc,
    textHeight(doc, caption, paper.text.caption, contentWidth(doc)) + paper.text.caption.gapAfter + height,
  );
  paragraph(paper, parent, caption, paper.text.caption);
  const x = left(doc);
  const top = doc.y;
  const labelWidth = _labelWidth(paper, statuses);
  const scale =
    Math.min(CHART.maxBarWidth, contentWidth(doc) - labelWidth - CHART.countWidth) /
    Math.max(1, ...Object.values(tally.byStatus));
  const options: StructOptions = { alt, bbox: [x, top, x + contentWidth(doc), top + height], placement: "Block" };
  parent.add(
    doc.struct("Figure", options, () => {
      statuses.forEach((status, i) => {
        const y = top + i * rowHeight;
        const count = tally.byStatus[status];
        const barWidth = count * scale;
        const textY = y + (CHART.barHeight - paper.text.body.size) / 2;
        useStyle(doc, paper.text.body).text(paper.scale.words[status], x, textY, {
          width: labelWidth - GAPS.barLabel,
          lineBreak: false,
        });
        if (barWidth > 0) doc.rect(x + labelWidth, y, barWidth, CHART.barHeight).fill(paper.scale.colours[status].bar);
        useStyle(doc, paper.text.caption).text(String(count), x + labelWidth + barWidth + GAPS.barLabel, textY, {
          lineBreak: false,
        });
      });
    }),
  );
  doc.x = x;
  doc.y = top + height + paper.text.body.gapAfter;
}

/**
 * The width of the labels beside the bars: the widest word on one line ("No progress reported yet",
 * a strategy's own longer word), so no label wraps onto the row below; at least the usual width.
 */
function _labelWidth(paper: Paper, statuses: readonly ProgressStatus[]): number {
  const { doc } = paper;
  useStyle(doc, paper.text.body);
  const widest = Math.max(0, ...statuses.map((s) => doc.widthOfString(paper.scale.words[s])));
  return Math.max(CHART.labelWidth, Math.min(Math.ceil(widest) + GAPS.barLabel + 1, contentWidth(doc) / 2));
}

/**
 * Counts by status at each report's period end as stacked bars, one per report, with a legend.
 * Each segment wide enough carries its count; the table that follows gives every figure, and the
 * figure's alternative text says them all, so nothing depends on colour.
 */
export function trendChart(
  paper: Paper,
  parent: Parent,
  points: readonly TrendPoint[],
  caption: string,
  alt: string,
): void {
  const { doc } = paper;
  const TEXT = paper.text;
  const rowHeight = CHART.barHeight + CHART.rowGap;
  const legend = _legend(
    paper,
    contentWidth(doc),
    statusesIn(
      points.map((p) => p.tally),
      paper.scale,
    ),
  );
  const legendHeight = legend.rows * (TEXT.small.size * 1.6) + CHART.rowGap;
  const height = points.length * rowHeight + legendHeight;
  ensureSpace(
    doc,
    textHeight(doc, caption, paper.text.caption, contentWidth(doc)) + paper.text.caption.gapAfter + height,
  );
  paragraph(paper, parent, caption, paper.text.caption);
  const x = left(doc);
  const top = doc.y;
  const barX = x + CHART.trendLabelWidth;
  const full = contentWidth(doc) - CHART.trendLabelWidth - CHART.countWidth;
  const statuses = statusesIn(
    points.map((p) => p.tally),
    paper.scale,
  );
  const options: StructOptions = { alt, bbox: [x, top, x + contentWidth(doc), top + height], placement: "Block" };
  parent.add(
    doc.struct("Figure", options, () => {
      points.forEach((point, i) => {
        const y = top + i * rowHeight;
        const textY = y + (CHART.barHeight - paper.text.small.size) / 2;
        useStyle(doc, paper.text.small)
          .fillColor(paper.text.body.colour)
          .text(shortDate(point.asAt), x, textY, { width: CHART.trendLabelWidth - GAPS.barLabel, lineBreak: false });
        let at = barX;
        for (const status of statuses) {
          const n = point.tally.byStatus[status];
          const width = point.tally.total ? (n / point.tally.total) * full : 0;
          if (width <= 0) continue;
          doc.rect(at, y, width, CHART.barHeight).fill(paper.scale.colours[status].bar);
          useStyle(doc, paper.text.small);
          if (doc.widthOfString(String(n)) + 4 < width)
            doc.fillColor("#ffffff").text(String(n), at, textY, { width, align: "center", lineBreak: false });
          at += width;
        }
      });
      const ly = top + points.length * rowHeight + CHART.rowGap / 2;
      for (const key of legend.keys) {
        const kx = x + key.x;
        const ky = ly + key.row * TEXT.small.size * 1.6;
        doc.rect(kx, ky + 1, 9, 9).fill(paper.scale.colours[key.status].bar);
        useStyle(doc, TEXT.small)
          .fillColor(TEXT.body.colour)
          .text(paper.scale.words[key.status], kx + 12, ky, { lineBreak: false });
      }
    }),
  );
  doc.x = x;
  doc.y = top + height + paper.text.body.gapAfter;
}

/** Where each key of the legend goes: left to right, onto a new row when the next would not fit. */
function _legend(
  paper: Paper,
  width: number,
  statuses: readonly ProgressStatus[],
): { rows: number; keys: { status: ProgressStatus; x: number; row: number }[] } {
  useStyle(paper.doc, paper.text.small);
  let x = 0;
  let row = 0;
  const keys = statuses.map((status) => {
    const w = 12 + paper.doc.widthOfString(paper.scale.words[status]);
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const key = { status, x, row };
    x += w + 12;
    return key;
  });
  return { rows: row + 1, keys };
}
