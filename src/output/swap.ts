import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { MARKER, MARKER_TEXT } from "./out-folder.ts";

/**
 * Builds into a fresh sibling folder and swaps it in only when `write` succeeds, so a failed
 * build leaves the previous output exactly as it was and nothing stale survives a good one.
 * The new folder gets the marker file that lets the next build replace it.
 */
export async function writeAtomically<T>(outDir: string, write: (tmpDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  mkdirSync(parent, { recursive: true });
  removeLeftovers(parent, name);
  // The PID says whose folder it is; the random part keeps it unique when a container reuses the PID.
  const unique = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const tmp = join(parent, `${name}.building-${unique}`);
  const old = join(parent, `${name}.previous-${unique}`);
  mkdirSync(tmp);
  let result: T;
  try {
    result = await write(tmp);
    writeFileSync(join(tmp, MARKER), MARKER_TEXT);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  // The new site is in place. If the old one cannot be removed (a read-only copy), the next build tries again.
  try {
    rmSync(old, { recursive: true, force: true });
  } catch {
    // Left for removeLeftovers.
  }
  return result;
}

/**
 * Removes the temporary folders of builds that were killed (`_site.building-…`) or could not finish removing
 * the site they replaced (`_site.previous-…`). A folder whose process is still running belongs to a build in
 * progress and is left alone; one named with our own PID cannot be (a container reuses its PIDs).
 */
export function removeLeftovers(parent: string, name: string): void {
  const pattern = new RegExp(
    `^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(building|previous)-(\\d+)(-[0-9a-f]+)?$`,
  );
  for (const entry of readdirSync(parent)) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && _running(pid)) continue;
    try {
      rmSync(join(parent, entry), { recursive: true, force: true });
    } catch {
      // A leftover we may not remove is no reason to stop this build.
    }
  }
}

function _running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
