/** The items whose ids are listed, in the order listed: turns a model's id list into the things it names. */
export function withIds<T extends { id: string }>(items: readonly T[] | undefined, ids: readonly string[] | undefined): T[] {
  const byId = new Map((items ?? []).map((item) => [item.id, item]));
  return (ids ?? []).flatMap((id) => byId.get(id) ?? []);
}
