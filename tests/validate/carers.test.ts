import { describe, expect, it } from "vitest";
import { copyFixture, diagnosticsOf, fixtureWithMistake, headline, headlines } from "../helpers/content.ts";

const PLAN = "carers-strategy/plan.yaml";

/** A copy of the carers fixture with one mistake made in one file. */
const carersWith = (file: string, from: string, to: string) => fixtureWithMistake("carers", file, from, to);

/**
 * The carers fixture is a strategy of another shape: no drivers, no service models, no horizons or
 * start dates, due dates written as periods or "ongoing". It validates with nothing invented.
 */
describe("a strategy with only what every strategy has", () => {
  it("validates with no diagnostics at all", () => {
    expect(diagnosticsOf(copyFixture("carers"))).toEqual([]);
  });

  it("names an unknown lead organisation, with the one probably meant", () => {
    const found = diagnosticsOf(carersWith(PLAN, "organisation: carers-centre", "organisation: carer-centre"));
    expect(found.map(headline)).toEqual([
      'carers-strategy/plan.yaml:25:23: error: organisation "carer-centre" does not exist',
    ]);
    expect(found[0]?.hint).toBe('did you mean "carers-centre"?');
  });

  it("names an unknown objective, with the one probably meant", () => {
    const found = diagnosticsOf(
      carersWith(
        PLAN,
        "objective: identify-young\n    leads:\n      - person: Tom",
        "objective: identify-yung\n    leads:\n      - person: Tom",
      ),
    );
    expect(found.map(headline)).toEqual([
      'carers-strategy/plan.yaml:37:16: error: objective "identify-yung" does not exist',
    ]);
    expect(found[0]?.hint).toBe('did you mean "identify-young"?');
  });

  it("refuses a financial year whose years do not follow on", () => {
    const dir = carersWith(PLAN, "due: 2017/18", "due: 2017/19");
    expect(headlines(dir)).toEqual([
      'carers-strategy/plan.yaml:41:10: error: Due "2017/19" is not a real financial year',
    ]);
    expect(diagnosticsOf(dir)[0]?.hint).toBe(
      "A financial year is written with its second year's last two digits, e.g. 2017/18.",
    );
  });

  it("refuses a due date in none of the written forms, and says which forms there are", () => {
    const dir = carersWith(PLAN, "due: 2017-Q3", "due: Q3 2017");
    expect(headlines(dir)).toEqual([
      'carers-strategy/plan.yaml:65:10: error: Due "Q3 2017" is not in the expected form',
    ]);
    expect(diagnosticsOf(dir)[0]?.hint).toContain("a quarter (2017-Q3)");
  });

  it("warns about an action with neither a theme nor an objective", () => {
    expect(
      headlines(
        carersWith(
          PLAN,
          "    objective: support-breaks\n    leads:\n      - organisation",
          "    leads:\n      - organisation",
        ),
      ),
    ).toEqual(['carers-strategy/plan.yaml:72:5: warning: action "carers-assessments" has no theme']);
  });
});
