import { describe, expect, it } from "vitest";
import {
  addMonths,
  measuresAt,
  measureTargets,
  measureTravel,
  nextValue,
  rateAgainstTarget,
  targetFor,
  toleranceBand,
  type MeasureContent,
  type MeasurePlaces,
} from "../../src/model/index.ts";

const NO_PLACES: MeasurePlaces = {
  themes: new Map(),
  objectives: new Map(),
  actions: new Map(),
  organisations: new Map(),
};

describe("the target for a value's period", () => {
  const targets = measureTargets([
    { period: "2025/26", value: 76 },
    { period: "2024/25", value: 75 },
    { period: "2025-Q1", value: 74 },
  ]);

  it("lists targets in time order, a quarter before the year it ends with", () => {
    expect(targets.map((t) => t.period)).toEqual(["2025-Q1", "2024/25", "2025/26"]);
    expect(targets.map((t) => [t.start, t.end])).toEqual([
      ["2025-01-01", "2025-03-31"],
      ["2024-04-01", "2025-03-31"],
      ["2025-04-01", "2026-03-31"],
    ]);
  });

  it("takes the period that holds the date, its first and last days included, and the shorter period where two do", () => {
    expect(targetFor(targets, "2024-04-01")?.value).toBe(75);
    expect(targetFor(targets, "2024-12-31")?.value).toBe(75);
    expect(targetFor(targets, "2025-01-01")?.value).toBe(74);
    expect(targetFor(targets, "2025-03-31")?.value).toBe(74);
    expect(targetFor(targets, "2025-04-01")?.value).toBe(76);
  });

  it("has none for a date no period holds", () => {
    expect(targetFor(targets, "2024-03-31")).toBeNull();
    expect(targetFor(targets, "2026-04-01")).toBeNull();
  });
});

describe("a value's rating against its period's target", () => {
  // Bracknell Forest's rule: green on, above or within 5% of target; amber between 5% and 10%; red beyond.
  const bracknell = { green: "5%", amber: "10%" };

  it("is on track at the target or better, whichever way is better", () => {
    expect(rateAgainstTarget(76, 76, "up", null)).toBe("on-track");
    expect(rateAgainstTarget(80, 76, "up", null)).toBe("on-track");
    expect(rateAgainstTarget(34, 35, "down", null)).toBe("on-track");
  });

  it("with no tolerance, is off track at any shortfall", () => {
    expect(rateAgainstTarget(75.9, 76, "up", null)).toBe("off-track");
    expect(rateAgainstTarget(35.1, 35, "down", null)).toBe("off-track");
  });

  it("counts a percentage tolerance of the target, its edge inside it", () => {
    // 5% of 76 is 3.8: 72.2 is exactly 5% short, 72.1 just beyond.
    expect(toleranceBand("5%", 76)).toBe(3.8);
    expect(rateAgainstTarget(72.2, 76, "up", bracknell)).toBe("on-track");
    expect(rateAgainstTarget(72.1, 76, "up", bracknell)).toBe("at-risk");
    // 10% of 76 is 7.6: 68.4 is exactly 10% short, 68.3 beyond.
    expect(rateAgainstTarget(68.4, 76, "up", bracknell)).toBe("at-risk");
    expect(rateAgainstTarget(68.3, 76, "up", bracknell)).toBe("off-track");
  });

  it("counts an absolute tolerance in the measure's unit, and works the worse way for lower-is-better", () => {
    expect(rateAgainstTarget(37, 35, "down", { amber: 2 })).toBe("at-risk");
    expect(rateAgainstTarget(37.01, 35, "down", { amber: 2 })).toBe("off-track");
    expect(rateAgainstTarget(33, 35, "down", { amber: 2 })).toBe("on-track");
  });

  it("with only a green tolerance has no at risk: within it on track, beyond it off track", () => {
    expect(rateAgainstTarget(95, 100, "up", { green: 5 })).toBe("on-track");
    expect(rateAgainstTarget(94.9, 100, "up", { green: 5 })).toBe("off-track");
  });
});

