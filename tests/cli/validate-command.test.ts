import { describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { withMistake } from "../helpers/content.ts";
import { REPO } from "../helpers/scratch.ts";

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe("strategy-press validate", () => {
  it("exits 0 on the Derby content and prints a one-line summary", async () => {
    const io = capture();
    expect(await run(["validate", "content"], io, REPO)).toBe(0);
    expect(io.stdout).toEqual(["✓ 16 files, 1 strategy, 16 actions, 40 updates: 0 errors, 1 warning"]);
    expect(io.stderr.join("\n")).toContain('warning: no action serves the theme "technology"');
  });

  it("exits 1 with the diagnostic, the source line and a hint", async () => {
    const dir = withMistake("plan.yaml", "    themes: [treatment]", "    themes: [treatmnet]");
    const io = capture();
    expect(await run(["validate", dir], io, dir)).toBe(1);
    expect(io.stderr[0]).toBe(
      [
        'minimal-strategy/plan.yaml:17:14: error: theme "treatmnet" does not exist',
        "  17 |     themes: [treatmnet]",
        "     |              ^",
        '  hint: did you mean "treatment"?',
        "",
      ].join("\n"),
    );
    expect(io.stdout.at(-1)).toBe("✗ 7 files, 1 strategy, 2 actions, 1 update: 1 error, 1 warning");
  });

  it("prints diagnostics as JSON for tools", async () => {
    const dir = withMistake("plan.yaml", "    horizon: short", "    horizon: soon");
    const io = capture();
    expect(await run(["validate", ".", "--format", "json"], io, dir)).toBe(1);
    expect(JSON.parse(io.stdout.join(""))).toEqual({
      diagnostics: [
        {
          file: "minimal-strategy/plan.yaml",
          line: 36,
          column: 14,
          severity: "error",
          message: 'Horizon must be one of short, medium, long; found "soon"',
          hint: "Use one of: short, medium, long.",
          source: "    horizon: soon",
        },
      ],
    });
  });

  it("exits 2 on misuse", async () => {
    const io = capture();
    expect(await run(["validate", "--format", "xml"], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^strategy-press: --format must be text or json, not "xml"/);
    expect(await run(["publish"], capture())).toBe(2);
    expect(await run(["validate", "--colour"], capture())).toBe(2);
  });
});
