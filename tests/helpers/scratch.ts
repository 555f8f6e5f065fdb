import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository's root, so no test depends on the folder vitest was started from. */
export const REPO = join(import.meta.dirname, "..", "..");
/** The repository's own content folder (Derby). */
export const CONTENT = join(REPO, "content");

const _made: string[] = [];

/**
 * A fresh temporary folder, removed when the test file ends (tests/helpers/setup.ts registers the
 * clean-up), so a run leaves nothing behind in the system's temporary folder.
 */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  _made.push(dir);
  return dir;
}

/** Removes every folder `scratch` made in this test file. */
export function removeScratch(): void {
  for (const dir of _made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
