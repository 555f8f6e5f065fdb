import { describe, expect, it } from "vitest";
import { readClock } from "../../src/clock.ts";
import { asAtWords, buildStrategy, clockDay, periodEndedWords, strategyClock } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { clockAt, DERBY_AS_AT } from "../helpers/clock.ts";
import { CONTENT } from "../helpers/scratch.ts";
import { action, strategyFiles } from "../data/strategy-files.ts";

describe("the clock", () => {
  it("is --as-at when given, else SOURCE_DATE_EPOCH, else now", () => {
    expect(readClock("2016-02-29", { SOURCE_DATE_EPOCH: "0" }, 1)).toEqual({ day: "2016-02-29" });
    expect(readClock(undefined, { SOURCE_DATE_EPOCH: "1441022400" }, 1)).toEqual({ instant: 1441022400000 });
    expect(readClock(undefined, {}, 1234)).toEqual({ instant: 1234 });
  });

  it("refuses a day that is not a real YYYY-MM-DD, or an epoch that is not whole seconds", () => {
    expect(() => readClock("2015-02-30", {})).toThrow(
      '--as-at must be a day written YYYY-MM-DD, such as 2015-08-31, not "2015-02-30"',
    );
    expect(() => readClock(undefined, { SOURCE_DATE_EPOCH: "yesterday" })).toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds since 1 January 1970, not "yesterday"',
    );
  });

  it("reads an instant as a day in the strategy's time zone", () => {
    // 23:30 UTC on 30 June 2026 is already 1 July in London (summer time).
    const instant = Date.parse("2026-06-30T23:30:00Z");
    expect(clockDay({ instant }, "Europe/London")).toBe("2026-07-01");
    expect(clockDay({ instant }, "UTC")).toBe("2026-06-30");
  });

  it("shows a running strategy as at the day, and an ended one as at its last day, saying so", () => {
    const period = { period: { start: 2014, end: 2019 } };
    expect(strategyClock(period, clockAt("2017-05-01"))).toEqual({
      today: "2017-05-01",
      asAt: "2017-05-01",
      ended: null,
    });
    expect(strategyClock(period, clockAt("2026-12-04"))).toEqual({
      today: "2026-12-04",
      asAt: "2019-12-31",
      ended: "2019-12-31",
    });
    const ended = buildStrategy(strategyFiles([], { period: { start: 2014, end: 2019 } }), clockAt("2026-12-04"));
    expect(asAtWords(ended)).toBe("As at 31 December 2019, the end of the strategy's period (2014 to 2019)");
    expect(periodEndedWords(ended)).toBe(
      "This strategy's period (2014 to 2019) ended on 31 December 2019. Its record is shown as it stood on that day.",
    );
    const running = buildStrategy(strategyFiles([]), clockAt("2021-03-01"));
    expect(asAtWords(running)).toBe("As at 1 March 2021");
    expect(periodEndedWords(running)).toBeNull();
  });

  it("moves overdue and no recent update with the day, though nothing new is recorded", () => {
    const files = strategyFiles([
      action("quiet", [{ date: "2020-03-01", status: "on-track", note: "Started" }], { due: "2020-12-31" }),
    ]);
    const before = buildStrategy(files, clockAt("2020-06-01")).actions[0]?.progress;
    const after = buildStrategy(files, clockAt("2021-02-01")).actions[0]?.progress;
    expect(before).toMatchObject({ overdue: false, stale: false, daysSinceUpdate: 92 });
    expect(after).toMatchObject({ overdue: true, stale: true, daysSinceUpdate: 337 });
  });

  it("keeps each report as at its own period end, whatever the day", () => {
    const at = (day: string) => readModel(CONTENT, process.cwd(), { clock: clockAt(day) }).model.strategies[0];
    const then = at(DERBY_AS_AT);
    const later = at("2019-06-30");
    expect(later?.asAt).toBe("2019-06-30");
    expect(later?.tally.overdue).toBeGreaterThan(then?.tally.overdue ?? 0);
    expect(later?.tally.stale).toBeGreaterThan(then?.tally.stale ?? 0);
    expect(JSON.stringify(later?.reports)).toBe(JSON.stringify(then?.reports));
  });
});
