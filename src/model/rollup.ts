import { PROGRESS_STATUSES, type ActionProgress, type ProgressStatus } from "./status.ts";

/** Counts for a group of actions: by status, overdue, stale, and the mean percent of the open ones. */
export interface Tally {
  total: number;
  /** By standing: each status, and "not-reported" for actions with no update yet. */
  byStatus: Record<ProgressStatus, number>;
  overdue: number;
  stale: number;
  /** Mean percent complete over the actions not withdrawn that report one, rounded; null when none does. */
  percent: number | null;
  /** How many actions the mean covers, of how many not withdrawn: "average of 5 of 8 actions". */
  percentOf: { reported: number; of: number };
}

export interface Rollup extends Tally {
  key: string;
  label: string;
  /** The actions in the group, in plan order, so a view of the group lists the same actions it counts. */
  actionIds: string[];
}

function _emptyByStatus(): Record<ProgressStatus, number> {
  return Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
}

export function tally(progress: readonly ActionProgress[]): Tally {
  const byStatus = _emptyByStatus();
  let overdue = 0;
  let stale = 0;
  let percentSum = 0;
  let counted = 0;
  let eligible = 0;
  for (const p of progress) {
    byStatus[p.status]++;
    if (p.overdue) overdue++;
    if (p.stale) stale++;
    if (p.status === "withdrawn") continue;
    eligible++;
    // A percent not reported is left out: counting it as 0 would understate the group.
    if (p.percent !== null) {
      percentSum += p.percent;
      counted++;
    }
  }
  return {
    total: progress.length,
    byStatus,
    overdue,
    stale,
    percent: counted ? Math.round(percentSum / counted) : null,
    percentOf: { reported: counted, of: eligible },
  };
}

interface _Group<T> {
  key: string;
  label: string;
  members: T[];
}

/**
 * Rolls items up by a key. An item with several keys (an action under two themes) counts in each.
 * Groups keep the order of `groups`; keys found on items but not listed there come after, in first-seen order.
 */
export function rollupBy<T extends { id: string }>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  progressOf: (item: T) => ActionProgress,
  groups: readonly { key: string; label: string }[] = [],
): Rollup[] {
  const found = new Map<string, _Group<T>>(groups.map((g) => [g.key, { ...g, members: [] }]));
  for (const item of items) {
    for (const key of keysOf(item)) {
      let group = found.get(key);
      if (!group) found.set(key, (group = { key, label: key, members: [] }));
      group.members.push(item);
    }
  }
  return [...found.values()].map((g) => ({
    key: g.key,
    label: g.label,
    actionIds: g.members.map((m) => m.id),
    ...tally(g.members.map(progressOf)),
  }));
}
