import { lstatSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { SourceFile } from "../load/source-file.ts";
import { record, text } from "./raw.ts";

/**
 * The files site.yaml names (the publisher's logo) are regular files inside the content folder: a path or a
 * symbolic link that leads out of it would publish a file the author never meant to (../../secret.svg, /etc/passwd).
 */
export function checkSiteFiles(site: SourceFile, contentRoot: string): void {
  const logo = text(record(record(site.data)["publisher"])["logo"]);
  if (!logo) return;
  const problem = contentFileProblem(contentRoot, logo);
  if (problem) site.reportAt(["publisher", "logo"], "error", `the logo file "${logo}" ${problem}`, "Put the SVG or PNG file in the content folder (e.g. content/assets/logo.svg) and give its path from there.");
}

/** Why a path named in content may not be published, or null when it names a regular file inside the content folder. */
export function contentFileProblem(contentRoot: string, path: string): string | null {
  const root = resolve(contentRoot);
  const target = resolve(root, path);
  if (isAbsolute(path) || !_inside(root, target)) return "is outside the content folder";
  let real: string;
  try {
    lstatSync(target);
  } catch {
    return "is not in the content folder";
  }
  try {
    real = realpathSync(target);
  } catch {
    return "is a symbolic link to a file that does not exist";
  }
  if (!_inside(realpathSync(root), real)) return "is a symbolic link to a file outside the content folder";
  return statSync(real).isFile() ? null : "is not a file";
}

function _inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
