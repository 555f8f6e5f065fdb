import { cpSync, existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { SCHEMAS_DIR } from "../../src/site/paths.ts";
import { scratch } from "../helpers/scratch.ts";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { FIXTURES, headlines } from "../helpers/content.ts";

const quiet = (): Output & { text: string[] } => {
  const text: string[] = [];
  return { text, out: (t) => text.push(t), err: (t) => text.push(t) };
};

describe("strategy-press new", () => {
  it("starts a strategy that validates beside the others", async () => {
    const dir = scratch("sp-new-");
    cpSync(join(FIXTURES, "mini"), dir, { recursive: true });
    const io = quiet();
    expect(await run(["new", "carers-strategy", "--content", ".", "--title", "Carers’ strategy"], io, dir)).toBe(0);
    expect(io.text).toEqual(["✓ created carers-strategy/ — edit its files, then run: strategy-press validate ."]);
    expect(headlines(dir).filter((h) => h.includes(": error:"))).toEqual([]);
    expect(await run(["validate", "."], quiet(), dir)).toBe(0);
  });

  it("writes modelines that lead each file to its schema from wherever the content folder is", async () => {
    const dir = scratch("sp-new-");
    expect(await run(["new", "carers-strategy", "--content", "elsewhere/content"], quiet(), dir)).toBe(0);
    const files = [
      "site.yaml",
      "carers-strategy/strategy.yaml",
      "carers-strategy/plan.yaml",
      "carers-strategy/reports.yaml",
      "carers-strategy/themes/01-first-theme.yaml",
    ];
    for (const file of files) {
      const path = join(dir, "elsewhere", "content", file);
      const modeline = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(path, "utf8"))?.[1] ?? "";
      const kind = file.includes("themes/") ? "theme" : file.replace(/^.*\//, "").replace(".yaml", "");
      expect(resolve(dirname(path), modeline), file).toBe(join(SCHEMAS_DIR, `${kind}.schema.json`));
    }
  });

  it("scaffolds the minimal form: no drivers, service models, horizon or start to invent, and not a warning", async () => {
    const dir = scratch("sp-new-");
    cpSync(join(FIXTURES, "mini"), dir, { recursive: true });
    expect(await run(["new", "carers-strategy", "--content", "."], quiet(), dir)).toBe(0);
    expect(existsSync(join(dir, "carers-strategy", "drivers.yaml"))).toBe(false);
    const plan = readFileSync(join(dir, "carers-strategy", "plan.yaml"), "utf8");
    for (const field of ["current_model:", "desired_model:", "horizon:", "start:", "drivers:"])
      expect(plan).not.toMatch(new RegExp(`^\\s*-?\\s*${field}`, "m"));
    expect(headlines(dir)).toEqual([]);
  });

  it("builds a site and data for a strategy with no reports or updates yet", async () => {
    const dir = scratch("sp-new-");
    cpSync(join(FIXTURES, "mini"), dir, { recursive: true });
    expect(await run(["new", "carers-strategy", "--content", "."], quiet(), dir)).toBe(0);
    const io = quiet();
    expect(await run(["build", ".", "--out", "_site"], io, dir)).toBe(0);
    expect(io.text.at(-1)).toMatch(/^✓ built 2 strategies into /);
    for (const page of ["index.html", "actions/first-action/index.html", "dashboard/index.html"]) {
      expect(existsSync(join(dir, "_site", "carers-strategy", page)), page).toBe(true);
    }
    // No report has been made yet: no page lists none.
    expect(existsSync(join(dir, "_site", "carers-strategy", "reports", "index.html"))).toBe(false);
    expect(
      readFileSync(join(dir, "_site", "carers-strategy", "updates.csv"), "utf8")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1);
  });

  it("will not overwrite a strategy or take a bad id", async () => {
    const dir = scratch("sp-new-");
    cpSync(join(FIXTURES, "mini"), dir, { recursive: true });
    expect(await run(["new", "minimal-strategy", "--content", "."], quiet(), dir)).toBe(2);
    expect(await run(["new", "Carers Strategy", "--content", "."], quiet(), dir)).toBe(2);
  });
});
