import { appendFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factChanges } from "../../src/model/edition.ts";
import { cli } from "../helpers/cli.ts";
import { copyFixture, headlines, MINI, readText } from "../helpers/content.ts";

describe("strategy-press report approve", () => {
  it("approves a report published before drafts were kept, storing its edition; once only; and a changed or missing edition is an error", async () => {
    const dir = copyFixture();
    const said = await cli(
      ["report", "approve", MINI, "r1", "--by", "Ann Lee", "--date", "2015-01-15", "--content", dir],
      dir,
    );
    expect(said.code, said.text).toBe(0);
    const pdf = readFileSync(join(dir, MINI, "editions", "r1.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(readText(dir, join(MINI, "reports.yaml"))).toContain(
      "  - id: r1\n    status: approved\n    approved:\n      by: Ann Lee\n      date: 2015-01-15\n      editions:\n        - file: editions/r1.pdf\n",
    );
    expect(JSON.parse(readText(dir, join(MINI, "editions", "r1.facts.json")))).toHaveProperty([
      "update a01-community 2014-12-01 0",
      "status",
    ]);
    expect(headlines(dir)).toEqual([]);

    const again = await cli(["report", "approve", MINI, "r1", "--by", "Ann Lee", "--content", dir], dir);
    expect(again.code).toBe(2);
    expect(again.text.split("\n")[0]).toBe(
      "strategy-press: report r1 was approved on 2015-01-15 by Ann Lee: its edition is stored and never changes (record a correction instead)",
    );

    appendFileSync(join(dir, MINI, "editions", "r1.pdf"), "\n");
    expect(headlines(dir)).toEqual([
      `${MINI}/reports.yaml:9:17: error: report r1's stored edition editions/r1.pdf has changed since it was approved: its SHA-256 is no longer the one recorded`,
    ]);
    rmSync(join(dir, MINI, "editions", "r1.pdf"));
    expect(headlines(dir)).toEqual([
      `${MINI}/reports.yaml:9:17: error: report r1's stored edition editions/r1.pdf is missing`,
    ]);
  });

  it("refuses a draft with no recommendations yet", async () => {
    const dir = copyFixture();
    expect((await cli(["report", "new", MINI, "--id", "r2", "--content", dir], dir)).code).toBe(0);
    const said = await cli(["report", "approve", MINI, "r2", "--by", "Ann Lee", "--content", dir], dir);
    expect(said.code).toBe(1);
    expect(said.text.split("\n")[0]).toBe(
      "strategy-press: report r2 has no recommendations yet: write what the board is asked to do in reports.yaml before approving it",
    );
  });
});

describe("what changed since a report was approved", () => {
  it("is each fact added, removed or changed, with the fields that differ", () => {
    const stored = {
      "update a1 2015-01-02 0": { date: "2015-01-02", status: "on-track", note: "x" },
      "action a2": { id: "a2", title: "A" },
      report: { id: "r1" },
    };
    const now = {
      "update a1 2015-01-02 0": { date: "2015-01-02", status: "at-risk", note: "y" },
      "update a1 2015-01-09 0": { date: "2015-01-09" },
      report: { id: "r1" },
    };
    expect(factChanges(stored, now)).toEqual([
      { key: "action a2", kind: "action", actionId: "a2", change: "removed", fields: [] },
      {
        key: "update a1 2015-01-02 0",
        kind: "update",
        actionId: "a1",
        date: "2015-01-02",
        sameDay: 0,
        change: "changed",
        fields: ["note", "status"],
      },
      {
        key: "update a1 2015-01-09 0",
        kind: "update",
        actionId: "a1",
        date: "2015-01-09",
        sameDay: 0,
        change: "added",
        fields: [],
      },
    ]);
  });
});
