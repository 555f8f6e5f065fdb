import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { EnvironmentError } from "../errors.ts";

/** A lock older than this is left from a process that died: nothing holds one for more than a few seconds. */
const STALE_MS = 60_000;
/** How long to wait for another process to finish before giving up. */
const WAIT_MS = 30_000;
/** Locks this process holds now: a lock naming our PID but not held here was left by an earlier process. */
const _held = new Set<string>();

/**
 * Runs `task` while holding `<file>.lock`, made with O_EXCL so only one process can hold it. A second
 * `update` waits its turn, then reads the file afresh, so both updates are kept. A lock left by a process
 * that is no longer running (or older than a minute) is removed.
 */
export async function withLock<T>(file: string, task: () => T | Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (_tryTake(lock)) {
      _held.add(lock);
      break;
    }
    if (_isStale(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new EnvironmentError(`${file} is being changed by another process (its lock file ${lock} is held); try again, or remove the lock file if no other strategy-press is running`);
    await sleep(25 + Math.random() * 50);
  }
  try {
    return await task();
  } finally {
    _held.delete(lock);
    rmSync(lock, { force: true });
  }
}

/** Runs `task` holding the locks of every file, taken in one fixed order so two processes never deadlock. */
export function withLocks<T>(files: readonly string[], task: () => T | Promise<T>): Promise<T> {
  const ordered = [...new Set(files)].sort();
  const run = ordered.reduceRight<() => Promise<T>>((inner, file) => () => withLock(file, inner), async () => task());
  return run();
}

function _tryTake(lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Stale: its process has gone from this computer, or it is older than any real update takes. */
function _isStale(lock: string): boolean {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    if (age > STALE_MS) return true;
    const holder = JSON.parse(readFileSync(lock, "utf8")) as { pid?: unknown; host?: unknown };
    if (holder.host !== hostname() || typeof holder.pid !== "number") return false;
    if (holder.pid === process.pid) return !_held.has(lock);
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ESRCH: no such process. ENOENT: released while we looked. A half-written lock is young: wait for it.
    return code === "ESRCH" || code === "ENOENT";
  }
}
