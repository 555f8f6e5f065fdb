import { randomBytes } from "node:crypto";
import { linkSync, lstatSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ContentError, EnvironmentError } from "../errors.ts";

/** A lock from another computer, or one that cannot be read, older than this was left by a process that died. */
const STALE_MS = 60_000;
/** How long to wait for another process to finish before giving up. */
const WAIT_MS = 30_000;
/** A takeover takes a moment: a guard older than this was left by a process that died in that moment. */
const GUARD_STALE_MS = 10_000;
/** The tokens of the locks this process holds now: a lock naming our PID but none of these was left by an earlier process. */
const _held = new Set<string>();

export interface LockOptions {
  /** How long to wait between tries, at most (a random part of it, so waiters do not keep step). Default 75 ms. */
  pollMs?: number;
}

/**
 * Runs `task` while holding `<file>.lock`, so one process at a time changes the file. A second `update`
 * waits its turn, then reads the file afresh, so both updates are kept.
 *
 * The lock is made whole (written under a name of its own, then linked to `<file>.lock`, which fails when
 * it exists) and names its holder with a token no other lock has. A lock whose process has gone from this
 * computer (or, from another computer or unreadable, older than a minute) is stale. Taking one over is the
 * only time a process removes a lock it does not hold, and it is done under `<file>.lock.<token>.takeover`,
 * made exclusively: of the waiters that found the same stale lock, one removes it, and only if it still
 * holds that token, so a lock taken meanwhile by a live process is never removed. Then all try again.
 * Anything at `<file>.lock` that is not a lock file (a folder, a link) is a diagnostic, not a guess.
 */
export async function withLock<T>(file: string, task: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const token = `${process.pid}-${randomBytes(6).toString("hex")}`;
  const poll = options.pollMs ?? 75;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (_tryTake(lock, token)) break;
    const found = _read(lock);
    if (!found || (_isStale(found) && _takeOver(lock, found.token))) continue;
    if (Date.now() > deadline)
      throw new EnvironmentError(
        `${file} is being changed by another process (its lock file ${lock} is held); try again, or remove the lock file if no other strategy-press is running`,
      );
    await sleep(Math.random() * poll);
  }
  _held.add(token);
  try {
    return await task();
  } finally {
    _held.delete(token);
    // Only our own lock: were it taken over meanwhile (another computer's clock), the new holder's stays.
    if (_read(lock)?.token === token) rmSync(lock, { force: true });
  }
}

/** Runs `task` holding the locks of every file, taken in one fixed order so two processes never deadlock. */
export function withLocks<T>(
  files: readonly string[],
  task: () => T | Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const ordered = [...new Set(files)].sort();
  const run = ordered.reduceRight<() => Promise<T>>(
    (inner, file) => () => withLock(file, inner, options),
    async () => task(),
  );
  return run();
}

interface Holder {
  /** What identifies this lock and no other: its holder's token, or (unreadable) its inode and time. */
  token: string;
  pid: number | null;
  host: string | null;
  ageMs: number;
}

/** Makes the lock whole under a private name, then links it into place: true when it was free. */
function _tryTake(lock: string, token: string): boolean {
  const mine = `${lock}.${token}.new`;
  writeFileSync(
    mine,
    `${JSON.stringify({ pid: process.pid, host: hostname(), token, since: new Date().toISOString() })}\n`,
    { flag: "wx" },
  );
  try {
    linkSync(mine, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(mine, { force: true });
  }
}

/** The lock as found, or null when there is none (released while we looked). */
function _read(lock: string): Holder | null {
  let stat;
  try {
    stat = lstatSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (!stat.isFile())
    throw _oddEntry(
      lock,
      stat.isDirectory() ? "a folder" : stat.isSymbolicLink() ? "a symbolic link" : "not a regular file",
    );
  const ageMs = Date.now() - stat.mtimeMs;
  let text: string;
  try {
    text = readFileSync(lock, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as { pid?: unknown; host?: unknown; token?: unknown };
    if (typeof holder.token === "string" && typeof holder.pid === "number")
      return {
        token: holder.token,
        pid: holder.pid,
        host: typeof holder.host === "string" ? holder.host : null,
        ageMs,
      };
  } catch {
    // Not a lock we wrote (or an older Strategy Press's): known by its inode and time instead.
  }
  const old = /"pid":(\d+)/.exec(text);
  return {
    token: `${stat.ino}-${stat.mtimeMs}`,
    pid: old ? Number(old[1]) : null,
    host: /"host":"([^"]*)"/.exec(text)?.[1] ?? null,
    ageMs,
  };
}

/** Stale: its process has gone from this computer; or, from another computer or unreadable, it is over a minute old. */
function _isStale(holder: Holder): boolean {
  if (holder.pid === null || holder.host !== hostname()) return holder.ageMs > STALE_MS;
  if (holder.pid === process.pid) return ![..._held].some((t) => holder.token === t);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process is alive, run by someone else.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Removes the stale lock with this token, if it is still there and this process is the one waiter to do it.
 * False when another waiter is doing it (wait, then look again).
 */
function _takeOver(lock: string, token: string): boolean {
  const guard = `${lock}.${token.replace(/[^\w-]/g, "_")}.takeover`;
  try {
    writeFileSync(guard, `${process.pid}\n`, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // A guard left by a process that died while taking over would otherwise block this lock for good.
    if (_ageMs(guard) > GUARD_STALE_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    // Only the waiter holding this token's guard removes the lock with this token, so between this look and
    // the removal nobody else can replace it: the lock removed is the stale one, never a lock taken since.
    if (_read(lock)?.token === token) rmSync(lock, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
  return true;
}

function _ageMs(path: string): number {
  try {
    return Date.now() - lstatSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Something at the lock's path that Strategy Press did not make: said where it is, with what to do. */
function _oddEntry(lock: string, what: string): ContentError {
  const display = relative(process.cwd(), lock) || lock;
  return new ContentError(
    [
      {
        file: display,
        line: 1,
        column: 1,
        severity: "error",
        message: `${basename(lock)} is ${what}, not a lock file Strategy Press made, so the file it locks cannot be changed safely`,
        hint: `Remove ${display} if no strategy-press is running, then try again.`,
      },
    ],
    "Nothing was changed",
  );
}
