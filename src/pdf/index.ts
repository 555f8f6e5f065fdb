/** The board paper as a tagged PDF, drawn from the paper's content. */
export { renderReport, renderPaperPdf, type RenderOptions } from "./render.ts";
export { writeReportPdfs } from "./write.ts";
export { UnknownReportError } from "../paper/index.ts";
export { renderEasyRead } from "./easy-read/render.ts";
export { pdfPageCount } from "./facts.ts";
