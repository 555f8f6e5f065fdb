import { describe, expect, it } from "vitest";
import { groupByKeys, indexById, itemsWithIds } from "../../src/model/index.ts";

describe("lookups by id", () => {
  const items = [
    { id: "a", n: 1 },
    { id: "b", n: 2 },
    { id: "a", n: 3 },
    { id: "c", n: 4 },
  ];

  it("finds the listed items in the order listed, leaving out ids that name nothing", () => {
    expect(itemsWithIds(items, ["c", "x", "a"]).map((i) => i.n)).toEqual([4, 1]);
  });

  it("keeps the first of a repeated id, and builds a list's index once", () => {
    expect(indexById(items).get("a")?.n).toBe(1);
    expect(indexById(items)).toBe(indexById(items));
    expect(indexById([...items])).not.toBe(indexById(items));
  });

  it("groups items under each key they name, once each, in item order", () => {
    const actions = [
      { id: "x", themes: ["t1", "t2", "t1"] },
      { id: "y", themes: ["t2"] },
      { id: "z", themes: [] },
    ];
    const groups = groupByKeys(actions, (a) => a.themes);
    expect([...groups.keys()]).toEqual(["t1", "t2"]);
    expect(groups.get("t1")?.map((a) => a.id)).toEqual(["x"]);
    expect(groups.get("t2")?.map((a) => a.id)).toEqual(["x", "y"]);
  });
});
