import { describe, expect, it } from "vitest";
import { dueLabel, dueWhen, pastDue } from "../../src/model/index.ts";

describe("due dates in words", () => {
  it("reads each form of due date as the plan means it", () => {
    expect(["2018-06-30", "2018-06", "2017-Q3", "2017/18", "ongoing"].map(dueLabel)).toEqual([
      "30 June 2018",
      "June 2018",
      "July to September 2017",
      "2017/18",
      "Ongoing",
    ]);
  });

  it("ends a sentence 'on' a day and 'by the end of' a longer period, as a longer period is due by its last day", () => {
    expect(["2018-06-30", "2018-06", "2017-Q3", "2017/18"].map(dueWhen)).toEqual([
      "on 30 June 2018",
      "by the end of June 2018",
      "by the end of September 2017",
      "by the end of 2017/18",
    ]);
    // Due by the last day of the period, so not late on it.
    expect(pastDue("2018-06", "2018-06-30")).toBe(false);
    expect(pastDue("2018-06", "2018-07-01")).toBe(true);
  });
});
