import { loadedFiles, type LoadedFile, type LoadedStrategy } from "../load/content-folder.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { list, record, text } from "./raw.ts";
import { referenceSites, type ReferenceSite } from "./reference-sites.ts";
import { declaredIds, idsOf, type IdKind, type IdSite, type IdsOf } from "./strategy-index.ts";
import { didYouMean } from "./suggest.ts";

/**
 * Ids unique across the strategy; the folder named after the strategy; every reference resolved.
 * Which fields name which kind of entry is not written here but in the schemas (`x-refers-to`), so
 * a field added to a schema is checked as soon as it is marked.
 */
export function checkReferences(s: LoadedStrategy): void {
  const sites = declaredIds(s);
  _checkUnique(sites);
  _checkFolderName(s);
  _checkDecisions(s);
  const ids = idsOf(sites);
  // A file that could not be read declares ids nobody can see: saying they "do not exist" would mislead.
  const unread = unreadKinds(s);
  for (const { kind, file } of _strategyFiles(s)) {
    for (const site of referenceSites(kind)) {
      if (unread.has(site.kind)) continue;
      for (const { value, path } of _valuesAt(file.data, site.path)) _checkRef(file, value, path, site, ids);
    }
  }
}

/** The files of one strategy with their kinds. */
function _strategyFiles(s: LoadedStrategy): LoadedFile[] {
  return loadedFiles({ root: "", site: null, strategies: [s], diagnostics: [] });
}

/** The values at a site's path in a file's data, each with its data path ("*" taken over every item of a list). */
function _valuesAt(data: unknown, path: readonly (string | "*")[]): { value: unknown; path: DataPath }[] {
  let found: { value: unknown; path: DataPath }[] = [{ value: data, path: [] }];
  for (const step of path) {
    found = found.flatMap(({ value, path: at }) =>
      step === "*"
        ? list(value).map((item, i) => ({ value: item, path: [...at, i] }))
        : [{ value: record(value)[step], path: [...at, step] }],
    );
  }
  return found.filter(({ value }) => value !== undefined);
}

/** One id, or each id of a list, names an entry of the kind the schema says. */
function _checkRef(file: SourceFile, value: unknown, base: DataPath, site: ReferenceSite, ids: IdsOf): void {
  const known = ids(site.kind);
  const values = Array.isArray(value) ? value : [value];
  values.forEach((item, i) => {
    const id = text(item);
    if (id === null || known.has(id)) return;
    const path = Array.isArray(value) ? [...base, i] : base;
    // An id of the kind a neighbouring field names (a `towards` statement listed in `from`) belongs there.
    for (const [otherKind, otherField] of site.siblings) {
      if (otherKind === site.kind || !ids(otherKind).has(id)) continue;
      file.reportAt(
        path,
        "error",
        `"${id}" is a ${otherKind}, but \`${site.field}\` lists ${site.kind}s`,
        `Move it to \`${otherField}\`, or name a ${site.kind}.`,
      );
      return;
    }
    const choices = [...known.keys()];
    const listed = `Known ${site.kind}s: ${choices.slice(0, 8).join(", ")}${choices.length > 8 ? ", …" : ""}`;
    const fallback = choices.length
      ? site.or
        ? `${listed}; or ${site.or}.`
        : `${listed}.`
      : `There are no ${site.kind}s yet.`;
    file.reportAt(path, "error", `${site.kind} "${id}" does not exist`, didYouMean(id, choices, fallback));
  });
}

/** The kinds of id declared in a file that failed to read or parse, so the ids known of that kind are incomplete. */
export function unreadKinds(s: LoadedStrategy): ReadonlySet<IdKind> {
  const unread = new Set<IdKind>();
  // Refused (a link out of the folder, a dangling link) is unread too: "theme does not exist" would hide the cause.
  const refused = new Set(s.refused ?? []);
  const failed = (file: SourceFile | null) => file !== null && file.data === undefined;
  if (failed(s.strategy) || refused.has("strategy")) unread.add("organisation");
  if (failed(s.drivers) || refused.has("drivers"))
    ["driver", "policy document"].forEach((k) => unread.add(k as IdKind));
  if (s.themes.some(failed) || refused.has("theme"))
    ["theme", "initiative", "objective"].forEach((k) => unread.add(k as IdKind));
  if (failed(s.plan) || refused.has("plan"))
    ["current-model statement", "desired-model statement", "action"].forEach((k) => unread.add(k as IdKind));
  if (s.actionFiles.some(failed) || refused.has("actions")) unread.add("action");
  if (failed(s.reports) || refused.has("reports")) unread.add("report");
  if (failed(s.risks) || refused.has("risks")) unread.add("risk");
  if (failed(s.measures ?? null) || refused.has("measures")) unread.add("measure");
  return unread;
}

/** A decision names its recommendation by number: one the report has. */
function _checkDecisions(s: LoadedStrategy): void {
  const file = s.reports;
  if (!file) return;
  list(record(file.data)["reports"]).forEach((item, i) => {
    const report = record(item);
    const count = list(report["recommendations"]).length;
    list(report["decisions"]).forEach((d, j) => {
      const n = record(d)["recommendation"];
      if (typeof n === "number" && Number.isInteger(n) && n > count) {
        file.reportAt(
          ["reports", i, "decisions", j, "recommendation"],
          "error",
          `recommendation ${n} does not exist: this report has ${count}`,
          `Number the recommendations from 1, in the order the report lists them.`,
        );
      }
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
    site.file.reportAt(
      site.path,
      "error",
      `id "${site.id}" is already used by the ${earlier.kind} at ${earlier.file.path}:${where.line}:${where.column}`,
      "Ids must be unique across the strategy: rename one of them (and any references to it).",
    );
  }
}

function _checkFolderName(s: LoadedStrategy): void {
  const id = text(record(s.strategy?.data)["id"]);
  if (s.strategy && id && id !== s.folderName) {
    s.strategy.reportAt(
      ["id"],
      "error",
      `the strategy id "${id}" does not match its folder "${s.folderName}"`,
      `Rename the folder to ${id}/ or set \`id: ${s.folderName}\`.`,
    );
  }
}