describe("direction of travel", () => {
  const at = (date: string, value: number) => ({ date, value });

  it("compares the latest value with the one before, by which way is better", () => {
    expect(measureTravel([at("2025-03-31", 73.4), at("2025-06-30", 73.6)], "up").previous).toMatchObject({
      travel: "improving",
      label: "Improving",
      glyph: "▲",
      from: { value: 73.4 },
    });
    expect(measureTravel([at("2025-03-31", 53.1), at("2025-06-30", 53.8)], "down").previous).toMatchObject({
      travel: "worsening",
      label: "Worsening",
      glyph: "▼",
    });
    expect(measureTravel([at("2025-03-31", 98), at("2025-06-30", 98.0)], "up").previous).toMatchObject({
      travel: "no-change",
      label: "No change",
    });
  });

  it("has no direction with a single value, and no year-on-year without the same period a year before", () => {
    expect(measureTravel([at("2025-06-30", 70)], "up")).toEqual({
      previous: null,
      yearBefore: null,
      worseningTwice: false,
    });
    expect(measureTravel([], "up")).toEqual({ previous: null, yearBefore: null, worseningTwice: false });
    expect(measureTravel([at("2024-09-29", 60), at("2025-09-30", 59.5)], "down").yearBefore).toBeNull();
  });

  it("compares with the same quarter a year before", () => {
    const values = [
      at("2024-09-30", 62.5),
      at("2024-12-31", 53.6),
      at("2025-03-31", 53.1),
      at("2025-06-30", 53.8),
      at("2025-09-30", 59.5),
    ];
    const travel = measureTravel(values, "down");
    expect(travel.yearBefore).toMatchObject({ travel: "improving", from: { date: "2024-09-30", value: 62.5 } });
    expect(travel.previous).toMatchObject({ travel: "worsening", from: { date: "2025-06-30" } });
  });

  it("flags worsening twice only when each of the last two changes was for the worse", () => {
    expect(
      measureTravel([at("2025-03-31", 53.1), at("2025-06-30", 53.8), at("2025-09-30", 59.5)], "down").worseningTwice,
    ).toBe(true);
    expect(
      measureTravel([at("2024-12-31", 53.6), at("2025-03-31", 53.1), at("2025-06-30", 53.8)], "down").worseningTwice,
    ).toBe(false);
    expect(
      measureTravel([at("2025-03-31", 53.8), at("2025-06-30", 53.8), at("2025-09-30", 59.5)], "down").worseningTwice,
    ).toBe(false);
  });

  it("finds a year before across month ends and leap years", () => {
    expect(addMonths("2025-06-30", -12)).toBe("2024-06-30");
    expect(addMonths("2025-02-28", -12)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-03-31", 3)).toBe("2025-06-30");
    expect(addMonths("2025-01-15", -1)).toBe("2024-12-15");
  });
});

describe("when the next value is expected", () => {
  it("is a period after the latest value, plus the data lag", () => {
    expect(nextValue("quarterly", 45, "2025-06-30", "2025-11-14")).toMatchObject({
      periodEnd: "2025-09-30",
      dueBy: "2025-11-14",
      overdue: false,
      text: "Expected by 14 November 2025, for the period to 30 September 2025",
    });
    expect(nextValue("yearly", 0, "2025-03-31", "2026-03-31")).toMatchObject({
      periodEnd: "2026-03-31",
      overdue: false,
    });
    expect(nextValue("monthly", 10, "2025-01-31", "2025-03-10")).toMatchObject({
      periodEnd: "2025-02-28",
      dueBy: "2025-03-10",
      overdue: false,
    });
  });

  it("is overdue from the day after it was expected", () => {
    expect(nextValue("quarterly", 45, "2025-06-30", "2025-11-15")).toMatchObject({
      overdue: true,
      text: "Overdue: the value for the period to 30 September 2025 was expected by 14 November 2025",
    });
    expect(nextValue("yearly", 0, "2025-03-31", "2026-04-01")?.overdue).toBe(true);
  });

  it("is not said for a measure with no frequency", () => {
    expect(nextValue(null, 0, "2025-03-31", "2030-01-01")).toBeNull();
  });
});

describe("a measure with a target for each period", () => {
  /** Care leavers NEET, lower is better: targets by quarter, Bracknell's tolerances for the whole file. */
  const neet = {
    id: "neet",
    title: "Care leavers NEET",
    unit: "%",
    direction: "down",
    frequency: "quarterly",
    lag_days: 60,
    baseline: { date: "2024-09-30", value: 62.5 },
    targets: [
      { period: "2024-Q4", value: 36 },
      { period: "2025-Q1", value: 35 },
      { period: "2025-Q2", value: 35 },
      { period: "2025-Q3", value: 34 },
    ],
    values: [
      { date: "2024-09-30", value: 62.5 },
      { date: "2024-12-31", value: 53.6 },
      { date: "2025-03-31", value: 53.1 },
      { date: "2025-06-30", value: 53.8 },
      { date: "2025-09-30", value: 59.5 },
    ],
  } satisfies MeasureContent;
  const file = { tolerance: { green: "5%", amber: "10%" }, measures: [neet] };

  it("rates each value against its own period's target, and a value with no target for its period as such", () => {
    const [m] = measuresAt(file, { date: null, asAt: "2025-10-01" }, NO_PLACES);
    expect(m?.values.map((v) => [v.date, v.target?.value ?? null, v.status])).toEqual([
      ["2024-09-30", null, "no-target"],
      ["2024-12-31", 36, "off-track"],
      ["2025-03-31", 35, "off-track"],
      ["2025-06-30", 35, "off-track"],
      ["2025-09-30", 34, "off-track"],
    ]);
    expect(m).toMatchObject({
      status: "off-track",
      statusLabel: "Off track",
      distance: { text: "25.5 percentage points above target" },
      target: { date: "2025-09-30", value: 34 },
    });
    expect(m?.tolerance?.text).toBe("On track within 5% of the target; at risk within 10% of the target");
    expect(m?.travel).toMatchObject({
      previous: { travel: "worsening" },
      yearBefore: { travel: "improving" },
      worseningTwice: true,
    });
    expect(m?.next).toMatchObject({ periodEnd: "2025-12-31", dueBy: "2026-03-01", overdue: false });
  });

  it("as at a report's period end, knows only the values dated by then, and their own tolerance overrides the file's", () => {
    const [m] = measuresAt(
      { ...file, measures: [{ ...neet, tolerance: { amber: 20 } }] },
      { date: "2025-03-31", asAt: "2025-03-31" },
      NO_PLACES,
    );
    expect(m?.values.map((v) => v.status)).toEqual(["no-target", "at-risk", "at-risk"]);
    expect(m?.latest?.date).toBe("2025-03-31");
    expect(m?.tolerance?.text).toBe("At risk within 20 percentage points");
  });

  it("is no data, and its next value due a period after its baseline, before any value", () => {
    const [m] = measuresAt({ measures: [{ ...neet, values: [] }] }, { date: null, asAt: "2025-03-01" }, NO_PLACES);
    expect(m).toMatchObject({
      status: "no-data",
      latest: null,
      distance: null,
      next: { periodEnd: "2024-12-31", dueBy: "2025-03-01", overdue: false },
    });
  });
});
