import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
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
    "strategy-press report <strategy-id> <report-id> [--out file.pdf] [--content dir] [--as-at YYYY-MM-DD]",
    "       strategy-press report new <strategy-id> [--end YYYY-MM-DD] [--meeting YYYY-MM-DD] [--id id] [--returns-due YYYY-MM-DD]",
    "       strategy-press report decide <strategy-id> <report-id> <recommendation> --outcome approved|amended|rejected [--note text]",
    "       strategy-press report approve <strategy-id> <report-id> --by name [--date YYYY-MM-DD]",
  ].join("\n"),
  summary: "Write one board report as a tagged PDF; `report new` opens the next report as a draft, `decide` records the board's decisions, `approve` approves it and stores its edition.",
  example: "strategy-press report derby-mental-health 2015-09 --out board-paper.pdf",
  flags: {
    out: { value: true, description: "PDF file to write", default: "<strategy-id>-<report-id>.pdf" },
    end: { value: true, description: "report new: the new period's last day", default: "as long a period as the last report's" },
    meeting: { value: true, description: "report new: the meeting's date", default: "as long after the period as the last report's meeting" },
    id: { value: true, description: "report new: the new report's id", default: "the last id's form: the meeting's (or period end's) year and month" },
    "returns-due": { value: true, description: "report new: the day the leads' progress returns are due", default: "none" },
    outcome: { value: true, description: "report decide: approved, amended or rejected (or agreed, agreed-with-changes, deferred)" },
    note: { value: true, description: "report decide: what the board said (markdown)", default: "none" },
    by: { value: true, description: "report approve: who approved the report" },
    date: { value: true, description: "report approve: the day it was approved", default: "today in the strategy's time zone" },
    content: { value: true, description: "content folder", default: "content" },
    "as-at": AS_AT_FLAG,
  },
  async run(ctx) {
    const sub = SUBCOMMANDS[ctx.args[0] ?? ""];
    const own = sub ? sub.flags : ["out", "as-at"];
    const foreign = Object.keys(ctx.flags).find((f) => f !== "content" && ctx.flags[f] !== undefined && !own.includes(f));
    if (foreign) throw new UsageError(`--${foreign} is not an option of \`report ${sub ? ctx.args[0] : "<strategy> <report>"}\``);
    if (sub) return sub.run({ ...ctx, args: ctx.args.slice(1) });
    return _writePaper(ctx);
  },
};

async function _writePaper({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId, reportId, ...extra] = args;
  if (!strategyId || !reportId || extra.length) throw new UsageError("report takes a strategy id and a report id");
  const { model } = readModel(resolve(cwd, stringFlag(flags["content"]) ?? "content"), cwd, { drafts: true, clock: readClock(stringFlag(flags["as-at"])) });
  const strategy = findStrategy(model, strategyId);
  // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit or exceljs.
  const { renderReport } = await import("../pdf/index.ts");
  const file = resolve(cwd, stringFlag(flags["out"]) ?? `${strategyId}-${reportId}.pdf`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--out ${relative(cwd, file) || "."} is a folder; give the PDF file's name, such as ${join(relative(cwd, file), `${strategyId}-${reportId}.pdf`)}`);
  // The paper cites the live site and its own page there.
  const bytes = await renderReport(strategy, reportId, { siteHome: strategyUrls(model.site, strategy).home });
  writeFileAtomically(file, bytes);
  output.out(`✓ wrote ${file} (${Math.round(bytes.length / 1024)} KB)`);
  return 0;
}
