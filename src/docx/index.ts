/** The board paper's Word edition, drawn from the same content as its PDF. */
export { renderReportDocx, renderPaperDocx } from "./render.ts";
