import { existsSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { readModel } from "../pipeline.ts";
import { strategyUrls } from "../data/urls.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import type { Command, CommandContext } from "./command.ts";
import { findStrategy } from "./find.ts";
import { stringFlag } from "./flag-values.ts";
import { APPROVE_FLAGS, reportApprove } from "./report-approve.ts";
import { DECIDE_FLAGS, reportDecide } from "./report-decide.ts";
import { NEW_FLAGS, reportNew } from "./report-new.ts";

/** The words `report` reads in a strategy id's place (validation keeps strategies from taking them). */
const SUBCOMMANDS: Record<string, { run: (ctx: CommandContext) => Promise<number>; flags: readonly string[] }> = {
  new: { run: reportNew, flags: NEW_FLAGS },
  approve: { run: reportApprove, flags: APPROVE_FLAGS },
  decide: { run: reportDecide, flags: DECIDE_FLAGS },
};

export const reportCommand: Command = {
  name: "report",
  usage: [
    "strategy-press report <strategy-id> <report-id> [--format pdf|docx|both] [--out file.pdf|file.docx] [--content dir] [--as-at YYYY-MM-DD]",
    "       strategy-press report new <strategy-id> [--end YYYY-MM-DD] [--meeting YYYY-MM-DD] [--id id] [--returns-due YYYY-MM-DD]",
    "       strategy-press report decide <strategy-id> <report-id> <recommendation> --outcome approved|amended|rejected [--note text] [--revised-due action[=YYYY-MM-DD],…]",
    "       strategy-press report approve <strategy-id> <report-id> --by name [--date YYYY-MM-DD]",
  ].join("\n"),
  summary:
    "Write one board report as a tagged PDF, a Word document, or both (an exempt report too: it is never published on the site); `report new` opens the next report as a draft, `decide` records the board's decisions, `approve` approves it and stores its editions.",
  example: "strategy-press report derby-mental-health 2015-09 --format both --out board-paper.pdf",
  flags: {
    format: {
      value: true,
      description: "pdf, docx or both; without it, the --out file's extension decides, else pdf",
      default: "pdf",
    },
    out: {
      value: true,
      description: "file to write; with --format both, the other edition goes beside it with its own extension",
      default: "<strategy-id>-<report-id>.pdf",
    },
    end: {
      value: true,
      description: "report new: the new period's last day",
      default: "as long a period as the last report's",
    },
    meeting: {
      value: true,
      description: "report new: the meeting's date",
      default: "as long after the period as the last report's meeting",
    },
    id: {
      value: true,
      description: "report new: the new report's id",
      default: "the last id's form: the meeting's (or period end's) year and month",
    },
    "returns-due": {
      value: true,
      description: "report new: the day the leads' progress returns are due",
      default: "none",
    },
    outcome: {
      value: true,
      description: "report decide: approved, amended or rejected (or agreed, agreed-with-changes, deferred)",
    },
    note: { value: true, description: "report decide: what the board said (markdown)", default: "none" },
    "revised-due": {
      value: true,
      description:
        "report decide: the due dates the board approved, action=YYYY-MM-DD (or the action alone, for the date its latest update proposes), comma-separated",
      default: "none",
    },
    by: { value: true, description: "report approve: who approved the report" },
    date: {
      value: true,
      description: "report approve: the day it was approved",
      default: "today in the strategy's time zone",
    },
    content: { value: true, description: "content folder", default: "content" },
    "as-at": AS_AT_FLAG,
  },
  async run(ctx) {
    const sub = SUBCOMMANDS[ctx.args[0] ?? ""];
    const own = sub ? sub.flags : ["out", "format", "as-at"];
    const foreign = Object.keys(ctx.flags).find(
      (f) => f !== "content" && ctx.flags[f] !== undefined && !own.includes(f),
    );
    if (foreign)
      throw new UsageError(`--${foreign} is not an option of \`report ${sub ? ctx.args[0] : "<strategy> <report>"}\``);
    if (sub) return sub.run({ ...ctx, args: ctx.args.slice(1) });
    return _writePaper(ctx);
  },
};

type _Format = "pdf" | "docx";

async function _writePaper({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId, reportId, ...extra] = args;
  if (!strategyId || !reportId || extra.length) throw new UsageError("report takes a strategy id and a report id");
  // The site's model leaves exempt reports out; a paper is written from the whole strategy, so a clerk can still print one.
  const { model } = readModel(resolve(cwd, stringFlag(flags["content"]) ?? "content"), cwd, {
    drafts: true,
    exempt: true,
    clock: readClock(stringFlag(flags["as-at"])),
  });
  const strategy = findStrategy(model, strategyId);
  const out = stringFlag(flags["out"]);
  const file = out ? resolve(cwd, out) : null;
  const formats = _formats(flags["format"], file);
  const base = file ? file.slice(0, file.length - extname(file).length) : resolve(cwd, `${strategyId}-${reportId}`);
  if (file && existsSync(file) && statSync(file).isDirectory())
    throw new UsageError(
      `--out ${relative(cwd, file) || "."} is a folder; give the ${formats[0] === "docx" ? "Word" : "PDF"} file's name, such as ${join(relative(cwd, file), `${strategyId}-${reportId}.${formats[0]}`)}`,
    );
  // The paper cites the live site and its own page there.
  const options = { siteHome: strategyUrls(model.site, strategy).home };
  for (const format of formats) {
    const target = formats.length === 1 && file ? file : `${base}.${format}`;
    // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit, docx or exceljs.
    const bytes =
      format === "pdf"
        ? await (await import("../pdf/index.ts")).renderReport(strategy, reportId, options)
        : await (await import("../docx/index.ts")).renderReportDocx(strategy, reportId, options);
    writeFileAtomically(target, bytes);
    output.out(`✓ wrote ${target} (${Math.round(bytes.length / 1024)} KB)`);
  }
  return 0;
}

/** Which editions to write: --format if given, else the --out file's extension, else the PDF. */
function _formats(flag: unknown, out: string | null): _Format[] {
  if (flag === "both") return ["pdf", "docx"];
  if (flag === "pdf" || flag === "docx") return [flag];
  if (flag !== undefined && flag !== true)
    throw new UsageError(`--format ${String(flag)} is not one of pdf, docx or both`);
  return out && extname(out).toLowerCase() === ".docx" ? ["docx"] : ["pdf"];
}
