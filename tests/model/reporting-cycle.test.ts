import { describe, expect, it } from "vitest";
import {
  buildStrategy,
  countedIn,
  defaultRecordDate,
  nextReport,
  openReport,
  organisationContact,
  periodWords,
  returnsStatus,
  type StrategyFiles,
} from "../../src/model/index.ts";
import { action, update } from "./_make.ts";
import { clockAt } from "../helpers/clock.ts";

const period = (start: string, end: string) => ({ start, end });

describe("the next report", () => {
  it("follows the last: the same months, the meeting as long after, the id and title in the last one's form", () => {
    const last = {
      id: "2015-09",
      title: "Mental health strategy: progress report, March to August 2015",
      meeting: "2015-09-17",
      period: period("2015-03-01", "2015-08-31"),
    };
    expect(nextReport(last)).toEqual({
      id: "2016-03",
      title: "Mental health strategy: progress report, September 2015 to February 2016",
      meeting: "2016-03-17",
      period: period("2015-09-01", "2016-02-29"),
    });
  });

  it("takes an id from the period end when the last id was, and a given end, meeting and id over the rule", () => {
    const carers = {
      id: "2018-03",
      title: "Progress report, March 2018",
      meeting: "2018-04-12",
      period: period("2017-10-01", "2018-03-31"),
    };
    expect(nextReport(carers)).toMatchObject({
      id: "2018-09",
      period: period("2018-04-01", "2018-09-30"),
      meeting: "2018-10-12",
    });
    expect(nextReport(carers, { end: "2018-06-30", meeting: "2018-07-19", id: "q1" })).toEqual({
      id: "q1",
      title: "Progress report, April to June 2018",
      meeting: "2018-07-19",
      period: period("2018-04-01", "2018-06-30"),
    });
  });

  it("keeps a period of days as many days, and cannot name a report whose id has another form", () => {
    const odd = {
      id: "r1",
      title: "First progress report",
      meeting: "2015-01-20",
      period: period("2014-10-15", "2014-12-31"),
    };
    expect(nextReport(odd)).toEqual({
      id: null,
      title: "Progress report, January to March 2015",
      meeting: "2015-04-08",
      period: period("2015-01-01", "2015-03-19"),
    });
    expect(periodWords(period("2014-10-01", "2015-02-28"))).toBe("October 2014 to February 2015");
    expect(periodWords(period("2015-06-01", "2015-06-30"))).toBe("June 2015");
  });
});

describe("the open report and the date a record defaults to", () => {
  const reports = [
    { id: "a", period: period("2015-03-01", "2015-08-31") },
    { id: "b", status: "draft" as const, period: period("2015-09-01", "2016-02-29") },
  ];
  it("is the newest draft, and none when no report is a draft", () => {
    expect(openReport(reports)?.id).toBe("b");
    expect(openReport([reports[0] as (typeof reports)[number]])).toBeNull();
  });
  it("is today inside the open report's period, its last day outside it, and today with no report open", () => {
    expect(defaultRecordDate(openReport(reports), "2015-12-01")).toEqual({ date: "2015-12-01", because: "today" });
    expect(defaultRecordDate(openReport(reports), "2026-12-04")).toEqual({ date: "2016-02-29", because: "period-end" });
    expect(defaultRecordDate(null, "2026-12-04")).toEqual({ date: "2026-12-04", because: "today" });
  });
});

describe("who has returned", () => {
  const report = { id: "q3", period: period("2015-10-01", "2015-12-31") };
  it("counts an update that names the report, or names none and falls in its period", () => {
    expect(countedIn({ date: "2015-11-01" }, report)).toBe(true);
    expect(countedIn({ date: "2016-01-05", report: "q3" }, report)).toBe(true);
    expect(countedIn({ date: "2015-11-01", report: "q2" }, report)).toBe(false);
    expect(countedIn({ date: "2015-09-30" }, report)).toBe(false);
  });

  it("is returned, partly or not returned per lead organisation, whoever recorded the updates", () => {
    const files: StrategyFiles = {
      strategy: {
        id: "s",
        title: "S",
        organisations: [
          {
            id: "north-ccg",
            name: "Northshire Clinical Commissioning Group",
            contact: { name: "Ann Lee", email: "ann@north.example" },
          },
          { id: "council", name: "Northshire Council" },
        ],
        period: { start: 2015, end: 2018 },
        status: "published",
        board: "Board",
        language: "en-GB",
        vision: "V",
      },
      themes: [{ id: "t1", order: 1, title: "T" }],
      plan: {
        actions: [
          action("a1", { lead: "Northshire Council", updates: [update("2015-11-02", "on-track")] }),
          action("a2", { lead: "Northshire Council" }),
          action("a3", { lead: "North CCG", updates: [{ ...update("2016-01-10", "at-risk"), report: "q3" }] }),
          action("a4", { lead: "Carers Trust", updates: [update("2015-09-01", "complete")] }),
          action("a5", { lead: "Carers Trust", updates: [{ ...update("2015-11-02", "on-track"), report: "q2" }] }),
        ],
      },
      reports: {
        reports: [
          {
            ...report,
            title: "Q3",
            board: "Board",
            meeting: "2016-01-20",
            purpose: "assurance",
            recommendations: ["Note."],
          },
        ],
      },
    };
    const strategy = buildStrategy(files, clockAt("2016-01-31"));
    expect(
      returnsStatus(strategy, report).map((r) => [r.organisation, r.state, r.updatedIds, r.contact?.email ?? null]),
    ).toEqual([
      ["Northshire Council", "partly", ["a1"], null],
      ["North CCG", "returned", ["a3"], "ann@north.example"],
      // a4 was complete before the period began: nobody is asked about it.
      ["Carers Trust", "not-returned", [], null],
    ]);
  });

  it("finds an organisation's contact by its name, its id, or its id written out", () => {
    const organisations = [
      {
        id: "southern-derbyshire-ccg",
        name: "Southern Derbyshire Clinical Commissioning Group",
        contact: { name: "Ann Lee", email: "ann@ccg.example" },
      },
    ];
    expect(organisationContact(organisations, "Southern Derbyshire Clinical Commissioning Group")?.name).toBe(
      "Ann Lee",
    );
    expect(organisationContact(organisations, "southern-derbyshire-ccg")?.name).toBe("Ann Lee");
    expect(organisationContact(organisations, "Southern Derbyshire CCG")?.name).toBe("Ann Lee");
    expect(organisationContact(organisations, "Derby City Council")).toBeNull();
  });
});
