import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { cli, spawnCli } from "../helpers/cli.ts";
import { copyFixture, diagnosticsOf, MINI } from "../helpers/content.ts";

const quiet = (): Output & { text: string[] } => {
  const text: string[] = [];
  return { text, out: (t) => text.push(t), err: (t) => text.push(t) };
};
const planOf = (dir: string) => readFileSync(join(dir, MINI, "plan.yaml"), "utf8");

describe("strategy-press update", () => {
  it("appends an update after the last one, leaving every other line as it was", async () => {
    const dir = copyFixture();
    const before = planOf(dir);
    const io = quiet();
    const code = await run(
      [
        "update",
        MINI,
        "a01-community",
        "--content",
        dir,
        "--status",
        "at-risk",
        "--percent",
        "35",
        "--note",
        "Crisis house staffing: two vacancies",
        "--date",
        "2014-12-20",
        "--by",
        "Lead commissioner",
      ],
      io,
      dir,
    );
    expect(io.text).toEqual([
      `✓ a01-community: at-risk (35%) on 2014-12-20, counted in report r1 — added to ${MINI}/plan.yaml`,
    ]);
    expect(code).toBe(0);
    const added = [
      "      - date: 2014-12-20",
      "        status: at-risk",
      "        percent: 35",
      '        note: "Crisis house staffing: two vacancies"',
      "        by: Lead commissioner",
      '        report: "r1"',
    ].join("\n");
    expect(planOf(dir)).toBe(before.replace("        report: r1\n", `        report: r1\n${added}\n`));
    expect(diagnosticsOf(dir)).toEqual([]);
  });

  it("starts the list for an action with no updates yet", async () => {
    const dir = copyFixture();
    expect(
      await run(
        [
          "update",
          MINI,
          "a02-stigma",
          "--content",
          dir,
          "--status",
          "on-track",
          "--note",
          "Campaign planned",
          "--date",
          "2014-11-03",
        ],
        quiet(),
        dir,
      ),
    ).toBe(0);
    expect(
      planOf(dir).endsWith(
        '    due: 2015-03-31\n    updates:\n      - date: 2014-11-03\n        status: on-track\n        note: Campaign planned\n        report: "r1"\n',
      ),
    ).toBe(true);
    expect(diagnosticsOf(dir)).toEqual([]);
  });

  it("keeps the plan file's mode: a plan shared with a group stays 660", async () => {
    const dir = copyFixture();
    const plan = join(dir, MINI, "plan.yaml");
    chmodSync(plan, 0o660);
    expect(
      await run(
        [
          "update",
          MINI,
          "a02-stigma",
          "--content",
          dir,
          "--status",
          "on-track",
          "--note",
          "Campaign planned",
          "--date",
          "2014-11-03",
        ],
        quiet(),
        dir,
      ),
    ).toBe(0);
    expect(planOf(dir)).toContain("note: Campaign planned");
    expect(statSync(plan).mode & 0o777).toBe(0o660);
  });

  it("refuses an update that would not validate, and leaves the file alone", async () => {
    const dir = copyFixture();
    const before = planOf(dir);
    const io = quiet();
    expect(
      await run(
        [
          "update",
          MINI,
          "a01-community",
          "--content",
          dir,
          "--status",
          "complete",
          "--note",
          "Done",
          "--date",
          "2015-01-20",
          "--report",
          "r1",
        ],
        io,
        dir,
      ),
    ).toBe(1);
    expect(io.text[0]).toContain(
      "error: the update is dated 2015-01-20, after the end of report r1's period (2014-12-31) it is counted in",
    );
    expect(io.text.at(-1)).toMatch(/^✗ The update was not added: 1 error/);
    expect(planOf(dir)).toBe(before);
  });

  it("explains misuse", async () => {
    const dir = copyFixture();
    const io = quiet();
    expect(
      await run(["update", MINI, "a01-community", "--content", dir, "--status", "done", "--note", "x"], io, dir),
    ).toBe(2);
    expect(io.text[0]).toMatch(
      /^strategy-press: --status must be one of not-started, on-track, at-risk, off-track, complete, withdrawn/,
    );
    expect(
      await run(
        [
          "update",
          MINI,
          "a99-missing",
          "--content",
          dir,
          "--status",
          "on-track",
          "--note",
          "x",
          "--date",
          "2014-12-01",
        ],
        io,
        dir,
      ),
    ).toBe(2);
    expect(io.text.at(-1)).toBe(`strategy-press: there is no action "a99-missing" in ${MINI}/plan.yaml`);
  });
});

describe("two updates at the same time", () => {
  it("keeps both: each waits for the plan's lock, then reads the plan afresh", async () => {
    const dir = copyFixture();
    const update = (action: string, note: string) =>
      spawnCli(
        ["update", MINI, action, "--content", dir, "--status", "on-track", "--note", note, "--date", "2014-12-01"],
        dir,
      );
    const said = await Promise.all([
      update("a01-community", "First of two at once"),
      update("a02-stigma", "Second of two at once"),
    ]);
    expect(
      said.map((s) => s.code),
      said.map((s) => s.text).join("\n"),
    ).toEqual([0, 0]);
    const plan = planOf(dir);
    expect(plan).toContain("note: First of two at once");
    expect(plan).toContain("note: Second of two at once");
    expect(diagnosticsOf(dir)).toEqual([]);
    expect(readdirSync(join(dir, MINI)).filter((n) => n.includes(".lock") || n.endsWith(".tmp"))).toEqual([]);
  });

  it("takes over a lock left by a process that has gone", async () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, MINI, "plan.yaml.lock"),
      `${JSON.stringify({ pid: spawnSync(process.execPath, ["-e", ""]).pid, host: hostname(), since: "2014-01-01T00:00:00Z" })}\n`,
    );
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
        "After a crash",
        "--date",
        "2014-12-01",
      ],
      dir,
    );
    expect(said.code, said.text).toBe(0);
    expect(planOf(dir)).toContain("note: After a crash");
    expect(existsSync(join(dir, MINI, "plan.yaml.lock"))).toBe(false);
  });
});
