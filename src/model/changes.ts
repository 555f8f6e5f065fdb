import type { ActionContent, IsoDate, Status } from "./content.ts";
import { latestUpdate } from "./status.ts";

export type ChangeKind = "new" | "completed" | "withdrawn" | "improved" | "worsened" | "unchanged";

/** How far along the road to done a status is; a move up the scale is an improvement. */
const STANDING: Record<Exclude<Status, "withdrawn">, number> = {
  "off-track": 0,
  "at-risk": 1,
  "not-started": 2,
  "on-track": 3,
  complete: 4,
};

export interface ActionChange {
  actionId: string;
  kind: ChangeKind;
  /** Status at the earlier date, or null when the action had no update by then. */
  from: Status | null;
  /** Status at the later date, or null when the action has no update yet. */
  to: Status | null;
}

/**
 * Compares an action's status at two dates. With no earlier date (a first report), every action
 * with an update is new.
 */
export function changeBetween(action: ActionContent, before: IsoDate | null, after: IsoDate): ActionChange {
  const from = before ? (latestUpdate(action, before)?.status ?? null) : null;
  const to = latestUpdate(action, after)?.status ?? null;
  return { actionId: action.id, kind: _classify(from, to), from, to };
}

function _classify(from: Status | null, to: Status | null): ChangeKind {
  if (to === null || from === to) return "unchanged";
  // Completion and withdrawal are what a board most needs to see, so they win over "new".
  if (to === "complete") return "completed";
  if (to === "withdrawn") return "withdrawn";
  if (from === null) return "new";
  if (from === "withdrawn") return "improved";
  return STANDING[to] > STANDING[from] ? "improved" : "worsened";
}

/** The changes that moved, in plan order. */
export function changesBetween(
  actions: readonly ActionContent[],
  before: IsoDate | null,
  after: IsoDate,
): ActionChange[] {
  return actions.map((a) => changeBetween(a, before, after)).filter((c) => c.kind !== "unchanged");
}
