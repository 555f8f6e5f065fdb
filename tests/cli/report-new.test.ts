import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPdf, squash } from "../pdf/read-pdf.ts";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, headlines, MINI, readText, withMistake } from "../helpers/content.ts";

describe("strategy-press report new", () => {
  it("asks for an id it cannot work out, opens the report with one, and opens no second draft", async () => {
    const dir = copyFixture();
    const before = readText(dir, join(MINI, "reports.yaml"));
    const noId = await cli(["report", "new", MINI, "--content", dir], dir);
    expect(noId.code).toBe(2);
    expect(noId.text.split("\n")[0]).toBe(
      "strategy-press: give the new report's id with --id: report r1's id is not its meeting's or its period's year and month, so the next cannot be worked out",
    );
    expect(readText(dir, join(MINI, "reports.yaml"))).toBe(before);

    const opened = await cli(["report", "new", MINI, "--content", dir, "--id", "r2", "--meeting", "2015-04-21"], dir);
    expect(opened.code).toBe(0);
    expect(readText(dir, join(MINI, "reports.yaml"))).toBe(
      `${before}  - id: "r2"\n    title: Progress report, January to March 2015\n    status: draft\n    board: Testshire Health and Wellbeing Board\n    meeting: 2015-04-21\n    period:\n      start: 2015-01-01\n      end: 2015-03-31\n    purpose: assurance\n`,
    );
    expect(headlines(dir)).toEqual([]);

    const second = await cli(["report", "new", MINI, "--content", dir, "--id", "r3"], dir);
    expect(second.text.split("\n")[0]).toBe(
      'strategy-press: report r2 is still a draft: approve it (`strategy-press report approve minimal-strategy r2 --by "Name"`) before opening the next',
    );
  });

  it("dates an update to the open report's last day when today is outside its period, and says so", async () => {
    const dir = copyFixture();
    await cli(["report", "new", MINI, "--content", dir, "--id", "r2", "--end", "2015-03-31"], dir);
    const said = await cli(
      ["update", MINI, "a02-stigma", "--content", dir, "--status", "on-track", "--note", "Campaign launched"],
      dir,
    );
    expect(said.text.split("\n")).toEqual([
      `✓ a02-stigma: on-track on 2015-03-31, counted in report r2 — added to ${MINI}/plan.yaml`,
      expect.stringMatching(
        /^ {2}dated 2015-03-31, the last day of open report r2's period: today \(\d{4}-\d\d-\d\d\) is outside it; give --date for another day$/,
      ),
    ]);
  });

  it("dates a measure's value to the open report's last day too, and writes a draft's paper marked Draft", async () => {
    const dir = copyFixture("measures");
    await cli(["report", "new", "measured-strategy", "--content", dir, "--id", "r2", "--end", "2015-03-31"], dir);
    const said = await cli(["measure", "measured-strategy", "m01-employment", "--value", "7.9", "--content", dir], dir);
    expect(said.code, said.text).toBe(0);
    expect(said.text.split("\n")[0]).toMatch(/^✓ m01-employment: 7\.9 on 2015-03-31 — added to /);
    expect(said.text.split("\n")[1]).toMatch(
      /^ {2}dated 2015-03-31, the last day of open report r2's period: today \(\d{4}-\d\d-\d\d\) is outside it; give --date for another day$/,
    );

    expect(
      (await cli(["report", "measured-strategy", "r2", "--content", dir, "--out", join(dir, "draft.pdf")], dir)).code,
    ).toBe(0);
    const { text } = await readPdf(readFileSync(join(dir, "draft.pdf")));
    expect(squash(text)).toContain(
      "Draft: this paper has not been approved. It is a preview, not the paper the board receives.",
    );
  });

  it("keeps new, approve, decide and status from being a strategy's id", () => {
    const dir = withMistake("strategy.yaml", "id: minimal-strategy", "id: new");
    expect(headlines(dir)).toContain(
      `${MINI}/strategy.yaml:2:5: error: the strategy id "new" is reserved: \`strategy-press report new …\` is a command of its own`,
    );
  });

  it("refuses an option of another form of the command", async () => {
    const dir = copyFixture();
    const said = await cli(["report", "new", MINI, "--content", dir, "--out", "x.pdf"], dir);
    expect(said.code).toBe(2);
    expect(said.text.split("\n")[0]).toBe("strategy-press: --out is not an option of `report new`");
  });
});
