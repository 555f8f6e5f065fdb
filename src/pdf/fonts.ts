import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FONTS, type FontKey } from "./styles.ts";

/**
 * DejaVu Sans, shipped by the dejavu-fonts-ttf package: it covers "→", "£", curly quotes and
 * Welsh letters (ŵ, ŷ), and pdfkit embeds a subset with a ToUnicode map so text copies out intact.
 */
const _fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

/** Read once per process: a long build renders many papers. */
const _cache = new Map<FontKey, Buffer>();

export function fontData(key: FontKey): Buffer {
  let data = _cache.get(key);
  if (!data) _cache.set(key, (data = readFileSync(join(_fontDir, FONTS[key].file))));
  return data;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const key of Object.keys(FONTS) as FontKey[]) doc.registerFont(FONTS[key].name, fontData(key));
}
