import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, MINI, readText } from "../helpers/content.ts";

describe("--as-at and updates from the future", () => {
  it("validate --as-at refuses an update dated after the day, at its file, line and column", async () => {
    const dir = copyFixture();
    const said = await cli(["validate", dir, "--as-at", "2014-11-30"], dir);
    expect(said.code).toBe(1);
    const line =
      readText(dir, `${MINI}/plan.yaml`)
        .split("\n")
        .findIndex((l) => l.includes("date: 2014-12-")) + 1;
    expect(said.text).toContain(`${MINI}/plan.yaml:${line}:15: error: the update is dated 2014-12-`);
    expect(said.text).toContain("after the as-at day (2014-11-30)");
    expect(said.text).toContain(
      "hint: Date an update on the day it reports on or earlier; an update cannot come from the future.",
    );
  });

  it("update --date after today is refused, and the plan is left as it was", async () => {
    const dir = copyFixture();
    const before = readText(dir, `${MINI}/plan.yaml`);
    // The tests' clock is SOURCE_DATE_EPOCH, 31 August 2015 (tests/helpers/clock.ts).
    const said = await cli(
      [
        "update",
        MINI,
        "a02-stigma",
        "--content",
        dir,
        "--status",
        "on-track",
        "--note",
        "Planned",
        "--date",
        "2019-11-11",
        "--report",
        "r1",
      ],
      dir,
    );
    expect(said.code).toBe(1);
    expect(said.text).toMatch(
      new RegExp(`${MINI}/plan\\.yaml:\\d+:15: error: the update is dated 2019-11-11, after today \\(2015-08-31\\)`),
    );
    expect(readText(dir, `${MINI}/plan.yaml`)).toBe(before);
  });

  it("misuse of --as-at is said as misuse", async () => {
    const dir = copyFixture();
    const said = await cli(["build", dir, "--out", `${dir}/_site`, "--as-at", "31/08/2015"], dir);
    expect(said.code).toBe(2);
    expect(said.text).toContain('--as-at must be a day written YYYY-MM-DD, such as 2015-08-31, not "31/08/2015"');
  });
});
