import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { statusesIn } from "../model/index.ts";
import type { ChartBlock, PaperContent } from "../paper/index.ts";
import { shortDate } from "../paper/words.ts";
import { escapeXml } from "./xml.ts";

const _require = createRequire(import.meta.url);
const _FONT = join(dirname(_require.resolve("dejavu-fonts-ttf/package.json")), "ttf", "DejaVuSans.ttf");
let _ready: Promise<void> | null = null;

/** Loads the SVG renderer (WebAssembly, the same on every platform) once per process. */
export function chartsReady(): Promise<void> {
  _ready ??= initWasm(readFileSync(_require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
  return _ready;
}

/** Width of the picture in the document, in pixels (it fills most of the text width of an A4 page). */
const _WIDTH = 600;
const _ROW = 30;
const _BAR = 20;
const _LABEL = 150;

/**
 * A chart as a PNG for the Word edition, drawn as the PDF draws it: a bar per status (or per report,
 * stacked by status), each labelled with its words and count, so colour is never the only cue.
 * Rendered at twice its size in the document so it prints sharply. Call `chartsReady` first.
 */
export function chartPng(
  block: ChartBlock,
  bodySize: number,
  scale: PaperContent["scale"],
): { png: Uint8Array; width: number; height: number } {
  // The picture is shown at 96 pixels to the inch: a label in pixels is 4/3 of its size in points.
  const size = Math.round((Math.max(11, bodySize - 1) * 4) / 3);
  const svg = block.type === "status" ? _statusSvg(block, size, scale) : _trendSvg(block, size, scale);
  const png = new Resvg(svg.text, {
    fitTo: { mode: "zoom", value: 2 },
    font: { fontBuffers: [readFileSync(_FONT)], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  return { png, width: _WIDTH, height: svg.height };
}

function _svg(height: number, body: string): { text: string; height: number } {
  return {
    text: `<svg xmlns="http://www.w3.org/2000/svg" width="${_WIDTH}" height="${height}" viewBox="0 0 ${_WIDTH} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`,
    height,
  };
}

function _text(x: number, y: number, text: string, size: number, fill = "#0b0c0c", anchor = "start"): string {
  return `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="${fill}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
}

/**
 * The width a label takes at `size` pixels, generously: DejaVu Sans averages under 0.62 of its size
 * per character, so a label given this much room never runs into the bar beside it.
 */
function _labelWidth(words: readonly string[], size: number): number {
  return Math.max(0, ...words.map((w) => Math.ceil(w.length * size * 0.62)));
}

function _statusSvg(
  block: Extract<ChartBlock, { type: "status" }>,
  size: number,
  scale: PaperContent["scale"],
): { text: string; height: number } {
  const statuses = statusesIn([block.tally], scale);
  const max = Math.max(1, ...statuses.map((s) => block.tally.byStatus[s]));
  // Room for the longest label on one line ("No progress reported yet"), as the PDF gives it.
  const label = Math.min(
    _WIDTH / 2,
    Math.max(
      _LABEL,
      _labelWidth(
        statuses.map((s) => scale.words[s]),
        size,
      ) + 10,
    ),
  );
  const perAction = (_WIDTH - label - 50) / max;
  const rows = statuses.map((status, i) => {
    const y = i * _ROW + 4;
    const n = block.tally.byStatus[status];
    return (
      _text(0, y + _BAR - 3, scale.words[status], size) +
      (n
        ? `<rect x="${label}" y="${y}" width="${n * perAction}" height="${_BAR}" fill="${scale.colours[status].bar}"/>`
        : "") +
      _text(label + n * perAction + 6, y + _BAR - 3, String(n), size)
    );
  });
  return _svg(statuses.length * _ROW + 8, rows.join(""));
}

function _trendSvg(
  block: Extract<ChartBlock, { type: "trend" }>,
  size: number,
  scale: PaperContent["scale"],
): { text: string; height: number } {
  const full = _WIDTH - _LABEL - 10;
  const statuses = statusesIn(
    block.points.map((p) => p.tally),
    scale,
  );
  const bars = block.points.map((point, i) => {
    const y = i * _ROW + 4;
    let at = _LABEL;
    let out = _text(0, y + _BAR - 3, shortDate(point.asAt).replace(/\u00a0/g, " "), size);
    for (const status of statuses) {
      const n = point.tally.byStatus[status];
      const width = point.tally.total ? (n / point.tally.total) * full : 0;
      if (width <= 0) continue;
      out += `<rect x="${at}" y="${y}" width="${width}" height="${_BAR}" fill="${scale.colours[status].bar}"/>`;
      if (width > size * 1.6) out += _text(at + width / 2, y + _BAR - 3, String(n), size, "#ffffff", "middle");
      at += width;
    }
    return out;
  });
  // The legend: a key per status, in as many rows as it takes, each key wide enough for its words.
  const top = block.points.length * _ROW + 12;
  const keyWidth = Math.max(
    200,
    _labelWidth(
      statuses.map((s) => scale.words[s]),
      size,
    ) + 30,
  );
  const perRow = Math.max(1, Math.floor(_WIDTH / keyWidth));
  const keys = statuses.map((status, i) => {
    const x = (i % perRow) * keyWidth;
    const y = top + Math.floor(i / perRow) * _ROW;
    return (
      `<rect x="${x}" y="${y}" width="12" height="12" fill="${scale.colours[status].bar}"/>` +
      _text(x + 18, y + 11, scale.words[status], size)
    );
  });
  return _svg(top + Math.ceil(statuses.length / perRow) * _ROW, bars.join("") + keys.join(""));
}
