/**
 * Times `strategy-press validate` on a content file of many distinct unknown keys, as one process, and
 * prints the figures as JSON: `node bin/start.js bench/unknown-keys.ts [keys]` (default 380,000, which
 * fills a theme file to just under the 4 MiB a content file may be). Each key is a problem reported at
 * its line, so the time shows whether validation grows with the number of problems or with its square.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT as ROOT } from "../src/package-root.ts";

/** A copy of the mini fixture whose first theme file is followed by `keys` unknown keys, one a line. */
export function unknownKeysContent(keys: number, root: string): { dir: string; bytes: number } {
  const dir = join(root, "content");
  cpSync(join(ROOT, "tests", "fixtures", "mini"), dir, { recursive: true });
  const theme = join(dir, "minimal-strategy", "themes", "01-inclusion.yaml");
  const lines: string[] = [readFileSync(theme, "utf8")];
  for (let i = 0; i < keys; i++) lines.push(`k${String(i).padStart(6, "0")}: 1\n`);
  const text = lines.join("");
  writeFileSync(theme, text);
  return { dir, bytes: Buffer.byteLength(text) };
}

export function benchUnknownKeys(keys: number): Record<string, unknown> {
  const root = mkdtempSync(join(tmpdir(), "sp-bench-keys-"));
  try {
    const { dir, bytes } = unknownKeysContent(keys, root);
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "strategy-press.js"), "validate", dir], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    const ms = Math.round(performance.now() - started);
    const summary = run.stdout.trim().split("\n").at(-1) ?? "";
    // Only a run that ends in the content diagnostics counts: a crash is fast too.
    const answered = run.status === 1 && summary.includes(`${keys} errors`);
    if (!answered) process.stderr.write(run.stderr.slice(0, 2000));
    return {
      keys,
      bytes,
      exit: run.status,
      ms,
      seconds: Math.round(ms / 100) / 10,
      summary,
      answered,
      within10s: answered && ms < 10_000,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 380_000);
  process.stdout.write(`${JSON.stringify(benchUnknownKeys(Number.isInteger(n) && n > 0 ? n : 380_000), null, 2)}\n`);
}
