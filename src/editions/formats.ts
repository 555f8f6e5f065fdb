import type { StrategyModel } from "../model/index.ts";

/** How one format of a board paper is made: its file extension and its renderer (loaded when first used). */
export interface EditionFormat {
  ext: "pdf" | "docx";
  render(strategy: StrategyModel, reportId: string, options: { siteHome: string }): Promise<Uint8Array>;
}

/**
 * The formats an approved report's edition is stored in (`report approve`) and published from. A
 * format added here is stored at the next approval and published from its stored file from then on.
 */
export const EDITION_FORMATS: readonly EditionFormat[] = [
  {
    ext: "pdf",
    render: async (strategy, reportId, options) =>
      (await import("../pdf/index.ts")).renderReport(strategy, reportId, options),
  },
  {
    ext: "docx",
    render: async (strategy, reportId, options) =>
      (await import("../docx/index.ts")).renderReportDocx(strategy, reportId, options),
  },
];
