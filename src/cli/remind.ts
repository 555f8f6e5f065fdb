import { mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { formatDiagnostic } from "../diagnostic/format.ts";
import { ContentGapError, EnvironmentError, UsageError } from "../errors.ts";
import type { LoadedContent } from "../load/content-folder.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import { clockDay } from "../model/clock.ts";
import { counted } from "../model/counting.ts";
import { DEFAULT_TIME_ZONE } from "../model/dates.ts";
import { returnsStatus, type ContactContent, type OrganisationReturn, type StrategyModel } from "../model/index.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { readModel } from "../pipeline.ts";
import type { Command } from "./command.ts";
import { findReport, findStrategy } from "./find.ts";
import { stringFlag } from "./flag-values.ts";

export const remindCommand: Command = {
  name: "remind",
  usage: "strategy-press remind <strategy> [--report id] [--dry-run --out dir] [--content dir] [--as-at YYYY-MM-DD]",
  summary: "Email each lead organisation that has not returned its progress return, with the return attached.",
  example: "strategy-press remind derby-mental-health --dry-run --out reminders",
  flags: {
    report: {
      value: true,
      description: "the board report the returns are for",
      default: "the open report (the newest draft), else the latest report",
    },
    "dry-run": { value: false, description: "write each reminder as an .eml file into --out instead of sending it" },
    out: { value: true, description: "with --dry-run, the folder to write the .eml files into", default: "reminders" },
    content: { value: true, description: "content folder", default: "content" },
    "as-at": AS_AT_FLAG,
  },
  async run({ args, flags, output, cwd }) {
    const [strategyId, ...extra] = args;
    if (!strategyId || extra.length) throw new UsageError("remind takes one strategy id");
    const dryRun = flags["dry-run"] === true;
    if (flags["out"] !== undefined && !dryRun)
      throw new UsageError("--out is for --dry-run: without it the reminders are sent, not written");
    const clock = readClock(stringFlag(flags["as-at"]));
    const { model, loaded } = readModel(resolve(cwd, stringFlag(flags["content"]) ?? "content"), cwd, {
      drafts: true,
      clock,
    });
    const strategy = findStrategy(model, strategyId);
    const report = findReport(strategy, stringFlag(flags["report"]));
    const mail = model.site.mail;
    if (!mail && !dryRun)
      throw new ContentGapError(
        "site.yaml sets no mail server (mail: { host, from }): add one, or write the reminders with --dry-run --out <dir>",
      );

    const missing = returnsStatus(strategy, report).filter((r) => r.state === "not-returned");
    const diagnostics: Diagnostic[] = [];
    const reachable = missing.filter((r): r is OrganisationReturn & { contact: ContactContent } => {
      if (r.contact) return true;
      diagnostics.push(
        _at(
          loaded,
          strategy,
          null,
          "warning",
          `${r.organisation} has not returned for report ${report.id}, but has no contact to remind`,
          "Give its organisation in strategy.yaml a contact: { name, email }, declaring the organisation there if it is not (its name, or its id written out, finds it).",
        ),
      );
      return false;
    });
    if (missing.length === 0) {
      output.out(`✓ every lead organisation has returned for ${strategy.id} report ${report.id}: nobody to remind`);
      return 0;
    }
    // Loaded here, not at the top: only this command needs nodemailer and exceljs.
    const [{ leadReturns }, { reminder }, { emlBytes, smtpPostbox }] = await Promise.all([
      import("../returns/write.ts"),
      import("../remind/message.ts"),
      import("../remind/send.ts"),
    ]);
    const returns = new Map((await leadReturns(strategy, report)).map((r) => [r.organisation, r]));
    // Whether the deadline is said as passed: on the clock's day, --as-at included.
    const today = clockDay(clock, strategy.meta.time_zone ?? DEFAULT_TIME_ZONE);
    const outDir = resolve(cwd, stringFlag(flags["out"]) ?? "reminders");
    if (dryRun) mkdirSync(outDir, { recursive: true });
    const postbox = !dryRun && mail ? smtpPostbox(mail) : null;
    let done = 0;
    try {
      for (const r of reachable) {
        const file = returns.get(r.organisation);
        if (!file) continue;
        const message = reminder(strategy, report, r, { filename: `${file.name}.xlsx`, content: file.xlsx }, today);
        if (!postbox) {
          const path = join(outDir, `${file.name}.eml`);
          writeFileAtomically(path, await emlBytes(mail?.from, message));
          output.out(`  ${r.organisation}: to ${r.contact.name} <${r.contact.email}> → ${relative(cwd, path)}`);
          done++;
          continue;
        }
        try {
          await postbox.send(message);
          output.out(`  ${r.organisation}: sent to ${r.contact.name} <${r.contact.email}>`);
          done++;
        } catch (error) {
          // One refused reminder stops none of the others.
          diagnostics.push(
            _at(
              loaded,
              strategy,
              r.contact,
              "error",
              `the reminder to ${r.organisation} (${r.contact.email}) was not sent: ${(error as Error).message}`,
              `Check the address, and the mail server in site.yaml (${mail?.host}:${mail?.port ?? (mail?.secure ? 465 : 587)}); then run remind again: it writes only to those still missing.`,
            ),
          );
        }
      }
    } finally {
      postbox?.close();
    }
    for (const d of diagnostics) output.err(`${formatDiagnostic(d)}\n`);
    const failed = diagnostics.filter((d) => d.severity === "error").length;
    const verb = dryRun ? "wrote" : "sent";
    output.out(
      `${failed ? "✗" : "✓"} ${verb} ${counted(done, "reminder")} for ${strategy.id} report ${report.id}${dryRun ? ` into ${relative(cwd, outDir) || "."}` : ""}${failed ? `; ${failed} could not be sent` : ""}`,
    );
    // The mail server, not the content, stopped them: exit 3.
    if (failed)
      throw new EnvironmentError(
        `${counted(failed, "reminder was", "reminders were")} not sent (listed above); the others were`,
      );
    return 0;
  },
};

/** A diagnostic at the contact's email in strategy.yaml (or at its organisations, for one with none). */
function _at(
  loaded: LoadedContent,
  strategy: StrategyModel,
  contact: ContactContent | null,
  severity: Diagnostic["severity"],
  message: string,
  hint: string,
): Diagnostic {
  const file = loaded.strategies.find((s) => s.folderName === strategy.id)?.strategy;
  const index = contact ? strategy.meta.organisations.findIndex((o) => o.contact === contact) : -1;
  if (!file) return { file: "strategy.yaml", line: 1, column: 1, severity, message, hint };
  return file
    .forChecking()
    .reportAt(
      index >= 0 ? ["organisations", index, "contact", "email"] : ["organisations"],
      severity,
      message,
      hint,
      index >= 0 ? "value" : "key",
    );
}
