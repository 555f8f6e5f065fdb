import { chmodSync, cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canDropPrivileges, cli, spawnCli, type Said } from "../helpers/cli.ts";
import { edit, FIXTURES, MINI } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

/**
 * The same mistake gives the same exit code in every command: 1 the content has errors, 2 the
 * command was misused (an unknown strategy or report named on the command line, a bad flag), 3 the
 * computer stopped it (permission denied). A cell is left out where the command has no such mistake
 * to make (`new` names no report; `serve` shows content errors in the page and goes on).
 */
type Case = "unknown strategy" | "unknown report" | "bad flag" | "content error" | "permission denied";
const CODES: Record<Case, number> = {
  "unknown strategy": 2,
  "unknown report": 2,
  "bad flag": 2,
  "content error": 1,
  "permission denied": 3,
};

/** A fresh copy of the mini and measures fixtures under one content folder, readable by anyone. */
function content(): string {
  const dir = scratch("sp-exit-");
  chmodSync(dir, 0o755);
  cpSync(join(FIXTURES, "mini"), join(dir, "content"), { recursive: true });
  cpSync(join(FIXTURES, "measures", "measured-strategy"), join(dir, "content", "measured-strategy"), {
    recursive: true,
  });
  return dir;
}
const broken = (dir: string) => edit(dir, `content/${MINI}/plan.yaml`, "status: on-track", "status: on-trak");
const asNobody = (args: string[], cwd: string): Promise<Said> => spawnCli(args, cwd, { asNobody: true });

