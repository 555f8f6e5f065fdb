import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create, type Font, type FontCollection } from "fontkit";
import { FONTS, type FontKey } from "./styles.ts";

/**
 * DejaVu Sans, shipped by the dejavu-fonts-ttf package: it covers "→", "£", curly quotes and
 * Welsh letters (ŵ, ŷ), and pdfkit embeds a subset with a ToUnicode map so text copies out intact.
 */
const _fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

/**
 * Each font is read and parsed once per process and shared by every document: given bytes, pdfkit
 * would parse the font's tables again for each paper, much of a cold paper's time. Each document
 * still embeds its own subset of the glyphs it uses.
 */
const _cache = new Map<FontKey, Font>();

export function fontFor(key: FontKey): Font {
  let font = _cache.get(key);
  if (!font) _cache.set(key, (font = _one(create(readFileSync(join(_fontDir, FONTS[key].file))))));
  return font;
}

/** A .ttf file holds one font; only a collection (.ttc) holds several. */
function _one(font: Font | FontCollection): Font {
  return "fonts" in font ? (font.fonts[0] as Font) : font;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit takes a fontkit font where its types say a path or bytes.
  for (const key of Object.keys(FONTS) as FontKey[])
    doc.registerFont(FONTS[key].name, fontFor(key) as unknown as Buffer);
}
