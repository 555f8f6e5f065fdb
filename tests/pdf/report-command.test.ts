import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scratch } from "../helpers/scratch.ts";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";

const ROOT = join(import.meta.dirname, "..", "..");

const capture = (): Output & { out_: string[]; err_: string[] } => {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (t) => out_.push(t), err: (t) => err_.push(t) };
};

describe("strategy-press report", () => {
  it("writes the board paper where --out says", async () => {
    const file = join(scratch("sp-report-"), "paper.pdf");
    const io = capture();
    expect(await run(["report", "derby-mental-health", "2015-03", "--out", file], io, ROOT)).toBe(0);
    expect(io.out_.join("\n")).toContain(file);
    expect(readFileSync(file).subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
  });

  it("names the reports a strategy has when asked for one it does not", async () => {
    const io = capture();
    expect(await run(["report", "derby-mental-health", "2016-01"], io, ROOT)).toBe(2);
    expect(io.err_.join("\n")).toContain('no report "2016-01" (its reports: "2015-03", "2015-09")');
  });

  it("names the strategies when the strategy id is wrong", async () => {
    const io = capture();
    expect(await run(["report", "derby", "2015-03"], io, ROOT)).toBe(2);
    expect(io.err_.join("\n")).toMatch(/there is no strategy "derby" \(strategies: .*"derby-mental-health"/);
  });

  it("shows its usage when an id is missing", async () => {
    const io = capture();
    expect(await run(["report", "derby-mental-health"], io, ROOT)).toBe(2);
    expect(io.err_.join("\n")).toContain("Usage: strategy-press report <strategy-id> <report-id>");
  });
});