/** Each command's cells: how to make the mistake in a fresh folder, and run the command on it. */
const TABLE: Record<string, Partial<Record<Case, (dir: string) => Promise<Said>>>> = {
  validate: {
    "unknown strategy": (dir) => cli(["validate", "content/no-such-strategy"], dir),
    "bad flag": (dir) => cli(["validate", "content", "--colour"], dir),
    "content error": (dir) => (broken(dir), cli(["validate", "content"], dir)),
    "permission denied": (dir) => (
      chmodSync(join(dir, "content", MINI, "plan.yaml"), 0o600),
      asNobody(["validate", "content"], dir)
    ),
  },
  build: {
    "unknown strategy": (dir) => cli(["build", "content/no-such-strategy", "--out", "_site"], dir),
    "bad flag": (dir) => cli(["build", "content", "--output", "_site"], dir),
    "content error": (dir) => (broken(dir), cli(["build", "content", "--out", "_site"], dir)),
    "permission denied": (dir) => asNobody(["build", "content", "--out", "_site"], dir),
  },
  serve: {
    "unknown strategy": (dir) => cli(["serve", "content/no-such-strategy", "--port", "0"], dir),
    "bad flag": (dir) => cli(["serve", "content", "--port", "eighty"], dir),
    // A port below the first one anyone may use (checked in beforeAll).
    "permission denied": (dir) =>
      asNobody(["serve", "content", "--out", join(scratch("sp-exit-out-"), "_site"), "--port", "1"], dir),
  },
  report: {
    "unknown strategy": (dir) => cli(["report", "no-such-strategy", "r1", "--content", "content"], dir),
    "unknown report": (dir) => cli(["report", MINI, "r9", "--content", "content"], dir),
    "bad flag": (dir) => cli(["report", MINI, "r1", "--pages", "2"], dir),
    "content error": (dir) => (broken(dir), cli(["report", MINI, "r1", "--content", "content"], dir)),
    "permission denied": (dir) => asNobody(["report", MINI, "r1", "--content", "content", "--out", "paper.pdf"], dir),
  },
  "report new": {
    "unknown strategy": (dir) => cli(["report", "new", "no-such-strategy", "--content", "content"], dir),
    "bad flag": (dir) => cli(["report", "new", MINI, "--out", "x.pdf", "--content", "content"], dir),
    "content error": (dir) => (broken(dir), cli(["report", "new", MINI, "--content", "content"], dir)),
    "permission denied": (dir) => asNobody(["report", "new", MINI, "--content", "content"], dir),
  },
  "report decide": {
    "unknown strategy": (dir) =>
      cli(["report", "decide", "no-such-strategy", "r1", "1", "--outcome", "approved", "--content", "content"], dir),
    "unknown report": (dir) =>
      cli(["report", "decide", MINI, "r9", "1", "--outcome", "approved", "--content", "content"], dir),
    "bad flag": (dir) =>
      cli(["report", "decide", MINI, "r1", "1", "--outcome", "approved", "--by", "Ann", "--content", "content"], dir),
    "content error": (dir) => (
      broken(dir),
      cli(["report", "decide", MINI, "r1", "1", "--outcome", "approved", "--content", "content"], dir)
    ),
    "permission denied": (dir) =>
      asNobody(["report", "decide", MINI, "r1", "1", "--outcome", "approved", "--content", "content"], dir),
  },
  "report approve": {
    "unknown strategy": (dir) =>
      cli(["report", "approve", "no-such-strategy", "r1", "--by", "Ann", "--content", "content"], dir),
    "unknown report": (dir) => cli(["report", "approve", MINI, "r9", "--by", "Ann", "--content", "content"], dir),
    "bad flag": (dir) =>
      cli(["report", "approve", MINI, "r1", "--by", "Ann", "--outcome", "approved", "--content", "content"], dir),
    "content error": (dir) => (
      broken(dir),
      cli(["report", "approve", MINI, "r1", "--by", "Ann", "--content", "content"], dir)
    ),
    "permission denied": (dir) =>
      asNobody(["report", "approve", MINI, "r1", "--by", "Ann", "--content", "content"], dir),
  },
  remind: {
    "unknown strategy": (dir) => cli(["remind", "no-such-strategy", "--dry-run", "--content", "content"], dir),
    "unknown report": (dir) => cli(["remind", MINI, "--report", "r9", "--dry-run", "--content", "content"], dir),
    "bad flag": (dir) => cli(["remind", MINI, "--to", "ann@example.org", "--content", "content"], dir),
    "content error": (dir) => (broken(dir), cli(["remind", MINI, "--dry-run", "--content", "content"], dir)),
  },
  "returns status": {
    "unknown strategy": (dir) => cli(["returns", "status", "no-such-strategy", "--content", "content"], dir),
    "unknown report": (dir) => cli(["returns", "status", MINI, "--report", "r9", "--content", "content"], dir),
    "bad flag": (dir) => cli(["returns", "status", MINI, "--out", "returns", "--content", "content"], dir),
    "content error": (dir) => (broken(dir), cli(["returns", "status", MINI, "--content", "content"], dir)),
  },
  update: {
    "unknown strategy": (dir) =>
      cli(
        ["update", "no-such-strategy", "a01-community", "--status", "on-track", "--note", "n", "--content", "content"],
        dir,
      ),
    "unknown report": (dir) =>
      cli(
        [
          "update",
          MINI,
          "a01-community",
          "--status",
          "on-track",
          "--note",
          "n",
          "--report",
          "r9",
          "--content",
          "content",
        ],
        dir,
      ),
    "bad flag": (dir) => cli(["update", MINI, "a01-community", "--state", "on-track", "--content", "content"], dir),
    "content error": (dir) => (
      broken(dir),
      cli(["update", MINI, "a01-community", "--status", "on-track", "--note", "n", "--content", "content"], dir)
    ),
    "permission denied": (dir) =>
      asNobody(
        [
          "update",
          MINI,
          "a01-community",
          "--status",
          "on-track",
          "--note",
          "n",
          "--date",
          "2015-06-01",
          "--content",
          "content",
        ],
        dir,
      ),
  },
  measure: {
    "unknown strategy": (dir) =>
      cli(["measure", "no-such-strategy", "m01-employment", "--value", "7", "--content", "content"], dir),
    "bad flag": (dir) =>
      cli(["measure", "measured-strategy", "m01-employment", "--amount", "7", "--content", "content"], dir),
    "content error": (dir) => (
      edit(dir, "content/measured-strategy/measures.yaml", "direction: up", "direction: upwards"),
      cli(
        [
          "measure",
          "measured-strategy",
          "m01-employment",
          "--value",
          "7",
          "--date",
          "2016-06-30",
          "--content",
          "content",
        ],
        dir,
      )
    ),
    "permission denied": (dir) =>
      asNobody(
        [
          "measure",
          "measured-strategy",
          "m01-employment",
          "--value",
          "7",
          "--date",
          "2016-06-30",
          "--content",
          "content",
        ],
        dir,
      ),
  },
  returns: {
    "unknown strategy": (dir) => cli(["returns", "no-such-strategy", "--content", "content"], dir),
    "unknown report": (dir) => cli(["returns", MINI, "--report", "r9", "--content", "content"], dir),
    "bad flag": (dir) => cli(["returns", MINI, "--folder", "returns"], dir),
    "content error": (dir) => (broken(dir), cli(["returns", MINI, "--content", "content"], dir)),
    "permission denied": (dir) => asNobody(["returns", MINI, "--content", "content", "--out", "returns"], dir),
  },
  import: {
    // A return names its strategy and report in its own cells: a mistake there is the return's content, shown at its cell.
    "unknown strategy": async (dir) => importEdited(dir, (csv) => csv.replace(`,${MINI}`, ",no-such-strategy")),
    "unknown report": async (dir) => importEdited(dir, (csv) => csv.replace(",r1", ",r9")),
    "bad flag": (dir) => cli(["import", "returns/x.csv", "--dry-run"], dir),
    "content error": async (dir) => (
      await returnsIn(dir),
      broken(dir),
      cli(["import", ...(await csvReturns(dir)), "--content", "content"], dir)
    ),
    "permission denied": async (dir) => {
      const files = (await returnsIn(dir), await csvReturns(dir));
      for (const f of files) chmodSync(join(dir, f), 0o600);
      return asNobody(["import", ...files, "--content", "content"], dir);
    },
  },
  new: {
    "bad flag": (dir) => cli(["new", "carers", "--name", "Carers"], dir),
    "permission denied": (dir) => asNobody(["new", "carers", "--content", "content"], dir),
  },
};
const IMPORT_CODES: Partial<Record<Case, number>> = { "unknown strategy": 1, "unknown report": 1 };

