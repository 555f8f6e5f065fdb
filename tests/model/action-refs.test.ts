import { describe, expect, it } from "vitest";
import { buildStrategy, numberedTitle } from "../../src/model/index.ts";
import { clockAt } from "../helpers/clock.ts";
import { action, strategyFiles } from "../data/strategy-files.ts";

/**
 * Numbers are the plan's refs. A plan that numbers some of its actions leaves the others unnumbered:
 * never "2." by position beside "1.1" and "1.3". Only a plan that numbers none is numbered in order,
 * as a numbered list is (docs/content-model.md).
 */
const at = clockAt("2020-06-01");

describe("an action's number", () => {
  it("is the plan's ref, and none at all for an action a plan that numbers others leaves unnumbered", () => {
    const strategy = buildStrategy(
      strategyFiles([action("a1", [], { ref: "1.1" }), action("a2", []), action("a3", [], { ref: "1.3" })]),
      at,
    );
    expect(strategy.actions.map((a) => [a.ref, a.name])).toEqual([
      ["1.1", "1.1 Action a1"],
      [null, "Action a2"],
      ["1.3", "1.3 Action a3"],
    ]);
  });

  it("counts in plan order only where the plan numbers none", () => {
    const strategy = buildStrategy(strategyFiles([action("a1", []), action("a2", []), action("a3", [])]), at);
    expect(strategy.actions.map((a) => [a.ref, a.name])).toEqual([
      ["1", "1. Action a1"],
      ["2", "2. Action a2"],
      ["3", "3. Action a3"],
    ]);
  });
});

describe("a title with its number", () => {
  it("takes a full stop after a plain number, as a numbered list does, and a space alone after a code", () => {
    expect(numberedTitle("1", "To develop the generic model")).toBe("1. To develop the generic model");
    expect(numberedTitle("2.01.02", "Develop a Supplementary Planning Document")).toBe(
      "2.01.02 Develop a Supplementary Planning Document",
    );
    expect(numberedTitle("A3", "Review the pathway")).toBe("A3 Review the pathway");
    expect(numberedTitle(null, "Future plans")).toBe("Future plans");
  });
});
