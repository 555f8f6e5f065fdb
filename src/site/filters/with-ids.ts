import { itemsWithIds } from "../../model/index.ts";

/**
 * The items whose ids are listed, in the order listed: turns a model's id list into the things it
 * names. The lookup goes through an index the model builds once per list, so a page that names
 * one action among ten thousand does not read the other 9,999.
 */
export function withIds<T extends { id: string }>(
  items: readonly T[] | undefined,
  ids: readonly string[] | undefined,
): T[] {
  return items && ids ? itemsWithIds(items, ids) : [];
}
