import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { todayIn } from "../../src/model/dates.ts";
import { headlines, withMistake } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

const quiet = (): Output & { text: string[] } => {
  const text: string[] = [];
  return { text, out: (t) => text.push(t), err: (t) => text.push(t) };
};

describe("strategy-press --help", () => {
  it("lists every command and says how to learn more", async () => {
    const io = quiet();
    expect(await run(["--help"], io)).toBe(0);
    for (const c of COMMANDS)
      expect(io.text[0]).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[.()]/g, "\\$&")}$`, "m"));
    expect(io.text[0]).toContain("Run `strategy-press <command> --help`");
  });

  it("prints each command's usage, every flag with its description and default, and an example", async () => {
    const io = quiet();
    expect(await run(["build", "--help"], io)).toBe(0);
    expect(io.text[0]).toBe(
      [
        "Usage: strategy-press build [dir] [--out _site] [--as-at YYYY-MM-DD]",
        "",
        "Validate the content and publish every strategy into the output folder.",
        "",
        "Options:",
        "  --out <value>    output folder, replaced whole only when the build succeeds (default: _site)",
        "  --as-at <value>  judge progress as at this day, YYYY-MM-DD (for a reproducible build or to look back) (default: SOURCE_DATE_EPOCH when set, else today in the strategy's time zone)",
        "  --help           show this help",
        "",
        "Example:",
        "  strategy-press build content --out _site",
      ].join("\n"),
    );
    for (const c of COMMANDS) {
      const help = quiet();
      expect(await run([c.name, "--help"], help)).toBe(0);
      for (const flag of Object.keys(c.flags)) expect(help.text[0], `${c.name} --${flag}`).toContain(`--${flag}`);
      expect(help.text[0]).toContain(`Example:\n  strategy-press ${c.name}`);
    }
    const same = quiet();
    await run(["help", "import"], same);
    expect(same.text[0]).toMatch(/^Usage: strategy-press import <return files…>/);
  });

  it("points a mistyped command at the right one", async () => {
    const io = quiet();
    expect(await run(["retrns"], io)).toBe(2);
    expect(io.text[0]).toMatch(/^strategy-press: unknown command "retrns" — did you mean "returns"\?/);
  });
});

describe("strategy-press new in an empty content folder", () => {
  it("writes a site.yaml too, and the result validates", async () => {
    const dir = scratch("sp-new-empty-");
    const io = quiet();
    expect(await run(["new", "carers-strategy", "--content", "other"], io, dir)).toBe(0);
    expect(io.text).toEqual([
      "✓ created other/site.yaml — name the publisher in it",
      "✓ created other/carers-strategy/ — edit its files, then run: strategy-press validate other",
    ]);
    expect(readFileSync(join(dir, "other", "site.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/.*schemas\/site\.schema\.json\n/,
    );
    expect(headlines(join(dir, "other")).filter((h) => h.includes(": error:"))).toEqual([]);
    expect(await run(["validate", "other"], quiet(), dir)).toBe(0);
    expect(existsSync(join(dir, "content"))).toBe(false);
  });
});

describe("today, in the strategy's time zone", () => {
  it("is already tomorrow in London at 00:30 BST, while UTC is still on the day before", () => {
    const halfPastMidnightBst = new Date("2026-06-30T23:30:00Z");
    expect(todayIn("Europe/London", halfPastMidnightBst)).toBe("2026-07-01");
    expect(todayIn("UTC", halfPastMidnightBst)).toBe("2026-06-30");
    // In winter London is on UTC.
    expect(todayIn("Europe/London", new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
  });
});

describe("the strategy's time zone", () => {
  it("is checked where it is written", () => {
    const dir = withMistake("strategy.yaml", "illustrative: true", "illustrative: true\ntime_zone: Europe/Londn");
    expect(headlines(dir).filter((h) => h.includes(": error:"))).toEqual([
      'minimal-strategy/strategy.yaml:14:12: error: "Europe/Londn" is not a time zone',
    ]);
    const good = withMistake("strategy.yaml", "illustrative: true", "illustrative: true\ntime_zone: America/New_York");
    expect(headlines(good).filter((h) => h.includes(": error:"))).toEqual([]);
  });
});
