import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { AddressObject, ParsedMail } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { cli } from "../helpers/cli.ts";
import { epochOf } from "../helpers/clock.ts";
import { edit } from "../helpers/content.ts";
import { CONTENT, scratch } from "../helpers/scratch.ts";
import { startMailServer } from "../helpers/smtp.ts";

/**
 * A whole quarter on a copy of Derby, command by command, as the README's "A quarter" tells it: open
 * the next report, send the returns, take two back one at a time, see who has returned after each,
 * chase the rest by email, publish without the draft, record the Board's decision, approve, publish.
 */
const STRATEGY = "derby-mental-health";
const REPORTS = join("content", STRATEGY, "reports.yaml");
let dir: string;
/** The approved report's stored PDF, as `report approve` wrote it. */
let edition: Buffer;

/** A lead fills in rows of their spreadsheet (row number → columns H to N), as they would in a spreadsheet program. */
async function fill(path: string, rows: Record<number, (string | number)[]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  for (const [row, values] of Object.entries(rows))
    values.forEach((v, i) => (sheet.getRow(Number(row)).getCell(8 + i).value = v));
  await workbook.xlsx.writeFile(path);
}

/** How many action rows a return has (rows after the header, row 8). */
async function actionRows(path: string): Promise<number[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: number[] = [];
  for (let r = 9; r <= sheet.rowCount; r++) if (sheet.getCell(`A${r}`).value) rows.push(r);
  return rows;
}

