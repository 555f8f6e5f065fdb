import { describe, expect, it } from "vitest";
import { copyFixture, diagnosticsOf, edit, headlines, withMistake } from "../helpers/content.ts";

/**
 * One mistake per case, made in the small valid fixture. Each asserts the exact place a strategy
 * lead would be sent to (file:line:column) and the words they would read.
 */
describe("validation of a content mistake", () => {
  it("passes the untouched fixture with no diagnostics", () => {
    expect(diagnosticsOf(copyFixture())).toEqual([]);
  });

  const cases: { name: string; file: string; from: string; to: string; expected: string[] }[] = [
    {
      name: "a YAML syntax error",
      file: "strategy.yaml",
      from: "title: A minimal strategy",
      to: "title: A minimal: strategy",
      expected: [
        "minimal-strategy/strategy.yaml:3:8: error: YAML syntax: Nested mappings are not allowed in compact mappings",
      ],
    },
    {
      name: "a duplicate key",
      file: "strategy.yaml",
      from: "status: published",
      to: "status: published\ntitle: Again",
      expected: ['minimal-strategy/strategy.yaml:11:1: error: duplicate key "title": it is already set on line 3'],
    },
    {
      name: "a misspelt field (and so a missing one)",
      file: "plan.yaml",
      from: "    lead: Testshire Council",
      to: "    laed: Testshire Council",
      // `lead` is optional (an action may name `leads` instead, or none), so only the misspelling is reported.
      expected: ['minimal-strategy/plan.yaml:37:5: error: `laed` is not a field of Action "a02-stigma"'],
    },
    {
      name: "text where a number belongs",
      file: "plan.yaml",
      from: "        percent: 20",
      to: "        percent: fifty",
      expected: [
        'minimal-strategy/plan.yaml:28:18: error: Percent complete must be a whole number; found text "fifty"',
      ],
    },
    {
      name: "a date that does not exist",
      file: "plan.yaml",
      from: "    due: 2016-03-31",
      to: "    due: 2015-02-30",
      expected: ['minimal-strategy/plan.yaml:22:10: error: Due "2015-02-30" is not a real date'],
    },
    {
      name: "a value outside its list",
      file: "plan.yaml",
      from: "    horizon: short",
      to: "    horizon: shortish",
      expected: [
        'minimal-strategy/plan.yaml:36:14: error: Horizon must be one of short, medium, long; found "shortish"',
      ],
    },
    {
      name: "a commissioning intention without its kind of commissioning",
      file: "plan.yaml",
      from: "    kind: commissioning-intention\n    commissioning: commission",
      to: "    kind: commissioning-intention",
      expected: [
        'minimal-strategy/plan.yaml:13:5: error: Action "a01-community" is missing Commissioning (`commissioning`)',
      ],
    },
    {
      name: "a report without a required field",
      file: "reports.yaml",
      from: "    purpose: assurance\n",
      to: "",
      expected: ['minimal-strategy/reports.yaml:3:5: error: Board report "r1" is missing Purpose (`purpose`)'],
    },
    {
      name: "an unknown theme",
      file: "plan.yaml",
      from: "    themes: [treatment]",
      to: "    themes: [treatmnet]",
      expected: [
        'minimal-strategy/plan.yaml:17:14: error: theme "treatmnet" does not exist',
        'minimal-strategy/themes/02-treatment.yaml:2:5: warning: no action serves the theme "treatment"',
      ],
    },
    {
      name: "an unknown driver",
      file: "plan.yaml",
      from: "    drivers: [parity-of-esteem]",
      to: "    drivers: [parity-of-estem]",
      expected: ['minimal-strategy/plan.yaml:35:15: error: driver "parity-of-estem" does not exist'],
    },
    {
      name: "a desired-model statement where current-model ones belong",
      file: "plan.yaml",
      from: "    from: [now-hospital]",
      to: "    from: [by2019-community]",
      expected: [
        'minimal-strategy/plan.yaml:23:12: error: "by2019-community" is a desired-model statement, but `from` lists current-model statements',
      ],
    },
    {
      name: "an unknown report",
      file: "plan.yaml",
      from: "        report: r1",
      to: "        report: r2",
      expected: ['minimal-strategy/plan.yaml:30:17: error: report "r2" does not exist'],
    },
    {
      name: "an unknown action",
      file: "plan.yaml",
      from: "    due: 2015-03-31",
      to: "    due: 2015-03-31\n    depends_on: [a01-comunity]",
      expected: ['minimal-strategy/plan.yaml:40:18: error: action "a01-comunity" does not exist'],
    },
    {
      name: "an id used twice across the strategy",
      file: "plan.yaml",
      from: "  - id: a02-stigma",
      to: "  - id: inclusion",
      expected: [
        'minimal-strategy/plan.yaml:31:9: error: id "inclusion" is already used by the theme at minimal-strategy/themes/01-inclusion.yaml:2:5',
      ],
    },
    {
      name: "a due date before the start date",
      file: "plan.yaml",
      from: "    due: 2015-03-31",
      to: "    due: 2014-03-31",
      expected: [
        "minimal-strategy/plan.yaml:39:10: error: the due date 2014-03-31 is before the start date 2014-04-01",
      ],
    },
    {
      name: "an update dated after the report it is counted in",
      file: "plan.yaml",
      from: "      - date: 2014-12-01",
      to: "      - date: 2015-01-05",
      expected: [
        "minimal-strategy/plan.yaml:26:15: error: the update is dated 2015-01-05, after the end of report r1's period (2014-12-31) it is counted in",
      ],
    },
    {
      name: "a strategy id that does not match its folder",
      file: "strategy.yaml",
      from: "id: minimal-strategy",
      to: "id: other-strategy",
      expected: [
        'minimal-strategy/strategy.yaml:2:5: error: the strategy id "other-strategy" does not match its folder "minimal-strategy"',
      ],
    },
    {
      name: "a desired-model statement no action moves towards",
      file: "plan.yaml",
      from: "    towards: [by2019-community]",
      to: "    towards: []",
      expected: [
        'minimal-strategy/plan.yaml:10:11: warning: no action moves towards the desired-model statement "by2019-community"',
      ],
    },
    {
      name: "an action with no theme (and so a theme with no action)",
      file: "plan.yaml",
      from: "    themes: [inclusion]",
      to: "    themes: []",
      expected: [
        'minimal-strategy/plan.yaml:34:13: warning: action "a02-stigma" has no theme',
        'minimal-strategy/themes/01-inclusion.yaml:2:5: warning: no action serves the theme "inclusion"',
      ],
    },
    {
      name: "an action with no driver",
      file: "plan.yaml",
      from: "    drivers: [parity-of-esteem]",
      to: "    drivers: []",
      expected: ['minimal-strategy/plan.yaml:35:14: warning: action "a02-stigma" has no driver'],
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      expect(headlines(withMistake(c.file, c.from, c.to))).toEqual(c.expected);
    });
  }
});

