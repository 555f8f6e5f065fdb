import { existsSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { StrategyPressError, UsageError } from "../errors.ts";
import { buildStrategy } from "../model/index.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { readModel } from "../pipeline.ts";
import { strategyUrls } from "../data/urls.ts";
import type { Command } from "./command.ts";

type _Format = "pdf" | "docx";

export const reportCommand: Command = {
  name: "report",
  usage: "strategy-press report <strategy-id> <report-id> [--format pdf|docx|both] [--out file.pdf|file.docx] [--content dir]",
  summary: "Write one board report as a tagged PDF, a Word document, or both (an exempt report too: it is never published on the site).",
  example: "strategy-press report derby-mental-health 2015-09 --format both --out board-paper.pdf",
  flags: {
    format: { value: true, description: "pdf, docx or both; without it, the --out file's extension decides, else pdf", default: "pdf" },
    out: { value: true, description: "file to write; with --format both, the other edition goes beside it with its own extension", default: "<strategy-id>-<report-id>.pdf" },
    content: { value: true, description: "content folder", default: "content" },
  },
  async run({ args, flags, output, cwd }) {
    const [strategyId, reportId, ...extra] = args;
    if (!strategyId || !reportId || extra.length) throw new UsageError("report takes a strategy id and a report id");
    const { model, validated } = readModel(resolve(cwd, typeof flags["content"] === "string" ? flags["content"] : "content"), cwd);
    const published = model.strategies.find((s) => s.id === strategyId);
    const files = validated.content?.strategies.find((s) => s.strategy.id === strategyId);
    if (!published || !files || !validated.content) {
      const known = model.strategies.map((s) => `"${s.id}"`).join(", ") || "none";
      throw new StrategyPressError(`there is no strategy "${strategyId}" (strategies: ${known})`);
    }
    // The site's model leaves exempt reports out; the paper comes from the whole strategy, so a clerk can still print one.
    const strategy = buildStrategy(files, model.site.publisher, model.site.paper);
    const out = typeof flags["out"] === "string" ? resolve(cwd, flags["out"]) : null;
    const formats = _formats(flags["format"], out);
    const base = out ? out.slice(0, out.length - extname(out).length) : resolve(cwd, `${strategyId}-${reportId}`);
    if (out && existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out ${relative(cwd, out) || "."} is a folder; give the ${formats[0] === "docx" ? "Word" : "PDF"} file's name, such as ${join(relative(cwd, out), `${strategyId}-${reportId}.${formats[0]}`)}`);
    // The paper cites the live site and its own page there.
    const options = { siteHome: strategyUrls(model.site, published).home };
    for (const format of formats) {
      const file = formats.length === 1 && out ? out : `${base}.${format}`;
      // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit, docx or exceljs.
      const bytes = format === "pdf"
        ? await (await import("../pdf/index.ts")).renderReport(strategy, reportId, options)
        : await (await import("../docx/index.ts")).renderReportDocx(strategy, reportId, options);
      writeFileAtomically(file, bytes);
      output.out(`✓ wrote ${file} (${Math.round(bytes.length / 1024)} KB)`);
    }
    return 0;
  },
};

/** Which editions to write: --format if given, else the --out file's extension, else the PDF. */
function _formats(flag: unknown, out: string | null): _Format[] {
  if (flag === "both") return ["pdf", "docx"];
  if (flag === "pdf" || flag === "docx") return [flag];
  if (flag !== undefined && flag !== true) throw new UsageError(`--format ${String(flag)} is not one of pdf, docx or both`);
  return out && extname(out).toLowerCase() === ".docx" ? ["docx"] : ["pdf"];
}
