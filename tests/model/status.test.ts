import { describe, expect, it } from "vitest";
import {
  isOverdue,
  isStale,
  percentAt,
  progressAt,
  statusAt,
  statusesIn,
  PROGRESS_STATUSES,
  type ProgressStatus,
} from "../../src/model/index.ts";
import { action, update } from "./_make.ts";

describe("an action's status at a date", () => {
  const a = action("a", {
    updates: [
      update("2014-06-30", "on-track", 10),
      update("2014-09-30", "at-risk", 30),
      update("2014-12-31", "on-track"),
    ],
  });

  it("is the status of its latest update on or before the date", () => {
    expect(statusAt(a, "2014-06-29")).toBe("not-reported");
    expect(statusAt(a, "2014-06-30")).toBe("on-track");
    expect(statusAt(a, "2014-10-15")).toBe("at-risk");
    expect(statusAt(a, "2020-01-01")).toBe("on-track");
  });

  it("is no progress reported, neither not started nor 0%, when there are no updates", () => {
    const none = action("none");
    expect(statusAt(none, "2015-01-01")).toBe("not-reported");
    expect(progressAt(none, "2015-01-01")).toMatchObject({
      status: "not-reported",
      percent: null,
      latest: null,
      daysSinceUpdate: null,
    });
  });

  it("does not depend on the order updates are written in", () => {
    const shuffled = action("s", { updates: [update("2014-12-31", "complete"), update("2014-06-30", "off-track")] });
    expect(statusAt(shuffled, "2015-01-01")).toBe("complete");
    expect(statusAt(shuffled, "2014-07-01")).toBe("off-track");
  });
});

describe("percent complete", () => {
  it("carries the last figure given forward when a later update gives none", () => {
    const a = action("a", {
      updates: [
        update("2014-06-30", "on-track", 10),
        update("2014-09-30", "at-risk", 30),
        update("2014-12-31", "on-track"),
      ],
    });
    expect(percentAt(a, "2014-07-01")).toBe(10);
    expect(percentAt(a, "2015-01-01")).toBe(30);
  });

  it("is 100 once complete, whatever figure was given", () => {
    expect(percentAt(action("a", { updates: [update("2014-06-30", "complete", 90)] }), "2014-07-01")).toBe(100);
  });

  it("is not reported (null), never 0, when a started action has given no figure", () => {
    expect(percentAt(action("a", { updates: [update("2014-06-30", "on-track")] }), "2014-07-01")).toBeNull();
  });

  it("is 0 for an action its lead reports not started, and not reported for one with no update", () => {
    expect(percentAt(action("a"), "2014-07-01")).toBeNull();
    expect(percentAt(action("a", { updates: [update("2014-06-30", "not-started")] }), "2014-07-01")).toBe(0);
  });
});

describe("overdue", () => {
  const due = "2015-03-31";

  it("is not overdue on the due date itself", () => {
    expect(isOverdue(action("a", { due }), "2015-03-31")).toBe(false);
  });

  it("is overdue the day after the due date when not complete", () => {
    expect(isOverdue(action("a", { due, updates: [update("2015-03-01", "on-track")] }), "2015-04-01")).toBe(true);
  });

  it("is not overdue when completed on the due date", () => {
    expect(isOverdue(action("a", { due, updates: [update(due, "complete")] }), "2015-06-01")).toBe(false);
  });

  it("is overdue when completion is reported only after the date asked about", () => {
    expect(isOverdue(action("a", { due, updates: [update("2015-05-01", "complete")] }), "2015-04-15")).toBe(true);
  });

  it("is never overdue once withdrawn", () => {
    expect(isOverdue(action("a", { due, updates: [update("2015-01-01", "withdrawn")] }), "2016-01-01")).toBe(false);
  });
});

describe("stale", () => {
  it("is stale when the latest update is older than the window", () => {
    const a = action("a", { updates: [update("2015-01-01", "on-track")] });
    expect(isStale(a, "2015-05-01", 120)).toBe(false); // 120 days: still inside the window
    expect(isStale(a, "2015-05-02", 120)).toBe(true); // 121 days
  });

  it("counts from the start when there has been no update", () => {
    const a = action("a", { start: "2015-01-01" });
    expect(isStale(a, "2015-03-01", 120)).toBe(false);
    expect(isStale(a, "2015-06-01", 120)).toBe(true);
  });

  it("is never stale once complete or withdrawn", () => {
    expect(isStale(action("a", { updates: [update("2014-05-01", "complete")] }), "2016-01-01", 120)).toBe(false);
    expect(isStale(action("b", { updates: [update("2014-05-01", "withdrawn")] }), "2016-01-01", 120)).toBe(false);
  });

  it("uses the strategy's own window", () => {
    const a = action("a", { updates: [update("2015-01-01", "on-track")] });
    expect(isStale(a, "2015-02-15", 30)).toBe(true);
  });
});

describe("the statuses a table or chart of counts shows", () => {
  const counts = (byStatus: Partial<Record<ProgressStatus, number>>) => ({
    byStatus: { ...Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])), ...byStatus } as Record<
      ProgressStatus,
      number
    >,
  });
  const green = {
    ratings: [
      { status: "on-track" as const },
      { status: "at-risk" as const },
      { status: "off-track" as const },
      { status: "complete" as const },
    ],
  };

  it("are every status on the tool's scale, and no progress reported only where some group has it", () => {
    expect(statusesIn([counts({ "on-track": 2 })])).toEqual([
      "not-started",
      "on-track",
      "at-risk",
      "off-track",
      "complete",
      "withdrawn",
    ]);
    expect(statusesIn([counts({}), counts({ "not-reported": 1 })])).toContain("not-reported");
  });

  it("are a scale's own statuses, and another only where some group has an action in it", () => {
    expect(statusesIn([counts({ "on-track": 4, "at-risk": 2 })], green)).toEqual([
      "on-track",
      "at-risk",
      "off-track",
      "complete",
    ]);
    expect(statusesIn([counts({}), counts({ withdrawn: 1 })], green)).toEqual([
      "on-track",
      "at-risk",
      "off-track",
      "complete",
      "withdrawn",
    ]);
  });
});
