import { cpSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { cli } from "../helpers/cli.ts";
import { clockAt } from "../helpers/clock.ts";
import { readText } from "../helpers/content.ts";
import { CONTENT, scratch } from "../helpers/scratch.ts";

const STRATEGY = "derby-mental-health";
const REPORTS = join("content", STRATEGY, "reports.yaml");
let dir: string;

/** Action 1's due date in force on a day, as every page, paper and CSV takes it from the model. */
function dueOfAction1(day: string): { due: string; by: string | null } {
  const { model } = readModel(join(dir, "content"), dir, { clock: clockAt(day) });
  const action = model.strategies[0]?.actions.find((a) => a.id === "a01-generic-model");
  return {
    due: action?.dueAt.due ?? "",
    by: action?.dueAt.revision
      ? `${action.dueAt.revision.reportId} recommendation ${action.dueAt.revision.recommendation}`
      : null,
  };
}

describe("report decide --revised-due", () => {
  beforeAll(() => {
    dir = scratch("sp-decide-");
    cpSync(CONTENT, join(dir, "content"), { recursive: true });
  });

  it("records the due date the Board approved, the one the action's latest update proposed, and the model applies it from the meeting on", async () => {
    // September's recommendation 2 asks the Board to approve the 31 December 2015 that action 1's update of 12 August proposed.
    expect(dueOfAction1("2015-09-30")).toEqual({ due: "2015-06-30", by: "2015-03 recommendation 4" });
    const said = await cli(
      ["report", "decide", STRATEGY, "2015-09", "2", "--outcome", "approved", "--revised-due", "a01-generic-model"],
      dir,
    );
    expect(said.code, said.text).toBe(0);
    expect(said.text.split("\n")).toEqual([
      `✓ report 2015-09, recommendation 2: agreed — recorded in ${REPORTS}`,
      '  "The Board is asked to approve a revised due date of 31 December 2015 for the mental health version of the generic model."',
      "  a01-generic-model: due on 31 December 2015 from the meeting on 17 September 2015, as its update of 12 August 2015 proposed (until then due on 30 June 2015)",
    ]);
    expect(readText(dir, REPORTS)).toContain(
      [
        "    decisions:",
        "      - recommendation: 2",
        "        decision: agreed",
        "        revised_due:",
        "          - action: a01-generic-model",
        "            due: 2015-12-31",
        "",
      ].join("\n"),
    );
    expect(dueOfAction1("2015-09-16")).toEqual({ due: "2015-06-30", by: "2015-03 recommendation 4" });
    expect(dueOfAction1("2015-09-17")).toEqual({ due: "2015-12-31", by: "2015-09 recommendation 2" });
  });

  it("takes a date the Board set itself, for any action, and several at once", async () => {
    const said = await cli(
      [
        "report",
        "decide",
        STRATEGY,
        "2015-09",
        "4",
        "--outcome",
        "amended",
        "--note",
        "The Board moved both dates.",
        "--revised-due",
        "a09-cross-boundary-working=2016-06-30, a05-social-inclusion-review=2016-03-31",
      ],
      dir,
    );
    expect(said.code, said.text).toBe(0);
    expect(said.text.split("\n").slice(2)).toEqual([
      "  a09-cross-boundary-working: due on 30 June 2016 from the meeting on 17 September 2015 (until then due on 31 March 2016)",
      "  a05-social-inclusion-review: due on 31 March 2016 from the meeting on 17 September 2015 (until then due on 31 March 2015)",
    ]);
    expect(readText(dir, REPORTS)).toContain(
      [
        "      - recommendation: 4",
        "        decision: agreed-with-changes",
        "        note: The Board moved both dates.",
        "        revised_due:",
        "          - action: a09-cross-boundary-working",
        "            due: 2016-06-30",
        "          - action: a05-social-inclusion-review",
        "            due: 2016-03-31",
        "",
      ].join("\n"),
    );
  });

  it("refuses a date no decision can approve, an action the plan does not have, a bad day and a proposal that was never made, writing nothing", async () => {
    const before = readText(dir, REPORTS);
    const refused = async (args: string[]) => {
      const said = await cli(["report", "decide", STRATEGY, "2015-09", "3", ...args], dir);
      return { code: said.code, first: said.text.split("\n")[0] };
    };
    expect(await refused(["--outcome", "rejected", "--revised-due", "a10-best-practice=2016-01-31"])).toEqual({
      code: 2,
      first:
        "strategy-press: a decision that is rejected approves no due date: --revised-due goes with --outcome approved or amended",
    });
    expect(await refused(["--outcome", "approved", "--revised-due", "a10-best-practise=2016-01-31"])).toEqual({
      code: 2,
      first:
        'strategy-press: --revised-due names action "a10-best-practise", which the plan does not have — did you mean "a10-best-practice"?',
    });
    expect(await refused(["--outcome", "approved", "--revised-due", "a10-best-practice=31/01/2016"])).toEqual({
      code: 2,
      first:
        'strategy-press: the revised due date for a10-best-practice must be a day written YYYY-MM-DD, such as 2015-12-31, not "31/01/2016"',
    });
    expect(await refused(["--outcome", "approved", "--revised-due", "a10-best-practice"])).toEqual({
      code: 1,
      first:
        "strategy-press: a10-best-practice's latest update in report 2015-09's period proposes no revised due date: give the date the board approved, --revised-due a10-best-practice=YYYY-MM-DD",
    });
    expect(readText(dir, REPORTS)).toBe(before);
  });
});
