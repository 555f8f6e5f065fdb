import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { join, relative, resolve } from "node:path";
import { ContentError } from "../errors.ts";
import { modeOf, writeNewFileSynced } from "./write-file.ts";

/** One content file to write: where, and its whole new text. */
export interface ContentWrite {
  path: string;
  text: string | Uint8Array;
}

/** A set of writes under way or interrupted: a hidden folder beside the content, named for its process. */
const JOURNAL_PREFIX = ".strategy-press-journal-";
/** The sets this process is writing now: any other journal naming our PID was left by an earlier process. */
const _writing = new Set<string>();

/**
 * Writes several content files (the plan files one import changes, say) all or nothing. Each new text is
 * written whole into a journal folder in `home` (the content folder the command was given), then the
 * journal's list of files is written, and only then is each file renamed into place. Killed before the
 * list is written, nothing has changed; after, the next run finishes the renames (`recoverWrites`), since
 * the set was checked whole before any of it was written. No temporary file is ever left beside the
 * content: they are all in the journal folder, which goes once the set is in place.
 *
 * A file that is a symbolic link is not replaced: writing would swap the link for a file of its own (and
 * leave what it led to unchanged), so that is refused, naming the file, before anything is written.
 */
export function writeTogether(files: readonly ContentWrite[], home: string): void {
  _refuseLinks(files);
  const journal = join(home, `${JOURNAL_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}`);
  _writing.add(journal);
  try {
    mkdirSync(journal);
    // Each keeps the mode of the file it replaces: a plan shared with a group (660) stays so.
    files.forEach((file, i) => writeNewFileSynced(join(journal, `${i}.new`), file.text, modeOf(file.path)));
    const list = {
      pid: process.pid,
      host: hostname(),
      files: files.map((file, i) => ({ target: resolve(file.path), temp: `${i}.new` })),
    };
    writeNewFileSynced(join(journal, "files.json.part"), JSON.stringify(list));
    // The moment the set is decided: from here on, an interrupted run is finished by the next.
    renameSync(join(journal, "files.json.part"), join(journal, "files.json"));
    files.forEach((file, i) => renameSync(join(journal, `${i}.new`), resolve(file.path)));
    rmSync(journal, { recursive: true, force: true });
  } catch (error) {
    // Failed before the list was written (a full disk, say): nothing has changed, so the journal just goes.
    if (!existsSync(join(journal, "files.json"))) rmSync(journal, { recursive: true, force: true });
    throw error;
  } finally {
    _writing.delete(journal);
  }
}

/**
 * Finishes any set of writes that a process (now gone) began in `folder` or the strategy folders in it:
 * a set whose list was written is completed, one whose list was not is dropped. Returns the files
 * completed, for the caller to say so.
 */
export function recoverWrites(folder: string): string[] {
  const finished: string[] = [];
  for (const dir of [folder, ..._subfolders(folder)]) {
    for (const name of _names(dir).filter((n) => n.startsWith(JOURNAL_PREFIX))) {
      const journal = join(dir, name);
      if (_writing.has(journal) || _ownerRunning(name)) continue;
      const listPath = join(journal, "files.json");
      if (existsSync(listPath)) {
        const list = JSON.parse(readFileSync(listPath, "utf8")) as { files: { target: string; temp: string }[] };
        for (const { target, temp } of list.files) {
          if (!existsSync(join(journal, temp))) continue; // Renamed before the interruption.
          renameSync(join(journal, temp), target);
          finished.push(target);
        }
      }
      rmSync(journal, { recursive: true, force: true });
    }
  }
  return finished;
}

function _refuseLinks(files: readonly ContentWrite[]): void {
  const links = files.filter((file) => {
    try {
      return lstatSync(file.path).isSymbolicLink();
    } catch {
      return false;
    }
  });
  if (links.length === 0) return;
  throw new ContentError(
    links.map((file) => ({
      file: relative(process.cwd(), resolve(file.path)) || file.path,
      line: 1,
      column: 1,
      severity: "error" as const,
      message:
        "this file is a symbolic link: writing it would replace the link with a file of its own, so it is not written",
      hint: "Replace the link with the file itself (copy the file over the link), then run the command again.",
    })),
    "Nothing was written",
  );
}

/** Whether the process that named a journal is still running on this computer (then it is still writing). */
function _ownerRunning(name: string): boolean {
  const pid = Number(/^\.strategy-press-journal-(\d+)-/.exec(name)?.[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function _names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function _subfolders(dir: string): string[] {
  return _names(dir)
    .filter((n) => !n.startsWith("."))
    .map((n) => join(dir, n))
    .filter((path) => {
      try {
        return lstatSync(path).isDirectory();
      } catch {
        return false;
      }
    });
}
