/** The board paper: one tagged PDF per report, from the strategy model. */
export { renderReport, type RenderOptions } from "./render.ts";
export { writeReportPdfs } from "./write.ts";
export { UnknownReportError } from "./errors.ts";
export { renderEasyRead } from "./easy-read/render.ts";
export { pdfPageCount } from "./facts.ts";
