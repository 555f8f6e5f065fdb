import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionsById } from "../load/plan-actions.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import type { ReportContent, StrategyFiles } from "../model/content.ts";
import { longDate } from "../model/dates.ts";
import { editionFacts, factChanges, type FactChange } from "../model/edition.ts";
import { withoutDrafts } from "../model/open-report.ts";
import { list, record, text } from "./raw.ts";

/** Each approved report's stored editions must be there, byte for byte as approved: a build publishes them. */
export function checkEditionFiles(s: LoadedStrategy): void {
  const file = s.reports;
  if (!file) return;
  const found = new Map((s.editions?.files ?? []).map((f) => [f.file, f.sha256]));
  list(record(file.data)["reports"]).forEach((r, i) => {
    const id = text(record(r)["id"]);
    list(record(record(r)["approved"])["editions"]).forEach((e, j) => {
      const [name, sha256] = [text(record(e)["file"]), text(record(e)["sha256"])];
      if (!name || !sha256) return;
      const at: DataPath = ["reports", i, "approved", "editions", j, "file"];
      const actual = found.get(name);
      if (actual === undefined)
        file.reportAt(
          at,
          "error",
          `report ${id}'s stored edition ${name} is missing`,
          "Restore it from git: an approved report is published from its stored edition, byte for byte.",
        );
      else if (actual !== sha256)
        file.reportAt(
          at,
          "error",
          `report ${id}'s stored edition ${name} has changed since it was approved: its SHA-256 is no longer the one recorded`,
          "Restore it from git. A published edition never changes; record a correction against the report (corrections:) instead.",
        );
    });
  });
}

/**
 * Warns of each edit that would change what an approved report says: an update inside its period
 * changed, added or removed, an action or the report's own text changed. The stored edition is still
 * what is published; the warning names the report and the edit, so the author can undo it or record a
 * correction. A correction that names an action ends the warnings about that action.
 */
export function checkEditionDrift(s: LoadedStrategy, content: StrategyFiles): void {
  const stored = s.editions?.facts;
  if (!stored?.size || !s.reports) return;
  const published = withoutDrafts(content);
  published.reports.reports.forEach((report) => {
    const facts = stored.get(report.id);
    if (!report.approved || !facts) return;
    const corrected = new Set(
      (report.corrections ?? []).filter((c) => c.date >= (report.approved?.date ?? "")).flatMap((c) => c.actions ?? []),
    );
    for (const change of factChanges(facts.facts, editionFacts(published, report.id))) {
      if (change.actionId && corrected.has(change.actionId)) continue;
      _warn(s, report, content.reports.reports.indexOf(report), change);
    }
  });
}

function _warn(s: LoadedStrategy, report: ReportContent, index: number, change: FactChange): void {
  const approved = `report ${report.id}, approved on ${longDate(report.approved?.date ?? "")} by ${report.approved?.by}`;
  const stays = "its published edition stays as it was approved";
  const hint = `Put it back as it was, or record a correction against report ${report.id} in reports.yaml (corrections: - date, note${change.actionId ? `, actions: [${change.actionId}]` : ""}) so its page says what changed${change.actionId ? `; a correction naming ${change.actionId} ends this warning` : ""}.`;
  const fields = change.fields.length ? ` (${change.fields.join(", ")})` : "";
  const reports = s.reports as SourceFile;
  const atReport = (message: string) => reports.reportAt(["reports", index, "id"], "warning", message, hint);
  const site = change.actionId ? actionsById(s).get(change.actionId) : undefined;
  if (change.kind === "update" && site && change.change !== "removed") {
    const updates = list(record(site.data)["updates"]);
    const place = updates.map((u, i) => [text(record(u)["date"]), i] as const).filter(([date]) => date === change.date)[
      change.sameDay ?? 0
    ]?.[1];
    const what =
      change.change === "added"
        ? `this update of ${change.date} on ${change.actionId} is inside the period of ${approved}, but was added after`
        : `this update of ${change.date} on ${change.actionId} is in ${approved}, and has changed since${fields}`;
    site.file.reportAt(
      place === undefined ? site.path : [...site.path, "updates", place],
      "warning",
      `${what}: the report would now say something else; ${stays}`,
      hint,
    );
    return;
  }
  if (change.kind === "update")
    return void atReport(
      `the update of ${change.date} on ${change.actionId}, counted in ${approved}, is no longer in the plan; ${stays}`,
    );
  if (change.kind === "action" && site)
    return void site.file.reportAt(
      site.path,
      "warning",
      `action ${change.actionId} has changed${fields} since ${approved}: the report would now say something else; ${stays}`,
      hint,
    );
  const what =
    change.kind === "report"
      ? `the report's own text has changed${fields}`
      : change.kind === "action"
        ? `action ${change.actionId} is no longer in the plan`
        : `the ${change.key.replace(/^decisions /, "decisions of report ")} ${change.change === "added" ? "was added" : change.change === "removed" ? "was removed" : `changed${fields}`}`;
  atReport(`${what} since ${approved}: the report would now say something else; ${stays}`);
}
