import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { list, record, text } from "./raw.ts";

/** What an id names, in words for messages. */
export type IdKind =
  | "organisation"
  | "driver"
  | "policy document"
  | "theme"
  | "initiative"
  | "objective"
  | "current-model statement"
  | "desired-model statement"
  | "action"
  | "report"
  | "risk"
  | "measure";

export interface IdSite {
  id: string;
  kind: IdKind;
  file: SourceFile;
  path: DataPath;
}

/** Every id a strategy declares, where it is declared, grouped by kind. */
export function declaredIds(s: LoadedStrategy): IdSite[] {
  const sites: IdSite[] = [];
  const add = (file: SourceFile | null, kind: IdKind, items: unknown, base: DataPath) => {
    if (!file) return;
    list(items).forEach((item, i) => {
      const id = text(record(item)["id"]);
      if (id) sites.push({ id, kind, file, path: [...base, i, "id"] });
    });
  };
  const data = (f: SourceFile | null) => record(f?.data);
  add(s.strategy, "organisation", data(s.strategy)["organisations"], ["organisations"]);
  add(s.drivers, "driver", data(s.drivers)["drivers"], ["drivers"]);
  add(s.drivers, "policy document", record(data(s.drivers)["policy_documents"])["items"], [
    "policy_documents",
    "items",
  ]);
  for (const theme of s.themes) {
    const id = text(data(theme)["id"]);
    if (id) sites.push({ id, kind: "theme", file: theme, path: ["id"] });
    add(theme, "initiative", data(theme)["initiatives"], ["initiatives"]);
    add(theme, "objective", data(theme)["objectives"], ["objectives"]);
  }
  add(s.plan, "current-model statement", record(data(s.plan)["current_model"])["statements"], [
    "current_model",
    "statements",
  ]);
  add(s.plan, "desired-model statement", record(data(s.plan)["desired_model"])["statements"], [
    "desired_model",
    "statements",
  ]);
  for (const action of actionSites(s)) {
    const id = text(record(action.data)["id"]);
    if (id) sites.push({ id, kind: "action", file: action.file, path: [...action.path, "id"] });
  }
  add(s.reports, "report", data(s.reports)["reports"], ["reports"]);
  add(s.risks, "risk", data(s.risks)["risks"], ["risks"]);
  add(s.measures ?? null, "measure", data(s.measures ?? null)["measures"], ["measures"]);
  return sites;
}

/** Where each id of one kind is declared. */
export type IdsOf = (kind: IdKind) => ReadonlyMap<string, IdSite>;

/**
 * Indexes the declared ids by kind in one pass, once per validation run: every reference check then
 * looks its id up in a Map instead of sifting every declared id again (which grew with the square
 * of the plan). The first declaration of a repeated id wins, as the uniqueness check reports the rest.
 */
export function idsOf(sites: readonly IdSite[]): IdsOf {
  const byKind = new Map<IdKind, Map<string, IdSite>>();
  for (const site of sites) {
    let ids = byKind.get(site.kind);
    if (!ids) byKind.set(site.kind, (ids = new Map()));
    if (!ids.has(site.id)) ids.set(site.id, site);
  }
  const none: ReadonlyMap<string, IdSite> = new Map();
  return (kind) => byKind.get(kind) ?? none;
}
