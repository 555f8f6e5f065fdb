import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Builds into a fresh sibling folder and swaps it in only when `write` succeeds, so a failed
 * build leaves the previous output exactly as it was and nothing stale survives a good one.
 */
export async function writeAtomically<T>(outDir: string, write: (tmpDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const tmp = join(parent, `${name}.building-${process.pid}`);
  const old = join(parent, `${name}.previous-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  let result: T;
  try {
    result = await write(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  return result;
}
