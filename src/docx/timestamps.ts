import { unzipSync, zipSync, type Zippable } from "fflate";

/**
 * The docx package stamps a document with the clock (its created and modified dates, and each file's
 * time in the zip) and names each hyperlink's relationship at random. A paper is dated by its meeting
 * instead, and its links numbered in order, so the same content gives the same bytes.
 */
export function fixTimestamps(docx: Buffer | Uint8Array, day: string): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  _numberLinks(files);
  const when = `${day}T00:00:00Z`;
  const core = files["docProps/core.xml"];
  if (core) {
    files["docProps/core.xml"] = new TextEncoder().encode(
      new TextDecoder().decode(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${when}$2`),
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
  const rename = (xml: string) => xml.replace(/"(rId[^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `"${renamed.get(id)}"` : whole));
  for (const name of ["word/_rels/document.xml.rels", "word/document.xml"]) {
    const file = files[name];
    if (file) files[name] = new TextEncoder().encode(rename(decode(file)));
  }
}
