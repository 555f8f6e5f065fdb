import { describe, expect, it } from "vitest";
import { copyFixture, diagnosticsOf, fixtureWithMistake, headline, headlines } from "../helpers/content.ts";

const FILE = "measured-strategy/measures.yaml";

/** The measures fixture with one mistake made in its measures.yaml. */
const withMistake = (from: string, to: string) => fixtureWithMistake("measures", FILE, from, to);

/** One mistake per case in measures.yaml, each with the place and words a strategy lead would read. */
describe("validation of outcome measures", () => {
  it("passes the measures fixture with no diagnostics", () => {
    expect(headlines(copyFixture("measures"))).toEqual([]);
  });

  it("names an unknown theme and suggests the one meant", () => {
    const dir = withMistake("    theme: treatment\n    unit: people", "    theme: treatmnet\n    unit: people");
    expect(headlines(dir)).toEqual([`${FILE}:20:12: error: theme "treatmnet" does not exist`]);
  });

  it("gives the hint: the theme meant, or the known themes and how to make a measure the whole strategy's", () => {
    expect(
      diagnosticsOf(withMistake('    theme: treatment\n    unit: "%"', '    theme: treatmnet\n    unit: "%"'))[0]?.hint,
    ).toBe('did you mean "treatment"?');
    expect(
      diagnosticsOf(withMistake('    theme: treatment\n    unit: "%"', '    theme: housing\n    unit: "%"'))[0]?.hint,
    ).toBe("Known themes: inclusion, treatment; or leave `theme` out for a measure of the whole strategy.");
  });

  it("refuses a target dated before its baseline", () => {
    const dir = withMistake("target: { date: 2016-03-31, value: 100 }", "target: { date: 2013-03-31, value: 100 }");
    expect(headlines(dir)).toEqual([
      `${FILE}:25:21: error: the target date 2013-03-31 is before the baseline date 2014-03-31`,
    ]);
  });

  it("warns of a target the worse way from the baseline", () => {
    const dir = withMistake("target: { date: 2019-03-31, value: 12 }", "target: { date: 2019-03-31, value: 5 }");
    expect(headlines(dir)).toEqual([
      `${FILE}:9:40: warning: the target 5 is below the baseline 6.5, but higher is better for this measure`,
    ]);
  });

  it("refuses a value dated before the baseline, and one dated twice, and warns of values out of order", () => {
    const dir = withMistake(
      "      - { date: 2014-09-30, value: 300 }\n      - { date: 2014-12-31, value: 290 }",
      "      - { date: 2014-12-31, value: 300 }\n      - { date: 2013-12-31, value: 290 }\n      - { date: 2014-12-31, value: 280 }",
    );
    expect(headlines(dir)).toEqual([
      `${FILE}:28:17: error: the value is dated 2013-12-31, before the baseline date 2014-03-31`,
      `${FILE}:28:17: warning: values are out of order: 2013-12-31 comes after 2014-12-31`,
      `${FILE}:29:17: error: a value is already recorded for 2014-12-31 (value 1 of this measure)`,
    ]);
  });

  it("refuses a percentage outside 0 to 100", () => {
    const dir = withMistake("      - { date: 2014-09-30, value: 7.2 }", "      - { date: 2014-09-30, value: 720 }");
    expect(headlines(dir)).toEqual([
      `${FILE}:14:36: error: 720 is not a percentage from 0 to 100, but the measure's unit is "%"`,
    ]);
  });

  it("refuses a measure id used twice, naming where it was first used", () => {
    const dir = withMistake("  - id: m03-attitudes", "  - id: m01-employment");
    expect(headlines(dir)).toEqual([
      `${FILE}:29:9: error: id "m01-employment" is already used by the measure at ${FILE}:3:9`,
    ]);
  });

  it("names a missing field and an unknown direction by their titles", () => {
    const dir = withMistake("    direction: down\n", "    direction: lower\n");
    expect(headlines(dir)).toEqual([`${FILE}:22:16: error: Better direction must be one of up, down; found "lower"`]);
    const missing = withMistake("    unit: people\n", "");
    expect(headlines(missing)).toEqual([`${FILE}:18:5: error: Measure "m02-waiting" is missing Unit (\`unit\`)`]);
  });
});

