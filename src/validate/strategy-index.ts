import type { LoadedStrategy } from "../load/content-folder.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { list, record, text } from "./raw.ts";

/** What an id names, in words for messages. */
export type IdKind = "organisation" | "driver" | "policy document" | "theme" | "initiative" | "2014 statement" | "2019 statement" | "action" | "report" | "risk";

export interface IdSite { id: string; kind: IdKind; file: SourceFile; path: DataPath }

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
  add(s.drivers, "policy document", record(data(s.drivers)["policy_documents"])["items"], ["policy_documents", "items"]);
  for (const theme of s.themes) {
    const id = text(data(theme)["id"]);
    if (id) sites.push({ id, kind: "theme", file: theme, path: ["id"] });
    add(theme, "initiative", data(theme)["initiatives"], ["initiatives"]);
  }
  add(s.plan, "2014 statement", record(data(s.plan)["current_model"])["statements"], ["current_model", "statements"]);
  add(s.plan, "2019 statement", record(data(s.plan)["desired_model"])["statements"], ["desired_model", "statements"]);
  add(s.plan, "action", data(s.plan)["actions"], ["actions"]);
  add(s.reports, "report", data(s.reports)["reports"], ["reports"]);
  add(s.risks, "risk", data(s.risks)["risks"], ["risks"]);
  return sites;
}

export function idsOf(sites: readonly IdSite[], kind: IdKind): Map<string, IdSite> {
  return new Map(sites.filter((s) => s.kind === kind).map((s) => [s.id, s]));
}
