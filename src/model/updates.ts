import { inDateOrder } from "./dates.ts";
import type { UpdateContent } from "./content.ts";

/**
 * The order of an action's updates, oldest first: by date, and on the same day by file order (the later
 * entry in the file is the later update, as `update` appends). This is the only place the order is decided:
 * an action's status, its history, the CSV and the feed all take it from here, so none can disagree.
 */
export function updatesInOrder(updates: readonly UpdateContent[] | undefined): UpdateContent[] {
  return inDateOrder(updates ?? []);
}

/** The same order, newest first: the latest update (the one that sets the status) on top. */
export function updatesNewestFirst(updates: readonly UpdateContent[] | undefined): UpdateContent[] {
  return updatesInOrder(updates).reverse();
}
