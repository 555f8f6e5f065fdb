import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Measure, StrategyModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { REPO } from "../helpers/scratch.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

/**
 * Bracknell Forest's key performance indicators (tests/fixtures/council-plan), each rating and direction
 * worked by hand from the published values, the target for each value's period and the council's rule
 * (green within 5% of target, amber within 10%, red beyond).
 */
const strategy = readModel(join(REPO, "tests", "fixtures", "council-plan"), process.cwd(), {
  clock: clockAt(AS_AT["council-plan"]),
}).model.strategies[0] as StrategyModel;
const measure = (id: string) => strategy.measures?.find((m) => m.id === id) as Measure;
const ratings = (id: string) => measure(id).values.map((v) => v.status);

describe("the council plan's indicators, worked by hand", () => {
  it("rates each quarter against the target for its own period", () => {
    // 72.4 against 75 is 2.6 short, inside 5% (3.75); 72.8 against 2025/26's 76 is 3.2 short, inside 3.8.
    expect(ratings("ehcp-in-borough")).toEqual(["on-track", "on-track", "on-track", "on-track", "on-track"]);
    // Lower is better; no target is set for July to September 2024; every later quarter is far above its target.
    expect(ratings("care-leavers-neet")).toEqual(["no-target", "off-track", "off-track", "off-track", "off-track"]);
    // 222 against 258 is 36 short, beyond 10% (25.8): off track under the rule (the report said Amber).
    expect(ratings("youth-participation")).toEqual(["no-target", "off-track", "on-track", "on-track", "on-track"]);
    // 70.5 against 74 is 3.5 short, inside 5% (3.7).
    expect(ratings("support-at-home")).toEqual(["on-track", "on-track", "on-track", "on-track", "on-track"]);
    // 18,565 against 19,625 is 1,060 short: beyond 5% (981.25), inside 10% (1,962.5); 10,966 is far beyond.
    expect(ratings("look-out-visits")).toEqual(["at-risk", "off-track", "on-track", "on-track", "on-track"]);
    expect(ratings("good-settings")).toEqual(["on-track", "on-track", "on-track", "on-track", "on-track"]);
    expect(measure("involve-volunteers")).toMatchObject({
      values: [],
      status: "no-data",
      periodTarget: { period: "2024/25", value: 265 },
    });
  });

  it("gives each indicator's latest rating, its period's target and the distance from it", () => {
    const latest = (id: string) => {
      const m = measure(id);
      return [m.latest?.text, m.periodTarget?.text, m.periodTarget?.label, m.statusLabel, m.distance?.text];
    };
    expect(latest("ehcp-in-borough")).toEqual([
      "75.2%",
      "76%",
      "2025/26",
      "Green",
      "0.8 percentage points below target",
    ]);
    expect(latest("care-leavers-neet")).toEqual([
      "59.5%",
      "34%",
      "July to September 2025",
      "Red",
      "25.5 percentage points above target",
    ]);
    expect(latest("youth-participation")).toEqual([
      "285 young people",
      "270 young people",
      "July to September 2025",
      "Green",
      "15 young people above target",
    ]);
    expect(latest("support-at-home")).toEqual([
      "70.9%",
      "74%",
      "2025/26",
      "Green",
      "3.1 percentage points below target",
    ]);
    expect(latest("look-out-visits")).toEqual([
      "26,502 visits",
      "19,875 visits",
      "2025/26",
      "Green",
      "6,627 visits above target",
    ]);
    expect(latest("good-settings")).toEqual(["98%", "100%", "2025/26", "Green", "2 percentage points below target"]);
  });

  it("gives the direction of travel against the quarter before and the same quarter a year before", () => {
    const travel = (id: string) => {
      const t = measure(id).travel;
      return [t.previous?.travel, t.yearBefore?.travel, t.worseningTwice];
    };
    // As the report of 28 January 2026 has them: Better, Worse, Better, Better, Better, No change.
    expect(travel("ehcp-in-borough")).toEqual(["improving", "improving", false]);
    expect(travel("care-leavers-neet")).toEqual(["worsening", "improving", true]);
    expect(travel("youth-participation")).toEqual(["improving", "improving", false]);
    expect(travel("support-at-home")).toEqual(["improving", "worsening", false]);
    expect(travel("look-out-visits")).toEqual(["improving", "improving", false]);
    expect(travel("good-settings")).toEqual(["no-change", "worsening", false]);
    expect(measure("involve-volunteers").travel).toEqual({ previous: null, yearBefore: null, worseningTwice: false });
  });

  it("as at each report's period end, knows only that quarter's values and which are overdue", () => {
    const q3 = strategy.reports.find((r) => r.id === "2024-25-q3")?.measures ?? [];
    expect(q3.map((m) => [m.id, m.latest?.value ?? null, m.status])).toEqual([
      ["ehcp-in-borough", 73.4, "on-track"],
      ["care-leavers-neet", 53.6, "off-track"],
      ["youth-participation", 222, "off-track"],
      ["support-at-home", 72, "on-track"],
      ["look-out-visits", 10966, "off-track"],
      ["good-settings", 99, "on-track"],
      ["involve-volunteers", null, "no-data"],
    ]);
    const q2 = strategy.reports.find((r) => r.id === "2025-26-q2")?.measures ?? [];
    // The yearly volunteering figure for 2024/25 was expected 120 days after 31 March 2025.
    expect(q2.find((m) => m.id === "involve-volunteers")?.next).toMatchObject({
      periodEnd: "2025-03-31",
      dueBy: "2025-07-29",
      overdue: true,
    });
    expect(q2.find((m) => m.id === "ehcp-in-borough")?.next).toMatchObject({
      periodEnd: "2025-12-31",
      dueBy: "2026-04-30",
      overdue: false,
    });
  });

  it("puts each indicator where the plan does, and rolls them up to the priority", () => {
    expect(measure("youth-participation")).toMatchObject({
      action: { id: "youth-strategy" },
      theme: null,
      themeIds: ["engaged-healthy"],
      leadOrganisations: ["People directorate"],
    });
    expect(measure("care-leavers-neet")).toMatchObject({
      objective: { id: "kr-care-leavers", ref: "1.2.1" },
      theme: { id: "engaged-healthy" },
    });
    expect(measure("look-out-visits")).toMatchObject({
      theme: { id: "engaged-healthy" },
      leadOrganisations: ["Place directorate"],
    });
    const priority = strategy.themes[0];
    expect(priority?.measureIds).toHaveLength(7);
    expect(priority?.objectives.find((o) => o.id === "kr-care-leavers")?.measureIds).toEqual(["care-leavers-neet"]);
    expect(strategy.actions.find((a) => a.id === "youth-strategy")?.measureIds).toEqual(["youth-participation"]);
    expect(strategy.actions.find((a) => a.id === "day-opportunities")?.measureIds).toEqual([]);
  });
});
