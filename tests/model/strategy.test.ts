import { describe, expect, it } from "vitest";
import { buildStrategy, goldenThread, type StrategyFiles } from "../../src/model/index.ts";
import { action, update } from "./_make.ts";
import { clockAt } from "../helpers/clock.ts";

/** A small strategy: two themes, two drivers, four actions, one report. */
function files(): StrategyFiles {
  return {
    strategy: {
      id: "s",
      title: "S",
      organisations: [{ id: "o", name: "O" }],
      period: { start: 2014, end: 2019 },
      status: "published",
      board: "B",
      language: "en-GB",
      vision: "V",
    },
    drivers: {
      drivers: [
        { id: "d1", title: "Driver one", summary: "x" },
        { id: "d2", title: "Driver two", summary: "y" },
      ],
    },
    themes: [
      { id: "t2", order: 2, title: "Theme two", issues: [], initiatives: [] },
      { id: "t1", order: 1, title: "Theme one", issues: ["i"], initiatives: [{ id: "t1-x", text: "x" }] },
    ],
    plan: {
      current_model: { year: 2014, statements: [{ id: "now-a", text: "Now A" }] },
      desired_model: {
        year: 2019,
        statements: [
          { id: "by-a", text: "Then A" },
          { id: "by-b", text: "Then B" },
        ],
      },
      actions: [
        action("a1", {
          themes: ["t1"],
          drivers: ["d1"],
          lead: "Council",
          horizon: "short",
          due: "2016-03-31",
          towards: ["by-a"],
          updates: [update("2015-01-10", "on-track", 40)],
        }),
        action("a2", {
          themes: ["t1", "t2"],
          drivers: ["d1", "d2"],
          lead: "CCG",
          horizon: "long",
          due: "2015-03-31",
          updates: [update("2014-10-01", "at-risk", 20)],
        }),
        action("a3", {
          themes: ["t2"],
          drivers: ["d2"],
          lead: "Council",
          horizon: "medium",
          updates: [update("2015-02-01", "complete")],
        }),
        action("a4", {
          themes: ["t2"],
          drivers: [],
          lead: "CCG",
          horizon: "short",
          kind: "commissioning-intention",
          commissioning: "review",
          updates: [update("2015-01-20", "withdrawn", 50)],
        }),
      ],
    },
    reports: {
      reports: [
        {
          id: "r1",
          title: "R1",
          board: "B",
          meeting: "2015-05-01",
          period: { start: "2015-01-01", end: "2015-04-30" },
          purpose: "assurance",
          recommendations: ["Note"],
        },
      ],
    },
  };
}

