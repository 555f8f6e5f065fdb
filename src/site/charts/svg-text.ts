/** Text safe inside an SVG element or a double-quoted attribute: every chart writes its words through this. */
export function svgText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
