import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { CONTENT, scratch } from "../helpers/scratch.ts";

// Issue 22, item 8: returns lose returns.
const PLAN = join("content", "derby-mental-health", "plan.yaml");
const LONG = `The ${"Very ".repeat(49)}Long Named Partnership Trust`.slice(0, 256);

let dir: string;

/** Derby with three of Derby City Council's five actions given to other leads, named as the issue names them. */
function derbyWithLeads(): string {
  const root = scratch("sp-returns-names-");
  cpSync(CONTENT, join(root, "content"), { recursive: true });
  let n = 0;
  const names = ["Derby city council", "@Home Care Ltd", LONG];
  const path = join(root, PLAN);
  writeFileSync(
    path,
    readFileSync(path, "utf8").replace(/lead: Derby City Council\n/g, (line) =>
      n < names.length ? `lead: "${names[n++]}"\n` : line,
    ),
  );
  expect(n).toBe(3);
  return root;
}

describe("returns: one file per organisation, never a filled-in one replaced", () => {
  beforeAll(() => {
    dir = derbyWithLeads();
  });

  it("writes a file of its own for leads differing only in case, and for a 256-character lead (no exit 3)", async () => {
    expect(LONG).toHaveLength(256);
    const said = await cli(["returns", "derby-mental-health", "--report", "2015-09", "--out", "returns"], dir);
    expect(said.text).toContain("✓ wrote 7 returns");
    expect(said.code).toBe(0);
    const files = readdirSync(join(dir, "returns"));
    expect(files.filter((f) => f.endsWith(".csv"))).toHaveLength(7);
    expect(files.filter((f) => /-derby-city-council-[0-9a-f]{8}\.csv$/.test(f))).toHaveLength(2);
    expect(Math.max(...files.map((f) => Buffer.byteLength(f)))).toBeLessThanOrEqual(255);
  });

  it("writes a lead called @Home Care Ltd so that the return imports again", async () => {
    const name = readdirSync(join(dir, "returns")).find(
      (f) => f.includes("-home-care-ltd") && f.endsWith(".csv"),
    ) as string;
    const path = join(dir, "returns", name);
    const rows = parse(readFileSync(path), { relax_column_count: true }) as string[][];
    expect(rows[4]).toEqual(["Lead organisation", "'@Home Care Ltd"]);
    (rows[8] as string[]).splice(7, 7, "on-track", "50", "2015-08-01", "Started.", "", "", "");
    writeFileSync(path, stringify(rows));
    const said = await cli(["import", join("returns", name), "--content", "content"], dir);
    expect(said.text).toContain("✓ added 1 update");
    expect(said.code).toBe(0);
  });

  it("refuses to overwrite a filled-in return without --force, and replaces it with --force", async () => {
    const name = readdirSync(join(dir, "returns")).find(
      (f) => f.includes("-home-care-ltd") && f.endsWith(".csv"),
    ) as string;
    const filled = readFileSync(join(dir, "returns", name), "utf8");
    const again = await cli(["returns", "derby-mental-health", "--report", "2015-09", "--out", "returns"], dir);
    expect(again.code).toBe(2);
    expect(again.text).toContain(`${join("returns", name)} (1 row filled in) would be replaced`);
    expect(readFileSync(join(dir, "returns", name), "utf8")).toBe(filled);
    const forced = await cli(
      ["returns", "derby-mental-health", "--report", "2015-09", "--out", "returns", "--force"],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "returns", name), "utf8")).not.toBe(filled);
  });
});