describe("the model of a strategy", () => {
  const model = buildStrategy(files(), clockAt("2015-04-30"));

  it("shows progress as at the latest date the content records", () => {
    expect(model.asAt).toBe("2015-04-30");
  });

  it("orders themes by their order, not their file order", () => {
    expect(model.themes.map((t) => t.id)).toEqual(["t1", "t2"]);
  });

  it("rolls actions up by status", () => {
    expect(model.tally.byStatus).toEqual({
      "not-started": 0,
      "on-track": 1,
      "at-risk": 1,
      "off-track": 0,
      complete: 1,
      withdrawn: 1,
      "not-reported": 0,
    });
    expect(model.tally.total).toBe(4);
  });

  it("counts overdue and stale actions", () => {
    // a2 was due 2015-03-31, is at risk, and was last updated 2014-10-01 (211 days before 2015-04-30).
    expect(model.tally.overdue).toBe(1);
    expect(model.tally.stale).toBe(1);
    expect(model.actions.find((a) => a.id === "a2")?.progress).toMatchObject({
      overdue: true,
      stale: true,
      daysSinceUpdate: 211,
    });
  });

  it("averages percent over actions not withdrawn", () => {
    expect(model.tally.percent).toBe(Math.round((40 + 20 + 100) / 3));
  });

  it("counts an action under each of its themes", () => {
    expect(model.rollups.theme.map((r) => [r.key, r.total])).toEqual([
      ["t1", 2],
      ["t2", 3],
    ]);
    expect(model.themes.find((t) => t.id === "t2")?.actionIds).toEqual(["a2", "a3", "a4"]);
  });

  it("rolls up by driver, horizon, lead and kind", () => {
    expect(model.rollups.driver.map((r) => [r.key, r.total])).toEqual([
      ["d1", 2],
      ["d2", 2],
    ]);
    expect(model.rollups.horizon.map((r) => [r.key, r.total])).toEqual([
      ["short", 2],
      ["medium", 1],
      ["long", 1],
    ]);
    expect(model.rollups.lead.map((r) => [r.key, r.total, r.byStatus["at-risk"]])).toEqual([
      ["Council", 2, 0],
      ["CCG", 2, 1],
    ]);
    expect(model.rollups.kind.map((r) => [r.key, r.total])).toEqual([
      ["action", 3],
      ["commissioning-intention", 1],
    ]);
  });

  it("keeps every update in the history, newest first", () => {
    const m = buildStrategy(
      {
        ...files(),
        plan: {
          ...files().plan,
          actions: [action("x", { updates: [update("2014-05-01", "on-track"), update("2014-09-01", "at-risk")] })],
        },
      },
      clockAt("2015-04-30"),
    );
    expect(m.actions[0]?.history.map((u) => u.date)).toEqual(["2014-09-01", "2014-05-01"]);
  });

  it("links statements to the actions that move them", () => {
    expect(model.desiredModel?.statements.map((s) => [s.id, s.actionIds])).toEqual([
      ["by-a", ["a1"]],
      ["by-b", []],
    ]);
    expect(model.desiredModel?.title).toBe("Desired service model 2019");
  });

  it("finds the gaps in the golden thread", () => {
    expect(model.goldenThread.unreachedStatements.map((s) => s.id)).toEqual(["by-b"]);
    expect(model.goldenThread.actionsWithoutDriver.map((a) => a.id)).toEqual(["a4"]);
    expect(model.goldenThread.actionsWithoutTheme).toEqual([]);
    const noAction = goldenThread([], [], [{ id: "t", order: 1, title: "T", issues: [], initiatives: [] }]);
    expect(noAction.themesWithoutAction.map((t) => t.id)).toEqual(["t"]);
  });
});

describe("a board report", () => {
  const twoReports = (): StrategyFiles => {
    const f = files();
    f.reports.reports.push({
      id: "r0",
      title: "R0",
      board: "B",
      meeting: "2014-11-01",
      period: { start: "2014-07-01", end: "2014-10-31" },
      purpose: "information",
      recommendations: ["Note"],
    });
    return f;
  };
  const model = buildStrategy(twoReports(), clockAt("2015-04-30"));
  const [r0, r1] = model.reports;

  it("orders reports by period and links each to the one before", () => {
    expect(model.reports.map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(r1?.previousId).toBe("r0");
    expect(model.latestReport?.id).toBe("r1");
  });

  it("counts statuses at its period end", () => {
    // No update by the period end is no progress reported, not "not started".
    expect(r0?.tally.byStatus).toMatchObject({ "not-started": 0, "not-reported": 3, "at-risk": 1 });
  });

  it("lists the changes since the previous report", () => {
    expect(r1?.changes.map((c) => `${c.actionId}:${c.kind}:${c.from}->${c.to}`)).toEqual([
      "a1:new:null->on-track",
      "a3:completed:null->complete",
      "a4:withdrawn:null->withdrawn",
    ]);
    expect(r1?.changeCounts).toEqual({ new: 1, completed: 1, withdrawn: 1, improved: 0, worsened: 0, unchanged: 1 });
  });

  it("lists the exceptions with their reasons; an action silent past the staleness window is stale, which says more than no update in the period", () => {
    expect(r1?.exceptions.map((e) => ({ actionId: e.actionId, reasons: e.reasons }))).toEqual([
      { actionId: "a2", reasons: ["at-risk", "overdue", "stale"] },
    ]);
  });

  it("counts the updates made in its period", () => {
    expect(r1?.updatesInPeriod).toBe(3);
  });
});
