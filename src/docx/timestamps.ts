import { unzipSync, zipSync, type Zippable } from "fflate";

/**
 * The docx package stamps a document with the clock (its created and modified dates, and each file's
 * time in the zip), names each hyperlink's relationship at random, and numbers bookmarks and pictures
 * from counters kept for the whole process. A paper is dated by its meeting instead, and its links,
 * bookmarks and pictures numbered from 1 in order, so the same content gives the same bytes.
 */
export function fixTimestamps(docx: Buffer | Uint8Array, day: string): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  _numberLinks(files);
  _numberIds(files);
  const when = `${day}T00:00:00Z`;
  const core = files["docProps/core.xml"];
  if (core) {
    files["docProps/core.xml"] = new TextEncoder().encode(
      new TextDecoder()
        .decode(core)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${when}$2`),
    );
  }
  const mtime = new Date(when);
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort()) zippable[name] = [files[name] as Uint8Array, { mtime }];
  return Buffer.from(zipSync(zippable, { level: 6 }));
}

/** Random relationship ids ("rId10ps4dczkuxjiqmo9q1i0") become "rIdLink1", "rIdLink2" … in the order they are declared. */
function _numberLinks(files: Record<string, Uint8Array>): void {
  const rels = files["word/_rels/document.xml.rels"];
  if (!rels) return;
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const ids = [...decode(rels).matchAll(/Id="(rId[^"]*[a-z_-][^"]*)"/g)].map((m) => m[1] as string);
  const renamed = new Map(ids.map((id, i) => [id, `rIdLink${i + 1}`]));
  const rename = (xml: string) =>
    xml.replace(/"(rId[^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `"${renamed.get(id)}"` : whole));
  for (const name of ["word/_rels/document.xml.rels", "word/document.xml"]) {
    const file = files[name];
    if (file) files[name] = new TextEncoder().encode(rename(decode(file)));
  }
}

/** Bookmark and picture ids numbered from 1 in the order they appear, each kind on its own. */
function _numberIds(files: Record<string, Uint8Array>): void {
  const file = files["word/document.xml"];
  if (!file) return;
  let xml = new TextDecoder().decode(file);
  for (const pattern of [
    /(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)(")/g,
    /(<(?:wp:docPr|pic:cNvPr)\b[^>]*?\bid=")(\d+)(")/g,
  ]) {
    const renumbered = new Map<string, number>();
    xml = xml.replace(pattern, (_whole, before: string, id: string, after: string) => {
      if (!renumbered.has(id)) renumbered.set(id, renumbered.size + 1);
      return `${before}${renumbered.get(id)}${after}`;
    });
  }
  files["word/document.xml"] = new TextEncoder().encode(xml);
}
