import { statusesIn, type ProgressStatus, type Tally } from "../../model/index.ts";

/**
 * The standings a table of counts shows (roll-ups, or trend points with their tallies): every status,
 * and "No progress reported yet" only where some group holds an action with no update.
 */
export function statusesOf(
  items: readonly (Pick<Tally, "byStatus"> | { tally: Pick<Tally, "byStatus"> })[],
  scale?: Parameters<typeof statusesIn>[1],
): ProgressStatus[] {
  return statusesIn(
    items.map((item) => ("byStatus" in item ? item : item.tally)),
    scale,
  );
}
