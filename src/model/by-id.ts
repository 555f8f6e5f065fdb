/**
 * Looking things up by id. The model's lists are built once and never changed afterwards, so each
 * list's index is built the first time it is asked for and kept for as long as the list lives:
 * every later lookup, on every page, costs one Map read rather than a pass over the list.
 */
const _indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** The list's items by id (the first of any repeated id, as validation reports the rest). */
export function indexById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let index = _indexes.get(items) as ReadonlyMap<string, T> | undefined;
  if (!index) {
    const built = new Map<string, T>();
    for (const item of items) if (!built.has(item.id)) built.set(item.id, item);
    _indexes.set(items, built);
    index = built;
  }
  return index;
}

/** The items whose ids are listed, in the order listed; ids that name nothing are left out. */
export function itemsWithIds<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const index = indexById(items);
  const found: T[] = [];
  for (const id of ids) {
    const item = index.get(id);
    if (item) found.push(item);
  }
  return found;
}

/**
 * Groups items under each id their `keysOf` lists, in item order: one pass over the items, so
 * "the actions under each theme" costs the same for ten themes as for one.
 */
export function groupByKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[] | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item) ?? [])) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(item);
    }
  }
  return groups;
}
