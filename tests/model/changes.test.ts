import { describe, expect, it } from "vitest";
import { changeBetween, changesBetween } from "../../src/model/index.ts";
import { action, update } from "./_make.ts";

const before = "2015-02-28";
const after = "2015-08-31";
const kindOf = (updates: ReturnType<typeof update>[]) => changeBetween(action("a", { updates }), before, after).kind;

describe("the change in an action between two reports", () => {
  it("is improved when the status moves towards done", () => {
    expect(kindOf([update("2015-01-01", "off-track"), update("2015-06-01", "at-risk")])).toBe("improved");
    expect(kindOf([update("2015-01-01", "at-risk"), update("2015-06-01", "on-track")])).toBe("improved");
    expect(kindOf([update("2015-01-01", "not-started"), update("2015-06-01", "on-track")])).toBe("improved");
  });

  it("is worsened when it moves away", () => {
    expect(kindOf([update("2015-01-01", "on-track"), update("2015-06-01", "at-risk")])).toBe("worsened");
    expect(kindOf([update("2015-01-01", "at-risk"), update("2015-06-01", "off-track")])).toBe("worsened");
  });

  it("is completed when it reaches complete, even from nothing", () => {
    expect(kindOf([update("2015-01-01", "on-track"), update("2015-06-01", "complete")])).toBe("completed");
    expect(kindOf([update("2015-06-01", "complete")])).toBe("completed");
  });

  it("is new when its first update falls in the later period", () => {
    expect(changeBetween(action("a", { updates: [update("2015-06-01", "on-track")] }), before, after)).toEqual({
      actionId: "a",
      kind: "new",
      from: null,
      to: "on-track",
    });
  });

  it("is withdrawn when withdrawn in the period", () => {
    expect(kindOf([update("2015-01-01", "at-risk"), update("2015-06-01", "withdrawn")])).toBe("withdrawn");
  });

  it("is unchanged when the status is the same, even after a new update", () => {
    expect(kindOf([update("2015-01-01", "on-track"), update("2015-06-01", "on-track", 60)])).toBe("unchanged");
  });

  it("is unchanged with no updates at all", () => {
    expect(kindOf([])).toBe("unchanged");
  });

  it("ignores updates after the later date", () => {
    expect(kindOf([update("2015-01-01", "on-track"), update("2015-09-01", "off-track")])).toBe("unchanged");
  });

  it("treats every updated action as new in a first report", () => {
    expect(changeBetween(action("a", { updates: [update("2015-01-01", "at-risk")] }), null, after).kind).toBe("new");
  });

  it("lists only the actions that moved, in plan order", () => {
    const actions = [
      action("a1", { updates: [update("2015-01-01", "on-track")] }),
      action("a2", { updates: [update("2015-01-01", "on-track"), update("2015-07-01", "off-track")] }),
      action("a3", { updates: [update("2015-07-01", "on-track")] }),
    ];
    expect(changesBetween(actions, before, after).map((c) => `${c.actionId}:${c.kind}`)).toEqual([
      "a2:worsened",
      "a3:new",
    ]);
  });
});
