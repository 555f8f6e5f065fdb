import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { FIXTURES } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

const PLAN = join("content", "bracknell-council-plan", "plan.yaml");
const quiet = (): Output & { text: string[] } => {
  const text: string[] = [];
  return { text, out: (t) => text.push(t), err: (t) => text.push(t) };
};

// Recorded on a day after the council plan's quarter 2 ended.
const epoch = process.env["SOURCE_DATE_EPOCH"];
let dir: string;
beforeAll(() => {
  process.env["SOURCE_DATE_EPOCH"] = String(Date.UTC(2025, 9, 15) / 1000);
  dir = scratch("sp-update-ratings-");
  cpSync(join(FIXTURES, "council-plan"), join(dir, "content"), { recursive: true });
});
afterAll(() => {
  if (epoch === undefined) delete process.env["SOURCE_DATE_EPOCH"];
  else process.env["SOURCE_DATE_EPOCH"] = epoch;
});

describe("update in a strategy with its own ratings and stages", () => {
  it("takes the strategy's word for a status and records the status it means, with its stage", async () => {
    const io = quiet();
    const args = [
      "update",
      "bracknell-council-plan",
      "day-opportunities",
      "--status",
      "Red",
      "--stage",
      "in-progress",
      "--note",
      "Data analysis still not complete.",
      "--date",
      "2025-09-30",
    ];
    expect(await run(args, io, dir), io.text.join("\n")).toBe(0);
    expect(readFileSync(join(dir, PLAN), "utf8")).toContain(
      '      - date: 2025-09-30\n        status: off-track\n        stage: in-progress\n        note: Data analysis still not complete.\n        report: "2025-26-q2"\n',
    );
  });

  it("refuses a word that is none of its ratings, offering the strategy's words", async () => {
    const io = quiet();
    expect(
      await run(
        [
          "update",
          "bracknell-council-plan",
          "day-opportunities",
          "--status",
          "Purple",
          "--note",
          "x",
          "--date",
          "2025-09-30",
        ],
        io,
        dir,
      ),
    ).toBe(2);
    expect(io.text[0]).toContain(
      "--status must be one of Not started, Green, Amber, Red, Completed, Withdrawn (or not-started, on-track, at-risk, off-track, complete, withdrawn)",
    );
  });
});
