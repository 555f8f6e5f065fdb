import type { LoadedStrategy } from "../load/content-folder.ts";
import type { SourceFile } from "../load/source-file.ts";
import { list, record, text } from "./raw.ts";
import { declaredIds, idsOf, type IdKind, type IdSite } from "./strategy-index.ts";
import { didYouMean } from "./suggest.ts";

/** Ids unique across the strategy; the folder named after the strategy; every reference resolved. */
export function checkReferences(s: LoadedStrategy): void {
  const sites = declaredIds(s);
  _checkUnique(sites);
  _checkFolderName(s);
  const ids = idsOf(sites);
  const ref = (file: SourceFile, values: unknown, base: (string | number)[], field: string, kind: IdKind, other?: IdKind) =>
    _checkRefs(file, values, base, field, ids(kind), kind, other ? ids(other) : undefined, other);

  for (const theme of s.themes) ref(theme, record(theme.data)["drivers"], ["drivers"], "drivers", "driver");
  const plan = s.plan;
  if (!plan) return;
  list(record(plan.data)["actions"]).forEach((item, i) => {
    const action = record(item);
    ref(plan, action["themes"], ["actions", i, "themes"], "themes", "theme");
    ref(plan, action["drivers"], ["actions", i, "drivers"], "drivers", "driver");
    ref(plan, action["from"], ["actions", i, "from"], "from", "2014 statement", "2019 statement");
    ref(plan, action["towards"], ["actions", i, "towards"], "towards", "2019 statement", "2014 statement");
    ref(plan, action["depends_on"], ["actions", i, "depends_on"], "depends_on", "action");
    list(action["updates"]).forEach((update, j) => {
      const report = text(record(update)["report"]);
      if (report) ref(plan, [report], ["actions", i, "updates", j, "report"], "report", "report");
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
  base: (string | number)[],
  field: string,
  known: ReadonlyMap<string, IdSite>,
  kind: IdKind,
  other: ReadonlyMap<string, IdSite> | undefined,
  otherKind: IdKind | undefined,
): void {
  // A single report id is checked in place; a list is checked item by item.
  const single = field === "report";
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