async function returnsIn(dir: string): Promise<void> {
  const said = await cli(["returns", MINI, "--content", "content", "--out", "returns"], dir);
  expect(said.code, said.text).toBe(0);
}
async function csvReturns(dir: string): Promise<string[]> {
  return readdirSync(join(dir, "returns"))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join("returns", f));
}
async function importEdited(dir: string, change: (csv: string) => string): Promise<Said> {
  await returnsIn(dir);
  const [file] = await csvReturns(dir);
  const path = join(dir, file as string);
  const before = readFileSync(path, "utf8");
  expect(change(before)).not.toBe(before);
  writeFileSync(path, change(before));
  return cli(["import", file as string, "--content", "content"], dir);
}

// Whether a process can run as a user without root's reach, so a refused permission means something.
const privileged = canDropPrivileges();

describe.each(Object.entries(TABLE))("%s", (command, cells) => {
  for (const [name, make] of Object.entries(cells) as [Case, (dir: string) => Promise<Said>][]) {
    const expected = command === "import" ? (IMPORT_CODES[name] ?? CODES[name]) : CODES[name];
    const skip = name === "permission denied" && (!privileged || (command === "serve" && _unprivilegedPorts() === 0));
    it.skipIf(skip)(
      `${name} → exit ${expected}`,
      async () => {
        const said = await make(content());
        expect(said.text).not.toContain("internal error");
        expect(said.code, said.text).toBe(expected);
      },
      120_000,
    );
  }
});

function _unprivilegedPorts(): number {
  try {
    return Number(readFileSync("/proc/sys/net/ipv4/ip_unprivileged_port_start", "utf8").trim());
  } catch {
    return 1024;
  }
}
