import { existsSync, lstatSync, readdirSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.ts";

/** The file Strategy Press leaves in every folder it publishes: a folder holding it may be replaced by a build. */
export const MARKER = ".strategy-press";
export const MARKER_TEXT = "This folder was published by Strategy Press; the next build replaces all of it.\n";

/** A folder a build must never replace, with what to call it. */
export interface Guarded {
  path: string;
  what: string;
}

/**
 * Refuses an output folder whose replacement would destroy something a user made: a file, the content
 * folder, the project folder or any folder holding them, or a folder of files Strategy Press did not write.
 * A build replaces its output whole, so anything in it that the build did not write would be lost.
 */
export function checkOutFolder(outDir: string, guarded: readonly Guarded[], cwd: string): void {
  const shown = relative(cwd, outDir) || ".";
  const real = _real(outDir);
  const same = guarded.find((g) => _real(g.path) === real);
  if (same)
    throw new UsageError(
      `--out ${shown} is ${same.what}; publishing there would delete it. Give a new or empty folder, such as _site.`,
    );
  for (const g of guarded) {
    if (_isInside(_real(g.path), real))
      throw new UsageError(
        `--out ${shown} holds ${g.what} (${relative(cwd, g.path) || "."}); publishing there would delete it. Give a new or empty folder, such as _site.`,
      );
  }
  if (!existsSync(outDir)) return;
  const stat = lstatSync(outDir);
  if (stat.isSymbolicLink())
    throw new UsageError(`--out ${shown} is a symbolic link; give the real folder it points to, or a new folder.`);
  if (!stat.isDirectory())
    throw new UsageError(
      `--out ${shown} is a file, not a folder; publishing there would replace it. Give a new or empty folder, such as _site.`,
    );
  const names = readdirSync(outDir);
  if (names.length > 0 && !names.includes(MARKER) && !_isEarlierSite(outDir)) {
    throw new UsageError(
      `--out ${shown} holds files Strategy Press did not write (it has no ${MARKER} file); publishing there would delete them. Give a new or empty folder, or empty this one first.`,
    );
  }
}

/**
 * A site published before the marker file existed: its search index and content schemas are there. Such a
 * folder is still ours to replace, so upgrading Strategy Press does not stop a build into the usual _site.
 */
function _isEarlierSite(dir: string): boolean {
  return (
    existsSync(join(dir, "pagefind", "pagefind.js")) &&
    existsSync(join(dir, "schemas", "strategy.schema.json")) &&
    existsSync(join(dir, "sitemap.xml"))
  );
}

/** The real path, following symbolic links as far as the path exists (the output folder may not exist yet). */
function _real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute
    ? absolute
    : join(_real(parent), absolute.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
}

function _isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && rel !== "..";
}
