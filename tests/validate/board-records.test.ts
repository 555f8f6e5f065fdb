import { describe, expect, it } from "vitest";
import { copyFixture, diagnosticsOf, edit, headlines, MINI, writeBytes } from "../helpers/content.ts";

/** Mistakes in what a board report records (recommendations, decisions) and in the risk register. */
describe("validation of board records", () => {
  const RECS = "    recommendations:\n      - The Board is asked to note progress.\n";

  it("accepts recommendations with reasons, decisions that re-date an action, and a risk register", () => {
    const dir = copyFixture();
    edit(
      dir,
      `${MINI}/reports.yaml`,
      RECS,
      `${RECS}      - text: The Board is asked to approve a new date.
        reason: The lead needs more time.
        actions: [a01-community]
        risks: [k1-funding]
    decisions:
      - recommendation: 2
        decision: agreed-with-changes
        note: A shorter extension.
        revised_due:
          - action: a01-community
            due: 2015-06-30
`,
    );
    writeBytes(
      dir,
      `${MINI}/risks.yaml`,
      `risks:
  - id: k1-funding
    title: Funding ends
    owner: Council
    raised: 2014-11-01
    before_mitigation: { likelihood: 4, impact: 4 }
    after_mitigation: { likelihood: 2, impact: 4 }
    mitigation: Bid for funding.
    actions: [a01-community]
`,
    );
    expect(diagnosticsOf(dir)).toEqual([]);
  });

  it("names a recommendation's unknown action with a suggestion, and a decision on a recommendation the report does not have", () => {
    const dir = copyFixture();
    edit(
      dir,
      `${MINI}/reports.yaml`,
      RECS,
      `${RECS}      - text: Approve a date.
        actions: [a01-communty]
    decisions:
      - recommendation: 3
        decision: agreed
      - recommendation: 1
        decision: aggreed
`,
    );
    const lines = headlines(dir);
    expect(lines).toContain('minimal-strategy/reports.yaml:14:19: error: action "a01-communty" does not exist');
    expect(lines).toContain(
      "minimal-strategy/reports.yaml:16:25: error: recommendation 3 does not exist: this report has 2",
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          "minimal-strategy/reports.yaml:19:19: error: Decision must be one of agreed, agreed-with-changes, deferred, rejected",
        ),
      ),
    ).toBe(true);
    expect(diagnosticsOf(dir).find((d) => d.message.includes("a01-communty"))?.hint).toContain(
      'did you mean "a01-community"',
    );
  });

  it("rates a risk only from 1 to 5, and checks the actions it names", () => {
    const dir = copyFixture();
    writeBytes(
      dir,
      `${MINI}/risks.yaml`,
      `risks:
  - id: k1-funding
    title: Funding ends
    owner: Council
    raised: 2014-11-01
    before_mitigation: { likelihood: 6, impact: 4 }
    after_mitigation: { likelihood: 2, impact: 4 }
    mitigation: Bid for funding.
    actions: [a09-nothing]
`,
    );
    const lines = headlines(dir);
    expect(lines).toContain("minimal-strategy/risks.yaml:6:38: error: Likelihood must be at most 5; found 6");
    expect(lines).toContain('minimal-strategy/risks.yaml:9:15: error: action "a09-nothing" does not exist');
  });
});
