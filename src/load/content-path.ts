import { lstatSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** A path a content file names, found: the real file (every link followed), inside the content folder. */
export interface ContentPath { real: string }

/** Why a path a content file names cannot be used, in words that follow "the file "…" ". */
export interface ContentPathProblem { problem: string }

/**
 * The one content-folder resolver: every file a content path names (a picture, a logo) and every file
 * or folder the loader reads (split plans, themes, measures, easy-read) is looked up here. It is used only
 * when it is, after every symbolic link is followed, inside the content folder and of the kind wanted (a
 * regular file, or a folder), and written as a path inside the folder it is named from (`within`: the
 * content folder for site.yaml, the strategy's folder for its pictures); anything else is a problem to report
 * at the line that names it. Callers
 * read or copy the `real` path, so what is published is the file's bytes, never a link.
 */
export function resolveContentPath(contentRoot: string, within: string, named: string, want: "file" | "folder" = "file"): ContentPath | ContentPathProblem {
  const root = resolve(contentRoot);
  const folder = resolve(within);
  // The path as written stays inside the folder it is given from (the content folder, or a strategy's).
  const place = folder === root ? "the content folder" : "the strategy's folder";
  const target = resolve(folder, named);
  if (isAbsolute(named) || !isInside(folder, target)) return { problem: `is outside ${place}` };
  try {
    lstatSync(target);
  } catch {
    return { problem: `is not in ${place}` };
  }
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === "ELOOP" ? "is a symbolic link that leads back to itself (a loop)" : "is a symbolic link to a file that does not exist" };
  }
  if (!isInside(_realRoot(root), real)) return { problem: "is a symbolic link to a file outside the content folder" };
  const stat = statSync(real);
  if (want === "file" && !stat.isFile()) return { problem: stat.isDirectory() ? "is a folder, not a file" : "is not a regular file" };
  if (want === "folder" && !stat.isDirectory()) return { problem: "is a file, not a folder" };
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
