import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLock } from "../../src/output/lock.ts";
import { cli } from "../helpers/cli.ts";
import { copyFixture, MINI } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

// Issue 22, item 7: with a stale lock and four processes arriving together, two held it at once.
const RACERS = 4;
/** Above Linux's largest process id, so no process has it: a lock naming it was left by one that has gone. */
const GONE_PID = 4_194_305;
let racers: ChildProcess[] = [];

function message(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => child.once("message", (m) => resolve(String(m))));
}

/** Leaves a stale lock of one kind at `<file>.lock`, as a process that died (or another computer long ago) would. */
function leaveStaleLock(file: string, kind: string): void {
  const lock = `${file}.lock`;
  if (kind === "none") return;
  if (kind === "gone")
    writeFileSync(lock, `${JSON.stringify({ pid: GONE_PID, host: hostname(), token: `${GONE_PID}-dead` })}\n`);
  if (kind === "older-format")
    writeFileSync(lock, `${JSON.stringify({ pid: GONE_PID, host: hostname(), since: "2014-01-01T00:00:00Z" })}\n`);
  if (kind === "elsewhere" || kind === "unreadable") {
    writeFileSync(
      lock,
      kind === "unreadable" ? "" : `${JSON.stringify({ pid: 1, host: "another-computer", token: "1-far" })}\n`,
    );
    const old = new Date(Date.now() - 120_000);
    utimesSync(lock, old, old);
  }
}

/** Who held the lock, in order: "+pid" on taking it, "-pid" on letting go; never two "+" in a row. */
function overlaps(journal: string): number {
  let holding: string | null = null;
  let both = 0;
  for (const line of readFileSync(journal, "utf8").split("\n").filter(Boolean)) {
    if (line.startsWith("+")) {
      if (holding !== null) both++;
      holding = line.slice(1);
    } else if (holding === line.slice(1)) holding = null;
  }
  return both;
}

describe("the lock: one holder at most", () => {
  beforeAll(async () => {
    racers = Array.from({ length: RACERS }, () =>
      fork(join(import.meta.dirname, "lock-racer.ts"), [], {
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      }),
    );
    expect(await Promise.all(racers.map(message))).toEqual(Array(RACERS).fill("ready"));
  });
  afterAll(() => {
    for (const child of racers) child.kill();
  });

  it("holds with several processes racing to take over a stale lock, in 200 rounds", async () => {
    const dir = scratch("sp-lock-race-");
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("gone", "older-format", "elsewhere", "unreadable", "none"),
        fc.integer({ min: 2, max: RACERS }),
        fc.integer({ min: 0, max: 3 }),
        async (stale, count, holdMs) => {
          const folder = join(dir, String(round++));
          mkdirSync(folder);
          const file = join(folder, "plan.yaml");
          const journal = join(folder, "journal");
          writeFileSync(journal, "");
          leaveStaleLock(file, stale);
          const done = racers.slice(0, count).map((child) => {
            const finished = message(child);
            child.send({ file, journal, holdMs });
            return finished;
          });
          expect(await Promise.all(done)).toEqual(Array(count).fill("done"));
          expect(overlaps(journal)).toBe(0);
          expect(
            readFileSync(journal, "utf8")
              .split("\n")
              .filter((l) => l.startsWith("+")),
          ).toHaveLength(count);
          // Nothing left behind: no lock, no guard, no half-made lock.
          expect(readdirSync(folder).sort()).toEqual(["journal"]);
        },
      ),
      { numRuns: 200 },
    );
    expect(round).toBeGreaterThanOrEqual(200);
  });

  it("says a folder named plan.yaml.lock older than a minute is not a lock (a diagnostic, not exit 70)", async () => {
    const dir = copyFixture();
    const lock = join(dir, MINI, "plan.yaml.lock");
    mkdirSync(lock);
    const old = new Date(Date.now() - 120_000);
    utimesSync(lock, old, old);
    const said = await cli(
      [
        "update",
        MINI,
        "a01-community",
        "--status",
        "on-track",
        "--note",
        "Going well.",
        "--date",
        "2015-01-10",
        "--content",
        dir,
      ],
      dir,
    );
    expect(said.text).toContain(
      `${join(MINI, "plan.yaml.lock")}:1:1: error: plan.yaml.lock is a folder, not a lock file Strategy Press made, so the file it locks cannot be changed safely`,
    );
    expect(said.code).toBe(1);
    expect(existsSync(lock)).toBe(true);
  });

  it("waits for a live holder in this process rather than taking its lock", async () => {
    const file = join(scratch("sp-lock-"), "plan.yaml");
    const order: string[] = [];
    let release = () => {};
    const first = withLock(file, () => new Promise<void>((r) => ((release = r), order.push("first in"))));
    await new Promise((r) => setTimeout(r, 20));
    const second = withLock(file, () => void order.push("second in"), { pollMs: 5 });
    await new Promise((r) => setTimeout(r, 50));
    order.push("first out");
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["first in", "first out", "second in"]);
  });
});
