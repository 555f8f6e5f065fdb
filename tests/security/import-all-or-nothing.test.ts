import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, MINI } from "../helpers/content.ts";

// Issue 22, item 6: killed after the first of two plan files was renamed into place, an import left part of
// its rows in and a .tmp file in the content folder. Now the set is journalled: the next run finishes it.

/** The mini fixture with its second action moved to plan/01-more.yaml: a plan split over two files. */
function splitPlan(): string {
  const dir = copyFixture();
  const plan = join(dir, MINI, "plan.yaml");
  const [head = "", second = ""] = readFileSync(plan, "utf8").split("  - id: a02-stigma\n");
  writeFileSync(plan, head);
  const more = join(dir, MINI, "plan");
  mkdirSync(more);
  writeFileSync(join(more, "01-more.yaml"), `actions:\n  - id: a02-stigma\n${second}`);
  return dir;
}

/** Fills row 9 of a CSV return: status, percent, date, note. */
function fill(path: string, note: string): void {
  const rows = parse(readFileSync(path), { relax_column_count: true }) as string[][];
  (rows[8] as string[]).splice(7, 7, "on-track", "50", "2014-12-20", note, "", "", "");
  writeFileSync(path, stringify(rows));
}

describe("an import killed between its plan files", () => {
  it("is finished by the next run: both files get their update, and nothing is left beside them", async () => {
    const dir = splitPlan();
    expect((await cli(["returns", MINI, "--report", "r1", "--out", "returns", "--content", "."], dir)).code).toBe(0);
    const returns = readdirSync(join(dir, "returns"))
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join("returns", f));
    expect(returns).toHaveLength(2);
    returns.forEach((file, i) => fill(join(dir, file), `Imported row ${i + 1}.`));

    const killed = spawnSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "killed-import.ts"), dir, ...returns, "--content", "."],
      { encoding: "utf8" },
    );
    expect(killed.signal).toBe("SIGKILL");
    const planText = () =>
      readFileSync(join(dir, MINI, "plan.yaml"), "utf8") +
      readFileSync(join(dir, MINI, "plan", "01-more.yaml"), "utf8");
    // Half done, as the kill left it: one file has its row, the other not yet.
    expect((planText().match(/Imported row/g) ?? []).length).toBe(1);

    const next = await cli(["validate", "."], dir);
    expect(next.code).toBe(0);
    expect(planText()).toContain("Imported row 1.");
    expect(planText()).toContain("Imported row 2.");
    const left = () =>
      [...readdirSync(dir), ...readdirSync(join(dir, MINI)), ...readdirSync(join(dir, MINI, "plan"))].filter(
        (n) => n.startsWith(".") || n.endsWith(".tmp") || n.endsWith(".lock"),
      );
    // Only the lock the killed process held, which the next command that writes takes over.
    expect(left()).toEqual(["plan.yaml.lock"]);
    // Importing again adds nothing: the set was whole.
    const again = await cli(["import", ...returns, "--content", "."], dir);
    expect(again.text).toContain("✓ nothing to add: all 2 filled-in rows were imported before");
    expect(left()).toEqual([]);
  });
});
