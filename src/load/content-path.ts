import { lstatSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** A path a content file names, found: the real file (every link followed), inside the content folder. */
export interface ContentPath {
  real: string;
}

/** Why a path cannot be used: a reason to act on, and words that follow "the file "…" ". */
export interface ContentPathProblem {
  reason: ContentPathReason;
  problem: string;
}

/** What is wrong with a path, for callers that say it in words of their own. */
export type ContentPathReason =
  "outside" | "missing" | "loop" | "dangling" | "linked-outside" | "folder" | "not-regular" | "file";

/**
 * The one content-folder resolver: every file a content path names (a picture, a logo) and every file
 * or folder the loader reads (split plans, themes, measures, easy-read) is looked up here. It is used only
 * when it is, after every symbolic link is followed, inside the content folder and of the kind wanted (a
 * regular file, or a folder), and written as a path inside the folder it is named from (`within`: the
 * content folder for site.yaml, the strategy's folder for its pictures); anything else is a problem to report
 * at the line that names it. Callers
 * read or copy the `real` path, so what is published is the file's bytes, never a link.
 */
export function resolveContentPath(
  contentRoot: string,
  within: string,
  named: string,
  want: "file" | "folder" = "file",
): ContentPath | ContentPathProblem {
  const root = resolve(contentRoot);
  const folder = resolve(within);
  // The path as written stays inside the folder it is given from (the content folder, or a strategy's).
  const place = folder === root ? "the content folder" : "the strategy's folder";
  const target = resolve(folder, named);
  if (isAbsolute(named) || !isInside(folder, target)) return { reason: "outside", problem: `is outside ${place}` };
  try {
    lstatSync(target);
  } catch {
    return { reason: "missing", problem: `is not in ${place}` };
  }
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ELOOP"
      ? { reason: "loop", problem: "is a symbolic link that leads back to itself (a loop)" }
      : { reason: "dangling", problem: "is a symbolic link to a file that does not exist" };
  }
  const realRoot = _realRoot(root);
  if (real !== realRoot && !isInside(realRoot, real))
    return { reason: "linked-outside", problem: "is a symbolic link to a file outside the content folder" };
  const stat = statSync(real);
  if (want === "file" && stat.isDirectory()) return { reason: "folder", problem: "is a folder, not a file" };
  if (want === "file" && !stat.isFile()) return { reason: "not-regular", problem: "is not a regular file" };
  if (want === "folder" && !stat.isDirectory()) return { reason: "file", problem: "is a file, not a folder" };
  return { real };
}

/** Whether a path is strictly inside a folder (the folder itself is not). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function _realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}