describe("a diagnostic's hint and source line", () => {
  it("suggests the id that was probably meant", () => {
    const [d] = diagnosticsOf(withMistake("plan.yaml", "    themes: [treatment]", "    themes: [treatmnet]"));
    expect(d?.hint).toBe('did you mean "treatment"?');
    expect(d?.source).toBe("    themes: [treatmnet]");
  });

  it("suggests the field that was probably meant", () => {
    const found = diagnosticsOf(withMistake("plan.yaml", "    lead: Testshire Council", "    laed: Testshire Council"));
    expect(found.find((d) => d.message.includes("`laed`"))?.hint).toBe('did you mean "lead"?');
  });

  it("suggests the allowed value that was probably meant", () => {
    const [d] = diagnosticsOf(withMistake("strategy.yaml", "status: published", "status: publish"));
    expect(d?.message).toBe('Strategy status must be one of draft, consultation, published; found "publish"');
    expect(d?.hint).toBe('did you mean "published"?');
  });

  it("reports every problem in every file in one run", () => {
    const dir = withMistake("plan.yaml", "    horizon: short", "    horizon: soon");
    edit(dir, "minimal-strategy/strategy.yaml", "status: published", "status: live");
    edit(dir, "minimal-strategy/reports.yaml", "meeting: 2015-01-20", "meeting: 2015-01-32");
    expect(headlines(dir).map((h) => h.split(": error")[0])).toEqual([
      "minimal-strategy/plan.yaml:36:14",
      "minimal-strategy/reports.yaml:6:14",
      "minimal-strategy/strategy.yaml:10:9",
    ]);
  });
});
