import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { loadContent } from "../../src/load/content-folder.ts";
import { validateContent } from "../../src/validate/index.ts";
import { copyFixture, fixtureWithMistake, headline, headlines, MINI } from "../helpers/content.ts";

// Issue 22, item 10: the smaller doors (the rest are in content-doors.test.ts).
const ESCAPE = "\u001b[2J\u001b[H";

async function returnsOf(dir: string): Promise<string> {
  expect((await cli(["returns", MINI, "--report", "r1", "--out", "returns", "--content", "."], dir)).code).toBe(0);
  return join("returns", readdirSync(join(dir, "returns")).find((f) => f.endsWith(".csv")) as string);
}

describe("10. returns and values that would act on the terminal or arrive in Excel's encoding", () => {
  it("imports a Windows-1252 CSV return as what was written, with a warning", async () => {
    const dir = copyFixture();
    const file = await returnsOf(dir);
    const rows = parse(readFileSync(join(dir, file)), { relax_column_count: true }) as string[][];
    (rows[8] as string[]).splice(
      7,
      7,
      "on-track",
      "30",
      "2014-12-20",
      "Budget of £12,500 agreed – café open",
      "",
      "",
      "",
    );
    // Written as Excel on Windows writes it: £ as 0xA3, – as 0x96, é as 0xE9.
    const text = stringify(rows);
    const bytes = Buffer.from([...text].map((c) => (c === "–" ? 0x96 : c.charCodeAt(0))));
    writeFileSync(join(dir, file), bytes);
    const said = await cli(["import", file, "--content", "."], dir);
    expect(said.text).toContain(
      `${file}:1:1: warning: the file is not UTF-8: it was read as Windows-1252, the encoding Excel on Windows saves CSV in`,
    );
    expect(said.code).toBe(0);
    expect(readFileSync(join(dir, MINI, "plan.yaml"), "utf8")).toContain("Budget of £12,500 agreed – café open");
  });

  it("shows an escape sequence in a return or a content value escaped, never raw", async () => {
    const dir = copyFixture();
    const file = await returnsOf(dir);
    const rows = parse(readFileSync(join(dir, file)), { relax_column_count: true }) as string[][];
    (rows[8] as string[]).splice(7, 7, `on-track${ESCAPE}`, "", "", "A note.", "", "", "");
    writeFileSync(join(dir, file), stringify(rows));
    const said = await cli(["import", file, "--content", "."], dir);
    expect(said.text).toContain('status "on-track\\x1b[2J\\x1b[H" is not one of the statuses');
    expect(said.text).not.toContain("\u001b");

    const content = fixtureWithMistake(
      "mini",
      `${MINI}/plan.yaml`,
      "themes: [treatment]",
      'themes: ["treat\\e[2Jment"]',
    );
    const validated = await cli(["validate", "."], content);
    expect(validated.text).toContain('theme "treat\\x1b[2Jment" does not exist');
    expect(validated.text).not.toContain("\u001b");
  });
});

describe("10. figures no strategy could report", () => {
  const measure = (unit: string, value: string) => `measures:
  - id: m01-carers
    title: Carers supported
    unit: ${unit}
    direction: up
    baseline: { date: 2015-03-31, value: ${value} }
`;

  it("refuses .inf, .nan and ±1.7e308 where they are written, with that one message there", () => {
    for (const [value, message] of [
      [".inf", "infinity (.inf) is not a figure"],
      ["-.inf", "infinity (.inf) is not a figure"],
      [".nan", "not a number (.nan) is not a figure"],
      ["1.7e308", "1.7e+308 is too large to be a real figure (at most 1e+12 either side of zero)"],
      ["-1.7e308", "-1.7e+308 is too large to be a real figure (at most 1e+12 either side of zero)"],
    ]) {
      const dir = copyFixture();
      writeFileSync(join(dir, MINI, "measures.yaml"), measure("people", value as string));
      // Nothing else at the place: not the schema's "must be a number; found null", nor "-1.7e+308 people is below zero".
      expect(headlines(dir).filter((h) => h.includes("measures.yaml:6:42:"))).toEqual([
        `${MINI}/measures.yaml:6:42: error: ${message}`,
      ]);
    }
  });

  it("refuses a negative count, and keeps a negative figure whose unit can be below zero", () => {
    const count = copyFixture();
    writeFileSync(join(count, MINI, "measures.yaml"), measure("people", "-12"));
    expect(headlines(count)).toContain(
      `${MINI}/measures.yaml:6:42: error: -12 people is below zero, but a count of people cannot be`,
    );
    const change = copyFixture();
    writeFileSync(join(change, MINI, "measures.yaml"), measure("net change in people", "-12"));
    expect(headlines(change).filter((h) => h.includes("below zero"))).toEqual([]);
  });

  it("refuses a measure's value dated after today, and keeps a target there", () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, MINI, "measures.yaml"),
      `${measure("people", "12")}    target: { date: 2999-03-31, value: 40 }\n    values:\n      - { date: 2999-01-01, value: 20 }\n`,
    );
    const found = validateContent(loadContent(dir, dir), { day: "2020-06-30" })
      .diagnostics.map(headline)
      .filter((h) => h.includes("after"));
    expect(found).toEqual([
      `${MINI}/measures.yaml:9:17: error: the value is dated 2999-01-01, after the as-at day (2020-06-30): a value cannot be recorded for a day that has not come`,
    ]);
  });
});
