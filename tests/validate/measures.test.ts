import { describe, expect, it } from "vitest";
import { copyFixture, diagnosticsOf, fixtureWithMistake, headlines } from "../helpers/content.ts";

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
    expect(diagnosticsOf(withMistake("    theme: treatment\n    unit: \"%\"", "    theme: treatmnet\n    unit: \"%\""))[0]?.hint).toBe('did you mean "treatment"?');
    expect(diagnosticsOf(withMistake("    theme: treatment\n    unit: \"%\"", "    theme: housing\n    unit: \"%\""))[0]?.hint).toBe(
      "Known themes: inclusion, treatment; or leave `theme` out for a measure of the whole strategy.",
    );
  });

  it("refuses a target dated before its baseline", () => {
    const dir = withMistake("target: { date: 2016-03-31, value: 100 }", "target: { date: 2013-03-31, value: 100 }");
    expect(headlines(dir)).toEqual([`${FILE}:25:21: error: the target date 2013-03-31 is before the baseline date 2014-03-31`]);
  });

  it("warns of a target the worse way from the baseline", () => {
    const dir = withMistake("target: { date: 2019-03-31, value: 12 }", "target: { date: 2019-03-31, value: 5 }");
    expect(headlines(dir)).toEqual([`${FILE}:9:40: warning: the target 5 is below the baseline 6.5, but higher is better for this measure`]);
  });

  it("refuses a value dated before the baseline, and one dated twice, and warns of values out of order", () => {
    const dir = withMistake("      - { date: 2014-09-30, value: 300 }\n      - { date: 2014-12-31, value: 290 }", "      - { date: 2014-12-31, value: 300 }\n      - { date: 2013-12-31, value: 290 }\n      - { date: 2014-12-31, value: 280 }");
    expect(headlines(dir)).toEqual([
      `${FILE}:28:17: error: the value is dated 2013-12-31, before the baseline date 2014-03-31`,
      `${FILE}:28:17: warning: values are out of order: 2013-12-31 comes after 2014-12-31`,
      `${FILE}:29:17: error: a value is already recorded for 2014-12-31 (value 1 of this measure)`,
    ]);
  });

  it("refuses a percentage outside 0 to 100", () => {
    const dir = withMistake("      - { date: 2014-09-30, value: 7.2 }", "      - { date: 2014-09-30, value: 720 }");
    expect(headlines(dir)).toEqual([`${FILE}:14:36: error: 720 is not a percentage from 0 to 100, but the measure's unit is "%"`]);
  });

  it("refuses a measure id used twice, naming where it was first used", () => {
    const dir = withMistake("  - id: m03-attitudes", "  - id: m01-employment");
    expect(headlines(dir)).toEqual([`${FILE}:29:9: error: id "m01-employment" is already used by the measure at ${FILE}:3:9`]);
  });

  it("names a missing field and an unknown direction by their titles", () => {
    const dir = withMistake("    direction: down\n", "    direction: lower\n");
    expect(headlines(dir)).toEqual([`${FILE}:22:16: error: Better direction must be one of up, down; found "lower"`]);
    const missing = withMistake("    unit: people\n", "");
    expect(headlines(missing)).toEqual([`${FILE}:18:5: error: Measure "m02-waiting" is missing Unit (\`unit\`)`]);
  });
});
