import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { findStrategy } from "./find.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { readModel } from "../pipeline.ts";
import { strategyUrls } from "../data/urls.ts";
import type { Command } from "./command.ts";

export const reportCommand: Command = {
  name: "report",
  usage: "strategy-press report <strategy-id> <report-id> [--out file.pdf] [--content dir]",
  summary: "Write one board report as a tagged PDF.",
  example: "strategy-press report derby-mental-health 2015-09 --out board-paper.pdf",
  flags: {
    out: { value: true, description: "PDF file to write", default: "<strategy-id>-<report-id>.pdf" },
    content: { value: true, description: "content folder", default: "content" },
  },
  async run({ args, flags, output, cwd }) {
    const [strategyId, reportId, ...extra] = args;
    if (!strategyId || !reportId || extra.length) throw new UsageError("report takes a strategy id and a report id");
    const { model } = readModel(resolve(cwd, typeof flags["content"] === "string" ? flags["content"] : "content"), cwd);
    const strategy = findStrategy(model, strategyId);
    // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit or exceljs.
    const { renderReport } = await import("../pdf/index.ts");
    const file = resolve(cwd, typeof flags["out"] === "string" ? flags["out"] : `${strategyId}-${reportId}.pdf`);
    if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--out ${relative(cwd, file) || "."} is a folder; give the PDF file's name, such as ${join(relative(cwd, file), `${strategyId}-${reportId}.pdf`)}`);
    // The paper cites the live site and its own page there.
    const bytes = await renderReport(strategy, reportId, { siteHome: strategyUrls(model.site, strategy).home });
    writeFileAtomically(file, bytes);
    output.out(`✓ wrote ${file} (${Math.round(bytes.length / 1024)} KB)`);
    return 0;
  },
};
