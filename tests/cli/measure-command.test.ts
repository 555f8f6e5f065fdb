import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, diagnosticsOf, edit } from "../helpers/content.ts";

const CARERS = "carers-strategy";
const FILE = `${CARERS}/measures.yaml`;
const measuresOf = (dir: string) => readFileSync(join(dir, FILE), "utf8");
const record = (dir: string, ...args: string[]) => cli(["measure", CARERS, ...args, "--content", dir], dir);

describe("strategy-press measure", () => {
  it("adds a value after the last one, in its one-line style, leaving every other line as it was", async () => {
    const dir = copyFixture("carers");
    const before = measuresOf(dir);
    const said = await record(dir, "m02-assessments-waiting", "--value", "151", "--date", "2018-06-30");
    expect(said).toEqual({ code: 0, text: `✓ m02-assessments-waiting: 151 on 2018-06-30 — added to ${FILE}` });
    expect(measuresOf(dir)).toBe(
      before.replace(
        "      - { date: 2018-03-31, value: 158 }\n",
        "      - { date: 2018-03-31, value: 158 }\n      - { date: 2018-06-30, value: 151 }\n",
      ),
    );
    expect(diagnosticsOf(dir)).toEqual([]);
  });

  it("writes a block of lines after a value written as one, with its note quoted where it must be", async () => {
    const dir = copyFixture("carers");
    const before = measuresOf(dir);
    expect(
      (
        await record(
          dir,
          "m01-carers-supported",
          "--value",
          "41.5",
          "--date",
          "2019-03-31",
          "--note",
          "Survey year 2018/19: fewer replies",
        )
      ).code,
    ).toBe(0);
    const added = [
      "      - date: 2019-03-31",
      "        value: 41.5",
      '        note: "Survey year 2018/19: fewer replies"',
    ].join("\n");
    expect(measuresOf(dir)).toBe(
      before.replace("        note: Survey year 2017/18.\n", `        note: Survey year 2017/18.\n${added}\n`),
    );
    expect(diagnosticsOf(dir)).toEqual([]);
  });

  it("starts the list for a measure with no values yet", async () => {
    const dir = copyFixture("carers");
    edit(
      dir,
      FILE,
      "    values:\n      - date: 2018-03-31\n        value: 38.2\n        note: Survey year 2017/18.\n",
      "",
    );
    expect((await record(dir, "m01-carers-supported", "--value", "38.2", "--date", "2018-03-31")).code).toBe(0);
    expect(measuresOf(dir)).toContain(
      "      url: https://digital.nhs.uk/data-and-information/publications/statistical/personal-social-services-survey-of-adult-carers\n    values:\n      - date: 2018-03-31\n        value: 38.2\n  - id: m02-assessments-waiting\n",
    );
    expect(diagnosticsOf(dir)).toEqual([]);
  });

  it("refuses a value that would not validate, says why at its line, and leaves the file alone", async () => {
    const dir = copyFixture("carers");
    const before = measuresOf(dir);
    const said = await record(dir, "m02-assessments-waiting", "--value", "149", "--date", "2018-03-31");
    expect(said.code).toBe(1);
    expect(said.text).toMatch(
      /measures\.yaml:\d+:\d+: error: a value is already recorded for 2018-03-31 \(value 4 of this measure\)/,
    );
    expect(said.text).toContain("✗ The value was not recorded: 1 error");
    expect(measuresOf(dir)).toBe(before);
  });

  it("names a mistyped measure's nearest id, and asks for a number", async () => {
    const dir = copyFixture("carers");
    const unknown = await record(dir, "m02-assesments-waiting", "--value", "151");
    expect(unknown.code).toBe(2);
    expect(unknown.text).toContain(
      `strategy-press: there is no measure "m02-assesments-waiting" in ${FILE} — did you mean "m02-assessments-waiting"?`,
    );
    const words = await record(dir, "m02-assessments-waiting", "--value", "about 150");
    expect(words.code).toBe(2);
    expect(words.text).toContain('strategy-press: --value must be a number, such as 151 or 38.5, not "about 150"');
    expect((await record(dir, "m02-assessments-waiting")).text).toContain("--value is required");
  });

  it("says so for a strategy without outcome measures", async () => {
    const dir = copyFixture();
    const said = await cli(["measure", "minimal-strategy", "m01", "--value", "3", "--content", dir], dir);
    expect(said.code).toBe(2);
    expect(said.text).toContain(
      'the strategy "minimal-strategy" has no outcome measures (no minimal-strategy/measures.yaml)',
    );
  });
});
