import { describe, expect, it } from "vitest";
import {
  expectedAt,
  measureDistance,
  measuresAt,
  measureStatus,
  measureValueText,
  type MeasureContent,
  type MeasurePlaces,
} from "../../src/model/index.ts";

/** Employment: 40% in 2020, to reach 60% by 2025; higher is better. The straight line gains 4 points a year. */
const up = {
  id: "m1",
  title: "In work",
  unit: "%",
  direction: "up",
  baseline: { date: "2020-01-01", value: 40 },
  target: { date: "2025-01-01", value: 60 },
} satisfies MeasureContent;
/** Waiting list: 500 people in 2020, to fall to 100 by 2024; lower is better. */
const down = {
  id: "m2",
  title: "Waiting",
  unit: "people",
  direction: "down",
  baseline: { date: "2020-01-01", value: 500 },
  target: { date: "2024-01-01", value: 100 },
} satisfies MeasureContent;
const at = (date: string, value: number) => ({ date, value });

describe("a measure's status", () => {
  it("is no data until a value is recorded", () => {
    expect(measureStatus(up, null)).toBe("no-data");
  });

  it("is target met at the target or beyond it, whichever way is better", () => {
    expect(measureStatus(up, at("2022-01-01", 60))).toBe("target-met");
    expect(measureStatus(up, at("2022-01-01", 61))).toBe("target-met");
    expect(measureStatus(down, at("2022-01-01", 100))).toBe("target-met");
    expect(measureStatus(down, at("2022-01-01", 99.5))).toBe("target-met");
    // Late is still met: the target is the value, not the day.
    expect(measureStatus(up, at("2026-06-30", 60))).toBe("target-met");
  });

  it("is on track at or better than the straight line from baseline to target, and off track just worse than it", () => {
    // Halfway through the days (2022-07-02 is 913 of 1,827), the line stands at about 50.
    const half = expectedAt(up, "2022-07-02");
    expect(half).toBeCloseTo(49.99, 2);
    expect(measureStatus(up, at("2022-07-02", 50))).toBe("on-track");
    expect(measureStatus(up, at("2022-07-02", 49.9))).toBe("off-track");
    // Lower is better: at 2022-01-01 (731 of 1,461 days, 2020 being a leap year) the line stands just under 300.
    expect(expectedAt(down, "2022-01-01")).toBeCloseTo(299.86, 2);
    expect(measureStatus(down, at("2022-01-01", 299.8))).toBe("on-track");
    expect(measureStatus(down, at("2022-01-01", 300))).toBe("off-track");
  });

  it("is off track once the target date has come without the target met, however close", () => {
    expect(measureStatus(up, at("2025-01-01", 59.9))).toBe("off-track");
    expect(measureStatus(down, at("2024-06-30", 101))).toBe("off-track");
  });

  it("judges a value no better than the baseline on its first day as on track (the line starts there)", () => {
    expect(measureStatus(up, at("2020-01-01", 40))).toBe("on-track");
    expect(measureStatus(up, at("2020-01-01", 39))).toBe("off-track");
  });
});

describe("the distance to target", () => {
  it("counts a percentage's distance in percentage points, rounded to the figures' decimals", () => {
    expect(measureDistance(62.5, 67, "%")).toEqual({
      amount: 4.5,
      side: "below",
      text: "4.5 percentage points below target",
    });
    expect(measureDistance(61, 60, "%").text).toBe("1 percentage point above target");
    expect(measureDistance(0.1 + 0.2, 0.5, "%").text).toBe("0.2 percentage points below target");
  });

  it("counts any other unit in that unit, and says when the value is at the target", () => {
    expect(measureDistance(290, 100, "people").text).toBe("190 people above target");
    expect(measureDistance(31.25, 30, "per 100,000").text).toBe("1.25 per 100,000 above target");
    expect(measureDistance(1240, 2000, "people").text).toBe("760 people below target");
    expect(measureDistance(100, 100, "people")).toEqual({ amount: 0, side: "at", text: "at target" });
  });

  it("writes values as a reader would, grouping thousands", () => {
    expect([
      measureValueText(62.5, "%"),
      measureValueText(1240, "people"),
      measureValueText(31.2, "per 100,000"),
    ]).toEqual(["62.5%", "1,240 people", "31.2 per 100,000"]);
  });
});

/** Places with one theme, "work", and nothing else. */
const places = (themes: [string, string][] = []): MeasurePlaces => ({
  themes: new Map(themes),
  objectives: new Map(),
  actions: new Map(),
  organisations: new Map(),
});

describe("the measures at a date", () => {
  const measure: MeasureContent = {
    ...up,
    theme: "work",
    values: [at("2021-06-30", 47), at("2020-12-31", 44), { ...at("2023-01-01", 61), note: "New survey" }],
  };

  it("keeps the values recorded by the date, oldest first, and takes status and distance from the latest", () => {
    const [early] = measuresAt(
      { measures: [measure] },
      { date: "2022-12-31", asAt: "2022-12-31" },
      places([["work", "Work and skills"]]),
    );
    expect(early?.values.map((v) => v.date)).toEqual(["2020-12-31", "2021-06-30"]);
    expect(early).toMatchObject({
      theme: { id: "work", title: "Work and skills" },
      latest: { value: 47, text: "47%" },
      status: "on-track",
      statusLabel: "On track",
      distance: { text: "13 percentage points below target" },
      better: "Higher is better",
    });
    const [all] = measuresAt({ measures: [measure] }, { date: null, asAt: "2023-01-01" }, places());
    expect(all).toMatchObject({
      latest: { value: 61, note: "New survey" },
      status: "target-met",
      statusLabel: "Target met",
      distance: { side: "above" },
    });
  });

  it("has no latest value, no distance and no data before the first value", () => {
    const [none] = measuresAt({ measures: [measure] }, { date: "2020-06-01", asAt: "2020-06-01" }, places());
    expect(none).toMatchObject({
      values: [],
      latest: null,
      distance: null,
      status: "no-data",
      statusLabel: "No data yet",
      theme: { id: "work", title: "work" },
    });
  });
});
