/** Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline and return, lone surrogates, U+FFFE/F). */
// The control characters are the point: XML 1.0 cannot hold them, so they are removed.
const _NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const _ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for XML content or a double- or single-quoted attribute, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text.replace(_NOT_XML, "").replace(/[&<>"']/g, (c) => _ENTITIES[c] ?? c);
}

/** One element with escaped text and attributes: `<name a="v">text</name>`, self-closing when text is absent. */
export function element(name: string, attributes: Record<string, string | undefined>, text?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
