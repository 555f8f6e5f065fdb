import { describe, expect, it } from "vitest";
import { progressAt, rollupBy } from "../../src/model/index.ts";
import { action, update } from "./_make.ts";

describe("rollupBy", () => {
  const actions = [
    action("a1", { themes: ["t1", "t2"], updates: [update("2015-01-01", "on-track")] }),
    action("a2", { themes: ["t2"] }),
    action("a3", { themes: ["t3"] }),
  ];
  const rollups = rollupBy(
    actions,
    (a) => a.themes ?? [],
    (a) => progressAt(a, "2015-02-01"),
    [
      { key: "t2", label: "Theme two" },
      { key: "t1", label: "Theme one" },
    ],
  );

  it("names the actions each group counts, so a filtered view lists exactly what the count says", () => {
    expect(rollups.map((r) => [r.key, r.actionIds, r.total])).toEqual([
      ["t2", ["a1", "a2"], 2],
      ["t1", ["a1"], 1],
      ["t3", ["a3"], 1],
    ]);
  });
});
