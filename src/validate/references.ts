import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { list, record, text } from "./raw.ts";
import { declaredIds, idsOf, type IdKind, type IdSite } from "./strategy-index.ts";
import { didYouMean } from "./suggest.ts";

/** Ids unique across the strategy; the folder named after the strategy; every reference resolved. */
export function checkReferences(s: LoadedStrategy): void {
  const sites = declaredIds(s);
  _checkUnique(sites);
  _checkFolderName(s);
  const ids = idsOf(sites);
  // A file that could not be read declares ids nobody can see: saying they "do not exist" would mislead.
  const unread = unreadKinds(s);
  const ref = (file: SourceFile, values: unknown, base: DataPath, field: string, kind: IdKind, other?: IdKind) =>
    !unread.has(kind) && _checkRefs(file, values, base, field, ids(kind), kind, other ? ids(other) : undefined, other);

  for (const theme of s.themes) ref(theme, record(theme.data)["drivers"], ["drivers"], "drivers", "driver");
  _checkReportRefs(s, ref);
  const risks = s.risks;
  if (risks) list(record(risks.data)["risks"]).forEach((risk, i) => ref(risks, record(risk)["actions"], ["risks", i, "actions"], "actions", "action"));
  for (const { file, path, data } of actionSites(s)) {
    const action = record(data);
    ref(file, action["themes"], [...path, "themes"], "themes", "theme");
    ref(file, action["drivers"], [...path, "drivers"], "drivers", "driver");
    const objective = text(action["objective"]);
    if (objective) ref(file, [objective], [...path, "objective"], "objective", "objective");
    _checkLeads(file, action, path, ref);
    ref(file, action["from"], [...path, "from"], "from", "current-model statement", "desired-model statement");
    ref(file, action["towards"], [...path, "towards"], "towards", "desired-model statement", "current-model statement");
    ref(file, action["depends_on"], [...path, "depends_on"], "depends_on", "action");
    list(action["updates"]).forEach((update, j) => {
      const report = text(record(update)["report"]);
      if (report) ref(file, [report], [...path, "updates", j, "report"], "report", "report");
    });
  }
}

/** The kinds of id declared in a file that failed to read or parse, so the ids known of that kind are incomplete. */
export function unreadKinds(s: LoadedStrategy): ReadonlySet<IdKind> {
  const unread = new Set<IdKind>();
  const failed = (file: SourceFile | null) => file !== null && file.data === undefined;
  if (failed(s.strategy)) unread.add("organisation");
  if (failed(s.drivers)) ["driver", "policy document"].forEach((k) => unread.add(k as IdKind));
  if (s.themes.some(failed)) ["theme", "initiative", "objective"].forEach((k) => unread.add(k as IdKind));
  if (failed(s.plan)) ["current-model statement", "desired-model statement", "action"].forEach((k) => unread.add(k as IdKind));
  if (failed(s.reports)) unread.add("report");
  if (failed(s.risks)) unread.add("risk");
  if (failed(s.measures ?? null)) unread.add("measure");
  return unread;
}

/** Each lead's organisation is an organisation declared in strategy.yaml; a `lead` written as an id must be one too. */
function _checkLeads(file: SourceFile, action: Record<string, unknown>, path: DataPath, ref: _Ref): void {
  list(action["leads"]).forEach((lead, i) => {
    const organisation = text(record(lead)["organisation"]);
    if (organisation) ref(file, [organisation], [...path, "leads", i, "organisation"], "organisation", "organisation");
  });
}

type _Ref = (file: SourceFile, values: unknown, base: (string | number)[], field: string, kind: IdKind) => void;

/** A report's recommendations name actions and risks; its decisions name a recommendation it has and the actions they re-date. */
function _checkReportRefs(s: LoadedStrategy, ref: _Ref): void {
  const file = s.reports;
  if (!file) return;
  list(record(file.data)["reports"]).forEach((item, i) => {
    const report = record(item);
    const recs = list(report["recommendations"]);
    recs.forEach((rec, j) => {
      ref(file, record(rec)["actions"], ["reports", i, "recommendations", j, "actions"], "actions", "action");
      ref(file, record(rec)["risks"], ["reports", i, "recommendations", j, "risks"], "risks", "risk");
    });
    list(report["decisions"]).forEach((d, j) => {
      const decision = record(d);
      const n = decision["recommendation"];
      if (typeof n === "number" && Number.isInteger(n) && n > recs.length) {
        file.reportAt(["reports", i, "decisions", j, "recommendation"], "error", `recommendation ${n} does not exist: this report has ${recs.length}`, `Number the recommendations from 1, in the order the report lists them.`);
      }
      list(decision["revised_due"]).forEach((r, k) => ref(file, [record(r)["action"]], ["reports", i, "decisions", j, "revised_due", k, "action"], "action", "action"));
    });
  });
}

function _checkUnique(sites: readonly IdSite[]): void {
  const first = new Map<string, IdSite>();
  for (const site of sites) {
    const earlier = first.get(site.id);
    if (!earlier) {
      first.set(site.id, site);
      continue;
    }
    const where = earlier.file.locate(earlier.path);
    site.file.reportAt(site.path, "error", `id "${site.id}" is already used by the ${earlier.kind} at ${earlier.file.path}:${where.line}:${where.column}`, "Ids must be unique across the strategy: rename one of them (and any references to it).");
  }
}

function _checkFolderName(s: LoadedStrategy): void {
  const id = text(record(s.strategy?.data)["id"]);
  if (s.strategy && id && id !== s.folderName) {
    s.strategy.reportAt(["id"], "error", `the strategy id "${id}" does not match its folder "${s.folderName}"`, `Rename the folder to ${id}/ or set \`id: ${s.folderName}\`.`);
  }
}

function _checkRefs(
  file: SourceFile,
  values: unknown,
  base: DataPath,
  field: string,
  known: ReadonlyMap<string, IdSite>,
  kind: IdKind,
  other: ReadonlyMap<string, IdSite> | undefined,
  otherKind: IdKind | undefined,
): void {
  // A single report id is checked in place; a list is checked item by item.
  const single = field === "report" || field === "action" || field === "objective" || field === "organisation";
  list(values).forEach((value, i) => {
    const id = text(value);
    if (id === null || known.has(id)) return;
    const path = single ? base : [...base, i];
    if (other?.has(id)) {
      file.reportAt(path, "error", `"${id}" is a ${otherKind}, but \`${field}\` lists ${kind}s`, `Move it to \`${field === "from" ? "towards" : "from"}\`, or name a ${kind}.`);
      return;
    }
    const choices = [...known.keys()];
    file.reportAt(path, "error", `${kind} "${id}" does not exist`, didYouMean(id, choices, choices.length ? `Known ${kind}s: ${choices.slice(0, 8).join(", ")}${choices.length > 8 ? ", …" : ""}.` : `There are no ${kind}s yet.`));
  });
}