describe("a quarter, end to end", () => {
  beforeAll(() => {
    // The quarter is worked through on 1 March 2016, the day after its period ends: the leads' updates are then in the past.
    process.env["SOURCE_DATE_EPOCH"] = epochOf("2016-03-01");
    dir = scratch("sp-quarter-");
    cpSync(CONTENT, join(dir, "content"), { recursive: true });
    // The leads' organisations, each with the contact its return goes to.
    edit(
      dir,
      join("content", STRATEGY, "strategy.yaml"),
      "  - id: derby-city-council\n    name: Derby City Council\n",
      [
        "  - id: derby-city-council",
        "    name: Derby City Council",
        "    contact: { name: Claire Hollis, email: claire.hollis@derby.example }",
        "  - id: derbyshire-healthcare",
        "    name: Derbyshire Healthcare NHS Foundation Trust",
        "    contact: { name: Sam Patel, email: sam.patel@trust.example }",
        "  - id: public-health",
        "    name: Public Health, Derby City Council",
        "    contact: { name: Jo Evans, email: jo.evans@derby.example }",
        "",
      ].join("\n"),
    );
    edit(
      dir,
      join("content", STRATEGY, "strategy.yaml"),
      "    name: Southern Derbyshire Clinical Commissioning Group\n",
      "    name: Southern Derbyshire Clinical Commissioning Group\n    contact: { name: Priya Sandhu, email: priya.sandhu@ccg.example }\n",
    );
  });

  it("report new opens the next report as a draft, after the last one, keeping reports.yaml's comments", async () => {
    const before = readFileSync(join(dir, REPORTS), "utf8");
    const said = await cli(["report", "new", STRATEGY, "--returns-due", "2016-03-04"], dir);
    expect(said.code).toBe(0);
    expect(said.text.split("\n")[0]).toBe(
      `✓ opened report 2016-03 as a draft: "Mental health strategy: progress report, September 2015 to February 2016" — added to ${REPORTS}`,
    );
    const after = readFileSync(join(dir, REPORTS), "utf8");
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe(
      [
        "",
        '  - id: "2016-03"',
        '    title: "Mental health strategy: progress report, September 2015 to February 2016"',
        "    status: draft",
        "    board: Derby City Health and Wellbeing Board",
        "    meeting: 2016-03-17",
        "    period:",
        "      start: 2015-09-01",
        "      end: 2016-02-29",
        "    returns_due: 2016-03-04",
        "    author:",
        "      name: Claire Hollis",
        "      role: Mental Health Commissioning Manager",
        "    contact:",
        '      email: "claire.hollis@derby.example"',
        '      phone: "01332 640000"',
        "    purpose: decision",
        "",
      ].join("\n"),
    );
  });

  it("returns writes the returns for the open report, and returns status says nobody has returned", async () => {
    const said = await cli(["returns", STRATEGY], dir);
    expect(said.code).toBe(0);
    expect(said.text.split("\n").at(-1)).toBe(
      "✓ wrote 4 returns for report 2016-03 (2015-09-01 to 2016-02-29) into returns",
    );
    expect(
      readdirSync(join(dir, "returns"))
        .filter((f) => f.endsWith(".xlsx"))
        .sort(),
    ).toEqual([
      "derby-mental-health-2016-03-derby-city-council.xlsx",
      "derby-mental-health-2016-03-derbyshire-healthcare-nhs-foundation-trust.xlsx",
      "derby-mental-health-2016-03-public-health-derby-city-council.xlsx",
      "derby-mental-health-2016-03-southern-derbyshire-ccg.xlsx",
    ]);
    expect((await cli(["returns", "status", STRATEGY], dir)).text.split("\n")).toEqual([
      "Returns for derby-mental-health report 2016-03 (2015-09-01 to 2016-02-29), due 4 March 2016:",
      "  Derby City Council: not returned (0 of 5 actions updated) — contact Claire Hollis <claire.hollis@derby.example>",
      "  Derbyshire Healthcare NHS Foundation Trust: not returned (0 of 1 action updated) — contact Sam Patel <sam.patel@trust.example>",
      "  Southern Derbyshire CCG: not returned (0 of 6 actions updated) — contact Priya Sandhu <priya.sandhu@ccg.example>",
      "  Public Health, Derby City Council: not returned (0 of 1 action updated) — contact Jo Evans <jo.evans@derby.example>",
      "✓ 4 not returned",
    ]);
  });

  it("two returns filled in and imported one at a time: the status and the import's list are right after each", async () => {
    const council = join(dir, "returns", "derby-mental-health-2016-03-derby-city-council.xlsx");
    const rows = await actionRows(council);
    expect(rows).toHaveLength(5);
    await fill(
      council,
      Object.fromEntries(
        rows.map((r) => [r, ["on-track", 60, "", "Work continues to plan.", "", "", "Claire Hollis"]]),
      ),
    );
    const first = await cli(["import", "returns/derby-mental-health-2016-03-derby-city-council.xlsx"], dir);
    expect(first.code).toBe(0);
    expect(first.text.split("\n")).toEqual([
      "✓ added 5 updates",
      "  Derby City Council: 5 updates",
      "  not yet returned for derby-mental-health report 2016-03: Derbyshire Healthcare NHS Foundation Trust; Southern Derbyshire CCG; Public Health, Derby City Council",
    ]);
    expect((await cli(["returns", "status", STRATEGY], dir)).text.split("\n").slice(1, 3)).toEqual([
      "  Derby City Council: returned (5 of 5 actions updated)",
      "  Derbyshire Healthcare NHS Foundation Trust: not returned (0 of 1 action updated) — contact Sam Patel <sam.patel@trust.example>",
    ]);

    const ccg = join(dir, "returns", "derby-mental-health-2016-03-southern-derbyshire-ccg.xlsx");
    const [r1, r2] = await actionRows(ccg);
    await fill(ccg, {
      [r1 as number]: ["at-risk", 30, "2016-01-15", "Procurement delayed by a month.", "", "", "CCG"],
      [r2 as number]: ["on-track", 50, "", "On plan.", "", "", "CCG"],
    });
    const second = await cli(["import", "returns/derby-mental-health-2016-03-southern-derbyshire-ccg.xlsx"], dir);
    expect(second.text.split("\n")).toEqual([
      "✓ added 2 updates",
      "  Southern Derbyshire CCG: 2 updates",
      "  not yet returned for derby-mental-health report 2016-03: Derbyshire Healthcare NHS Foundation Trust; Public Health, Derby City Council",
    ]);
    expect((await cli(["returns", "status", STRATEGY], dir)).text.split("\n")).toEqual([
      "Returns for derby-mental-health report 2016-03 (2015-09-01 to 2016-02-29), due 4 March 2016:",
      "  Derby City Council: returned (5 of 5 actions updated)",
      "  Derbyshire Healthcare NHS Foundation Trust: not returned (0 of 1 action updated) — contact Sam Patel <sam.patel@trust.example>",
      "  Southern Derbyshire CCG: partly returned (2 of 6 actions updated) — contact Priya Sandhu <priya.sandhu@ccg.example>",
      "  Public Health, Derby City Council: not returned (0 of 1 action updated) — contact Jo Evans <jo.evans@derby.example>",
      "✓ 1 returned, 1 partly returned, 2 not returned",
    ]);
  });

  it("remind emails exactly the organisations still missing, each with its return attached", async () => {
    const server = await startMailServer();
    try {
      edit(
        dir,
        join("content", "site.yaml"),
        "path_prefix: /\n",
        `path_prefix: /\nmail:\n  host: 127.0.0.1\n  port: ${server.port}\n  from: Mental health commissioning <mentalhealth.commissioning@derby.example>\n`,
      );
      const said = await cli(["remind", STRATEGY], dir);
      expect(said.code).toBe(0);
      expect(said.text.split("\n")).toEqual([
        "  Derbyshire Healthcare NHS Foundation Trust: sent to Sam Patel <sam.patel@trust.example>",
        "  Public Health, Derby City Council: sent to Jo Evans <jo.evans@derby.example>",
        "✓ sent 2 reminders for derby-mental-health report 2016-03",
      ]);
      const to = (m: ParsedMail) => (m.to as AddressObject).value.map((a) => `${a.name} <${a.address}>`).join(", ");
      const received = [...server.received].sort((a, b) => to(a).localeCompare(to(b)));
      expect(received.map(to)).toEqual(["Jo Evans <jo.evans@derby.example>", "Sam Patel <sam.patel@trust.example>"]);
      for (const m of received) {
        expect(m.from?.value[0]).toMatchObject({
          name: "Mental health commissioning",
          address: "mentalhealth.commissioning@derby.example",
        });
        expect(m.subject).toBe("Mental health strategy: progress return for report 2016-03, due 4 March 2016");
        expect(m.text).toContain("for report 2016-03 of The future of Mental Health Services in Derby");
      }
      const trust = received[1];
      expect(trust?.text).toMatch(
        /^Dear Sam Patel,\n\nNo progress has been returned yet from Derbyshire Healthcare NHS Foundation Trust on the 1 action it leads/,
      );
      // The attachment is the organisation's own return, byte for byte as `returns` wrote it.
      expect(trust?.attachments.map((a) => a.filename)).toEqual([
        "derby-mental-health-2016-03-derbyshire-healthcare-nhs-foundation-trust.xlsx",
      ]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(trust?.attachments[0]?.content as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]?.getCell("B5").value).toBe("Derbyshire Healthcare NHS Foundation Trust");
    } finally {
      await server.close();
    }
  });

  it("a published build has no trace of the draft", async () => {
    const said = await cli(["build", "content", "--out", "_site"], dir);
    expect(said.code).toBe(0);
    const site = join(dir, "_site", STRATEGY);
    expect(readdirSync(join(site, "reports")).sort()).toEqual([
      "2015-03",
      "2015-03.docx",
      "2015-03.pdf",
      "2015-09",
      "2015-09.docx",
      "2015-09.pdf",
      "index.html",
      "latest.pdf",
    ]);
    const texts = _files(join(dir, "_site")).filter((f) => /\.(html|json|csv|xml|txt)$/.test(f));
    expect(texts.length).toBeGreaterThan(50);
    const traces = texts.filter((f) => {
      const text = readFileSync(f, "utf8");
      // The draft's id (not a date in March 2016, which the plan has), and its title.
      return /2016-03(?!-\d)/.test(text) || text.includes("September 2015 to February 2016");
    });
    expect(traces).toEqual([]);
    // The updates the returns brought are progress all the same: the action pages show them.
    expect(readFileSync(join(site, "actions", "a01-generic-model", "index.html"), "utf8")).toContain(
      "Work continues to plan.",
    );
  });

  it("report decide records the Board's decisions and report approve stores the edition with its SHA-256", async () => {
    // The author writes the report's summary and recommendations, as for any report.
    writeFileSync(
      join(dir, REPORTS),
      `${readFileSync(join(dir, REPORTS), "utf8")}${[
        "    summary: Derby City Council's actions are on plan; commissioning of the crisis pathway is a month behind.",
        "    recommendations:",
        "      - The Board is asked to note the progress made since September 2015.",
        "      - text: The Board is asked to note the delay to the crisis pathway procurement.",
        "        actions: [a06-shared-outcomes]",
        "",
      ].join("\n")}`,
    );
    expect((await cli(["report", "decide", STRATEGY, "2016-03", "1", "--outcome", "approved"], dir)).code).toBe(0);
    const decided = await cli(
      [
        "report",
        "decide",
        STRATEGY,
        "2016-03",
        "2",
        "--outcome",
        "amended",
        "--note",
        "The Board asked for a recovery plan by April.",
      ],
      dir,
    );
    expect(decided.text.split("\n")).toEqual([
      `✓ report 2016-03, recommendation 2: agreed-with-changes (The Board asked for a recovery plan by April.) — recorded in ${REPORTS}`,
      '  "The Board is asked to note the delay to the crisis pathway procurement."',
    ]);
    expect((await cli(["report", "decide", STRATEGY, "2016-03", "2", "--outcome", "rejected"], dir)).text).toContain(
      "the decision on recommendation 2 of report 2016-03 is already recorded (agreed-with-changes)",
    );

    const approved = await cli(
      ["report", "approve", STRATEGY, "2016-03", "--by", "Martin Okafor", "--date", "2016-03-10"],
      dir,
    );
    expect(approved.code).toBe(0);
    expect(approved.text.split("\n")[0]).toBe(
      `✓ report 2016-03 approved by Martin Okafor on 2016-03-10 — recorded in ${REPORTS}`,
    );
    edition = readFileSync(join(dir, "content", STRATEGY, "editions", "2016-03.pdf"));
    const sha = createHash("sha256").update(edition).digest("hex");
    const wordSha = createHash("sha256")
      .update(readFileSync(join(dir, "content", STRATEGY, "editions", "2016-03.docx")))
      .digest("hex");
    expect(readFileSync(join(dir, REPORTS), "utf8")).toContain(
      [
        '  - id: "2016-03"',
        '    title: "Mental health strategy: progress report, September 2015 to February 2016"',
        "    status: approved",
        "    approved:",
        "      by: Martin Okafor",
        "      date: 2016-03-10",
        "      editions:",
        "        - file: editions/2016-03.pdf",
        `          sha256: ${sha}`,
        "        - file: editions/2016-03.docx",
        `          sha256: ${wordSha}`,
        "    board: Derby City Health and Wellbeing Board",
      ].join("\n"),
    );
    expect(readFileSync(join(dir, REPORTS), "utf8")).toContain(
      "    decisions:\n      - recommendation: 1\n        decision: agreed\n      - recommendation: 2\n        decision: agreed-with-changes\n        note: The Board asked for a recovery plan by April.\n",
    );
  });

  it("an edit to an update inside the approved period is a warning naming the report and the edit, until a correction names it", async () => {
    edit(
      dir,
      join("content", STRATEGY, "plan.yaml"),
      "note: Procurement delayed by a month.",
      "note: Procurement delayed by two months.",
    );
    const said = await cli(["validate", "content"], dir);
    expect(said.code).toBe(0);
    const warning = said.text.split("\n").find((l) => l.includes("warning: this update"));
    expect(warning).toMatch(
      /^content\/derby-mental-health\/plan\.yaml:\d+:\d+: warning: this update of 2016-01-15 on a06-shared-outcomes is in report 2016-03, approved on 10 March 2016 by Martin Okafor, and has changed since \(note\): the report would now say something else; its published edition stays as it was approved$/,
    );
    expect(said.text).toContain(
      "hint: Put it back as it was, or record a correction against report 2016-03 in reports.yaml",
    );
    const { model } = readModel(join(dir, "content"), dir);
    const strategy = model.strategies.find((s) => s.id === STRATEGY);
    const rendered = await renderReport(strategy as NonNullable<typeof strategy>, "2016-03", {
      siteHome: "https://strategies.derby.example/derby-mental-health/",
    });
    expect(Buffer.from(rendered).equals(edition), "the edit does change a paper made afresh").toBe(false);

    // A correction naming the action is shown on the report's page and ends the warning.
    writeFileSync(
      join(dir, REPORTS),
      `${readFileSync(join(dir, REPORTS), "utf8")}    corrections:\n      - date: 2016-04-02\n        note: The procurement was two months late, not one.\n        actions: [a06-shared-outcomes]\n`,
    );
    expect((await cli(["validate", "content"], dir)).text).not.toContain("warning: this update");
  });
  it("a build then publishes the report, its correction and its stored edition, byte for byte as approved", async () => {
    const said = await cli(["build", "content", "--out", "_site"], dir);
    expect(said.code).toBe(0);
    const reports = join(dir, "_site", STRATEGY, "reports");
    expect(readFileSync(join(reports, "2016-03.pdf")).equals(edition)).toBe(true);
    expect(readFileSync(join(reports, "latest.pdf")).equals(edition)).toBe(true);
    expect(
      readFileSync(join(reports, "2016-03.docx")).equals(
        readFileSync(join(dir, "content", STRATEGY, "editions", "2016-03.docx")),
      ),
    ).toBe(true);
    const page = readFileSync(join(reports, "2016-03", "index.html"), "utf8");
    expect(page).toContain("Mental health strategy: progress report, September 2015 to February 2016");
    expect(page).toContain("By Martin Okafor on 10 March 2016");
    expect(page).not.toContain("sp-draft");
    expect(page).toContain("The procurement was two months late, not one.");
  });
});

/** Every file under a folder. */
function _files(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
