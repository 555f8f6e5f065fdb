import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DERBY_AS_AT } from "../helpers/clock.ts";
import { build, DERBY, derbySite, elements, readPage, REPO, textOf } from "./build.ts";

/**
 * `build --as-at` moves the published record with the day, though nothing new is recorded: Derby as
 * at 31 August 2015 (the run's one Derby build) beside Derby as at 31 March 2016, seven months on with
 * no update in between, and as at 4 December 2026, long after its period ended. Its reports stay as
 * they were, each as at its own period's end.
 */
const LATER = "2016-03-31";
/** Long after Derby's period (2014 to 2019) ended: the day the issue saw "As at 31 August 2015" on a live plan. */
const AFTER_END = "2026-12-04";
let then = "";
let later = "";
let ended = "";

/** The text of a page's main part, as one line. */
function mainText(site: string, file: string): string {
  return textOf(elements(readPage(site, join(DERBY, file)), (el) => el.name === "main"));
}

/** The action numbers a dashboard view lists, in order ("1.", "5." …), from its links to action pages. */
function listed(site: string, file: string): string[] {
  const links = elements(
    readPage(site, join(DERBY, file)),
    (el) => el.name === "a" && /\/actions\/a\d\d-/.test(el.attribs["href"] ?? ""),
  );
  return links.map((a) => textOf(a).split(" ")[0] ?? "");
}

beforeAll(async () => {
  then = await derbySite();
  const built = await build(join(REPO, "content"), undefined, LATER);
  if (built.code !== 0) throw new Error(built.messages.join("\n"));
  later = built.outDir;
  const afterEnd = await build(join(REPO, "content"), undefined, AFTER_END);
  if (afterEnd.code !== 0) throw new Error(afterEnd.messages.join("\n"));
  ended = afterEnd.outDir;
}, 180_000);

describe("build --as-at moves overdue and no recent update", () => {
  it("the overdue view lists the actions whose dates in force have passed by the day", () => {
    expect(DERBY_AS_AT).toBe("2015-08-31");
    expect(mainText(then, "dashboard/attention/overdue/index.html")).toContain(
      "Overdue 2 of 16 actions, as at 31 August 2015.",
    );
    expect(listed(then, "dashboard/attention/overdue/index.html")).toEqual(["1.", "5."]);
    expect(mainText(later, "dashboard/attention/overdue/index.html")).toContain(
      "Overdue 4 of 16 actions, as at 31 March 2016.",
    );
    // Action 6 (due 30 September 2015) and action 12 (due 31 December 2015) fall due in between.
    expect(listed(later, "dashboard/attention/overdue/index.html")).toEqual(["1.", "5.", "6.", "12."]);
  });

  it("the no recent update view grows as the updates age", () => {
    expect(mainText(then, "dashboard/attention/no-recent-update/index.html")).toContain(
      "No recent update 2 of 16 actions, as at 31 August 2015.",
    );
    expect(mainText(later, "dashboard/attention/no-recent-update/index.html")).toContain(
      "No recent update 13 of 16 actions, as at 31 March 2016.",
    );
  });

  it("the home page gives the day and the counts as at it", () => {
    const home = mainText(later, "index.html");
    expect(home).toContain("As at 31 March 2016.");
    expect(home).toMatch(/4 overdue 13 no recent update/);
    expect(mainText(then, "index.html")).toMatch(/As at 31 August 2015\..*2 overdue 2 no recent update/);
  });

  it("each report's page and paper stay as at the end of its period", () => {
    for (const file of [
      "reports/2015-03.pdf",
      "reports/2015-09.pdf",
      "reports/2015-03/index.html",
      "reports/2015-09/index.html",
    ]) {
      expect(readFileSync(join(later, DERBY, file)).equals(readFileSync(join(then, DERBY, file))), file).toBe(true);
    }
  });

  it("a strategy whose period has ended says so, and shows its record as at its last day", () => {
    const home = mainText(ended, "index.html");
    expect(home).toContain(
      "This strategy's period (2014 to 2019) ended on 31 December 2019. Its record is shown as it stood on that day.",
    );
    expect(home).toContain("As at 31 December 2019, the end of the strategy's period (2014 to 2019).");
    expect(home).not.toContain("As at 4 December 2026");
    expect(mainText(ended, "dashboard/attention/overdue/index.html")).toContain(
      "Overdue 13 of 16 actions, as at 31 December 2019.",
    );
    // Nor does a running strategy say it has ended.
    expect(mainText(later, "index.html")).not.toContain("ended on");
  });
});
