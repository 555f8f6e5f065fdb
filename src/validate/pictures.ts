import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { Parser } from "htmlparser2";
import { imageSize } from "image-size";

/** The kinds of picture content may name, by what their bytes are. */
export type PictureType = "png" | "jpeg" | "svg";

/** A picture larger than this on disk is refused before it is read: pictures for the web are far smaller. */
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;
/** Pixels a side, and in all: decoding a larger picture for the PDF takes more memory than a build should. */
export const MAX_PICTURE_SIDE = 10_000;
export const MAX_PICTURE_PIXELS = 25_000_000;

const EXTENSIONS: Record<string, PictureType> = { ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg" };

/**
 * Why a picture file cannot be published, in words that follow `the picture "…" `; null when it can.
 * Its name says its type and its bytes must be of that type: a PNG or JPEG decodes and is of a sane
 * size; an SVG is an <svg> document with nothing in it that runs (scripts, event handlers, javascript:
 * links, embedded documents), since a browser runs those when the file is opened from the site.
 */
export function pictureProblem(real: string, allowed: readonly PictureType[]): string | null {
  const claimed = EXTENSIONS[extname(real).toLowerCase()];
  const names = allowed.map((t) => t.toUpperCase()).join(" or ");
  if (!claimed || !allowed.includes(claimed))
    return `is not a ${names} file (its name must end ${allowed.flatMap((t) => Object.keys(EXTENSIONS).filter((e) => EXTENSIONS[e] === t)).join(", ")})`;
  const size = statSync(real).size;
  if (size > MAX_PICTURE_BYTES)
    return `is ${Math.round(size / 1024)} KiB; a picture may be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MiB`;
  const bytes = readFileSync(real);
  return claimed === "svg" ? _svgProblem(bytes) : _bitmapProblem(bytes, claimed);
}

function _bitmapProblem(bytes: Buffer, claimed: PictureType): string | null {
  let found: { type?: string; width?: number; height?: number };
  try {
    found = imageSize(bytes);
  } catch {
    return `is not a ${claimed.toUpperCase()} picture: its contents are not an image`;
  }
  const type = found.type === "jpg" ? "jpeg" : found.type;
  if (type !== claimed)
    return `is named as a ${claimed.toUpperCase()} but its contents are ${type ? `a ${type.toUpperCase()}` : "not an image"}`;
  const { width = 0, height = 0 } = found;
  if (width < 1 || height < 1) return "has no size (0 pixels wide or high)";
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE || width * height > MAX_PICTURE_PIXELS) {
    return `is ${width}×${height} pixels; a picture may be at most ${MAX_PICTURE_SIDE.toLocaleString("en-GB")} pixels a side and ${MAX_PICTURE_PIXELS / 1_000_000} million in all`;
  }
  return null;
}

const RUNS = new Set(["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"]);

function _svgProblem(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "is not an SVG picture: it is not UTF-8 text";
  }
  let root: string | null = null;
  let problem: string | null = null;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.toLowerCase() === "!doctype" && /<!ENTITY/i.test(text))
          problem ??= "declares entities (<!ENTITY>), which an SVG picture does not need";
      },
      onopentag(name, attributes) {
        const tag = name.toLowerCase().replace(/^.*:/, "");
        root ??= tag;
        if (RUNS.has(tag)) problem ??= `contains <${name}>, which a browser would run`;
        for (const [attribute, value] of Object.entries(attributes)) {
          const key = attribute.toLowerCase();
          if (key.startsWith("on")) problem ??= `has an event handler (${attribute}="…"), which a browser would run`;
          // An animation can set a link to javascript: too (<set to="javascript:…">): no value may name it.
          if (/^\s*(javascript|vbscript):/i.test(value) || /javascript:/i.test(value.replace(/\s/g, "")))
            problem ??= `has "${value.slice(0, 40)}" in ${attribute}, which a browser would run`;
          if (/(^|:)href$|^src$/.test(key) && !/^\s*(#|https?:)/i.test(value) && /^\s*[\w+.-]+:/.test(value))
            problem ??= `links to "${value.slice(0, 40)}", which a browser would run or load`;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  if (root !== "svg") return "is not an SVG picture: it does not start with <svg>";
  return problem;
}