const PLAN = "bracknell-council-plan/measures.yaml";
/** The council plan fixture with one mistake made in its measures.yaml. */
const planWithMistake = (from: string, to: string) => fixtureWithMistake("council-plan", PLAN, from, to);

/** Targets by period, tolerances and where a measure belongs: one mistake per case. */
describe("validation of measures with targets for each period", () => {
  it("passes the council plan fixture with no diagnostics", () => {
    expect(headlines(copyFixture("council-plan"))).toEqual([]);
  });

  it("names an unknown objective, action or lead organisation, suggesting the one meant", () => {
    expect(headlines(planWithMistake("objective: kr-care-leavers", "objective: kr-care-leaver"))).toEqual([
      `${PLAN}:34:16: error: objective "kr-care-leaver" does not exist`,
    ]);
    expect(diagnosticsOf(planWithMistake("objective: kr-care-leavers", "objective: kr-care-leaver"))[0]?.hint).toBe(
      'did you mean "kr-care-leavers"?',
    );
    expect(headlines(planWithMistake("action: youth-strategy", "action: youth-strategi"))).toEqual([
      `${PLAN}:62:13: error: action "youth-strategi" does not exist`,
    ]);
    expect(headlines(planWithMistake("lead: place", "lead: places"))).toEqual([
      `${PLAN}:105:11: error: organisation "places" does not exist`,
    ]);
  });

  it("refuses a measure that names two places", () => {
    expect(
      headlines(
        planWithMistake("    action: youth-strategy\n", "    action: youth-strategy\n    theme: engaged-healthy\n"),
      ),
    ).toEqual([`${PLAN}:62:13: error: a measure belongs to one place, but this one names \`theme\` and \`action\``]);
  });

  it("refuses a measure with no target at all, and a period given two targets", () => {
    expect(
      headlines(
        planWithMistake(
          "    targets:\n      - { period: 2024/25, value: 265 }\n      - { period: 2025/26, value: 270 }\n      - { period: 2026/27, value: 280 }\n",
          "",
        ),
      ),
    ).toEqual([`${PLAN}:141:9: error: measure "involve-volunteers" has no target`]);
    expect(
      headlines(planWithMistake("      - { period: 2025/26, value: 270 }", "      - { period: 2024/25, value: 270 }")),
    ).toEqual([`${PLAN}:153:19: error: a target is already set for 2024/25 (target 1 of this measure)`]);
  });

  it("refuses a green tolerance wider than the amber, and a tolerance that is no amount", () => {
    expect(
      headlines(
        planWithMistake('tolerance: { green: "5%", amber: "10%" }', 'tolerance: { green: "15%", amber: "10%" }'),
      ),
    ).toEqual([`${PLAN}:8:21: error: the green tolerance 15% is wider than the amber tolerance 10%`]);
    const notAmount = diagnosticsOf(planWithMistake('amber: "10%"', 'amber: "ten"'));
    expect(notAmount.map(headline)).toEqual([`${PLAN}:8:34: error: the amber tolerance "ten" is not an amount`]);
    expect(notAmount[0]?.hint).toBe(
      'Give a number in the measure\'s unit (2 for 2 percentage points, 5 for 5 people), or a percentage of the target with a % sign, e.g. "5%".',
    );
  });

  it("refuses a percentage target outside 0 to 100", () => {
    expect(
      headlines(planWithMistake("      - { period: 2025/26, value: 76 }", "      - { period: 2025/26, value: 760 }")),
    ).toEqual([`${PLAN}:23:35: error: 760 is not a percentage from 0 to 100, but the measure's unit is "%"`]);
  });
});
