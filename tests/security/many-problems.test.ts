import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unknownKeysContent } from "../../bench/unknown-keys.ts";
import { cli } from "../helpers/cli.ts";
import { diagnosticsOf, MINI } from "../helpers/content.ts";

// Issue 22, item 9: validation grew with the square of the errors in one mapping (40k keys: 423 s). Nothing
// here is timed: were each key found by a scan again, this file would not finish within vitest's timeout.
// `npm run bench:keys` times the full case (380,000 keys in 4 MiB) and prints the figure.
const KEYS = 40_000;
let root: string;
let dir: string;

describe("a content file of 40,000 distinct unknown keys", () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "sp-keys-"));
    dir = unknownKeysContent(KEYS, root).dir;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reports every key at its own line", () => {
    const diagnostics = diagnosticsOf(dir).filter((d) => d.message.startsWith("`k"));
    expect(diagnostics).toHaveLength(KEYS);
    const first = diagnostics[0];
    const last = diagnostics.at(-1);
    expect(first).toMatchObject({
      file: `${MINI}/themes/01-inclusion.yaml`,
      column: 1,
      severity: "error",
      message: '`k000000` is not a field of Theme "inclusion"',
      source: "k000000: 1",
    });
    expect(last?.line).toBe((first?.line ?? 0) + KEYS - 1);
    expect(last?.source).toBe(`k0${KEYS - 1}: 1`);
  });

  it("prints the first 200 and says how many more there are", async () => {
    const said = await cli(["validate", dir], dir);
    expect(said.code).toBe(1);
    expect(said.text.match(/: error: /g)).toHaveLength(200);
    expect(said.text).toContain(
      `… and ${(KEYS - 200).toLocaleString("en-GB")} more problems (the first 200 are shown above`,
    );
    expect(said.text).toContain(`: ${KEYS} errors, 0 warnings`);
  });
});
