import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { giveContact } from "../helpers/content.ts";
import { CONTENT, scratch } from "../helpers/scratch.ts";

const STRATEGY = "derby-mental-health";
let dir: string;

/** What the one reminder written with --dry-run as at a day says about the deadline. */
async function reminderAsAt(day: string): Promise<string> {
  const out = `reminders-${day}`;
  const said = await cli(["remind", STRATEGY, "--dry-run", "--out", out, "--as-at", day], dir);
  expect(said.code, said.text).toBe(0);
  const [file] = readdirSync(join(dir, out)).filter((f) => f.startsWith(`${STRATEGY}-2016-03-derby-city-council`));
  const mail = await simpleParser(readFileSync(join(dir, out, file ?? "")));
  return (mail.text ?? "").split("\n").find((l) => l.includes("No progress has been returned")) ?? "";
}

describe("returns status and remind --as-at: the return deadline is judged on the day asked", () => {
  beforeAll(async () => {
    dir = scratch("sp-returns-as-at-");
    cpSync(CONTENT, join(dir, "content"), { recursive: true });
    giveContact(dir, STRATEGY, "Derby City Council", "Claire Hollis", "claire.hollis@derby.example");
    expect((await cli(["report", "new", STRATEGY, "--returns-due", "2016-03-04"], dir)).code).toBe(0);
  });

  it("returns status says the deadline has passed only from the day after it", async () => {
    const header = async (day: string) =>
      (await cli(["returns", "status", STRATEGY, "--as-at", day], dir)).text.split("\n")[0];
    expect(await header("2016-03-04")).toBe(
      "Returns for derby-mental-health report 2016-03 (2015-09-01 to 2016-02-29), due 4 March 2016:",
    );
    expect(await header("2016-03-05")).toBe(
      "Returns for derby-mental-health report 2016-03 (2015-09-01 to 2016-02-29), due 4 March 2016 (passed, as at 5 March 2016):",
    );
  });

  it("a reminder asks for a return due by the deadline, or says it was due once it has passed", async () => {
    expect(await reminderAsAt("2016-03-01")).toMatch(/It is due by 4 March 2016\.$/);
    expect(await reminderAsAt("2016-03-07")).toMatch(/It was due on 4 March 2016\.$/);
  });

  it("refuses a day that is not one", async () => {
    for (const command of [
      ["returns", "status", STRATEGY],
      ["remind", STRATEGY, "--dry-run"],
    ]) {
      const said = await cli([...command, "--as-at", "2016-02-30"], dir);
      expect({ code: said.code, first: said.text.split("\n")[0] }).toEqual({
        code: 2,
        first: 'strategy-press: --as-at must be a day written YYYY-MM-DD, such as 2015-08-31, not "2016-02-30"',
      });
    }
  });
});
