import type { DataPath, SourceFile } from "./source-file.ts";
import type { LoadedStrategy } from "./content-folder.ts";

/** One action as written: the file that holds it, where in that file, and its raw (unchecked) data. */
export interface ActionSite {
  file: SourceFile;
  /** Its place in that file's `actions` list. */
  index: number;
  /** The data path of the action in its file: `["actions", index]`. */
  path: DataPath;
  data: unknown;
}

/**
 * Every action of a strategy in plan order: plan.yaml's own actions first, then each file under
 * plan/ in name order. This is the one place that knows a plan may be split over several files:
 * checks, the model's input, `update` and imports all find an action's file through it.
 */
export function actionSites(s: LoadedStrategy): ActionSite[] {
  const sites: ActionSite[] = [];
  for (const file of [s.plan, ...s.actionFiles]) {
    const data = file?.data;
    const actions =
      data !== null && typeof data === "object" ? (data as Record<string, unknown>)["actions"] : undefined;
    if (!file || !Array.isArray(actions)) continue;
    actions.forEach((action, index) => sites.push({ file, index, path: ["actions", index], data: action }));
  }
  return sites;
}

/** Each action by id with the file that holds it (the first, where an id is repeated). Build it once for many lookups. */
export function actionsById(s: LoadedStrategy): Map<string, ActionSite> {
  const byId = new Map<string, ActionSite>();
  for (const site of actionSites(s)) {
    const data = site.data;
    const id = data !== null && typeof data === "object" ? (data as Record<string, unknown>)["id"] : undefined;
    if (typeof id === "string" && !byId.has(id)) byId.set(id, site);
  }
  return byId;
}

/** The action with this id and the file that holds it, or null when no file of the plan has it. */
export function findAction(s: LoadedStrategy, actionId: string): ActionSite | null {
  return actionsById(s).get(actionId) ?? null;
}
