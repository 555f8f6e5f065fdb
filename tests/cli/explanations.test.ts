import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { columnNumber } from "../../src/returns/layout.ts";
import { cli } from "../helpers/cli.ts";
import { copyFixture, MINI, readText } from "../helpers/content.ts";
import { readPdf, squash } from "../pdf/read-pdf.ts";
import { elements, readPage, textOf } from "../site/build.ts";

/**
 * A lead's explanation arrives by both doors, `update` and an imported return, into the update's own
 * fields (never pasted into the note), and reaches the board paper's exceptions and the action's page.
 */
let dir: string;
let site: string;
let paper: string;

const main = (file: string) => textOf(elements(readPage(site, file), (el) => el.name === "main")).replace(/\s+/g, " ");

beforeAll(async () => {
  dir = copyFixture();
  const updated = await cli(
    [
      "update",
      MINI,
      "a02-stigma",
      "--content",
      dir,
      "--status",
      "off-track",
      "--date",
      "2014-12-20",
      "--note",
      "Campaign launch postponed.",
      "--reason",
      "The agency contract lapsed.",
      "--recovery",
      "Re-tendering in January.",
      "--revised-due",
      "2015-09-30",
      "--request",
      "Approve the new date.",
    ],
    dir,
  );
  if (updated.code !== 0) throw new Error(updated.text);

  // The return for the CCG's action, filled in as a lead would: the explanation in its own columns.
  const returned = await cli(["returns", MINI, "--report", "r1", "--out", "returns", "--content", dir], dir);
  if (returned.code !== 0) throw new Error(returned.text);
  const csvFile = join(dir, "returns", `${MINI}-r1-testshire-ccg.csv`);
  const rows = parse(readFileSync(csvFile, "utf8"), { relax_column_count: true }) as string[][];
  const row = rows.find((r) => r[0] === "a01-community") as string[];
  const set = (key: Parameters<typeof columnNumber>[0], value: string) => (row[columnNumber(key) - 1] = value);
  set("newStatus", "at-risk");
  set("date", "2014-12-30");
  set("note", "Staffing gaps at the crisis house.");
  set("reason", "Two nurses left in November.");
  set("recovery", "Agency staff from January.");
  set("revisedDue", "2016-06-30");
  set("request", "Note the risk to the March date.");
  writeFileSync(csvFile, stringify(rows));
  const imported = await cli(["import", join("returns", `${MINI}-r1-testshire-ccg.csv`), "--content", dir], dir);
  if (imported.code !== 0) throw new Error(imported.text);

  const built = await cli(["build", dir, "--out", join(dir, "_site"), "--as-at", "2014-12-31"], dir);
  if (built.code !== 0) throw new Error(built.text);
  site = join(dir, "_site");
  paper = squash((await readPdf(readFileSync(join(site, MINI, "reports", "r1.pdf")))).text);
}, 300_000);

describe("explanations as data", () => {
  it("are written to the update's own fields by update and by import, not into the note", () => {
    const plan = readText(dir, `${MINI}/plan.yaml`);
    expect(plan).toContain(
      "        reason: The agency contract lapsed.\n        recovery: Re-tendering in January.\n        revised_due: 2015-09-30\n        request: Approve the new date.",
    );
    expect(plan).toContain("        note: Staffing gaps at the crisis house.\n");
    expect(plan).toContain(
      "        reason: Two nurses left in November.\n        recovery: Agency staff from January.\n        revised_due: 2016-06-30\n        request: Note the risk to the March date.",
    );
    expect(plan).not.toContain("Recovery action:");
  });

  it("reach the board paper's exceptions", () => {
    for (const said of [
      "The agency contract lapsed.",
      "Re-tendering in January.",
      "30 September 2015",
      "Approve the new date.",
      "Two nurses left in November.",
      "Agency staff from January.",
      "30 June 2016",
      "Note the risk to the March date.",
    ]) {
      expect(paper).toContain(squash(said));
    }
    expect(paper).not.toContain("no reason or recovery action from");
  });

  it("reach each action's page, as the paper gives them", () => {
    const stigma = main(`${MINI}/actions/a02-stigma/index.html`);
    // Each field's name, then what the lead said (the list's cells run together as text).
    const said = (text: string) => text.slice(text.indexOf("What the lead says")).replace(/\s+/g, "");
    const squashed = (text: string) => text.replace(/\s+/g, "");
    expect(said(stigma)).toContain(
      squashed(
        "What the lead says Reason The agency contract lapsed. Recovery action Re-tendering in January. Proposed revised due date 30 September 2015 Request to the Board Approve the new date.",
      ),
    );
    const community = main(`${MINI}/actions/a01-community/index.html`);
    expect(said(community)).toContain(
      squashed(
        "Reason Two nurses left in November. Recovery action Agency staff from January. Proposed revised due date 30 June 2016 Request to the Board Note the risk to the March date.",
      ),
    );
  });
});
