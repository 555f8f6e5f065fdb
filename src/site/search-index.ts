import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { close, createIndex, type IndexFile } from "pagefind";
import { EnvironmentError } from "../errors.ts";

/** Pagefind, a program of its own, failed: the computer's doing (a missing binary, a killed process), not the content's. */
export class SearchIndexError extends EnvironmentError {
  override name = "SearchIndexError";
}

/**
 * Indexes the built pages with Pagefind and writes the index and its search UI to `<outDir>/pagefind/`.
 * Pagefind hands over every file's bytes and we write them ourselves, into a temporary folder that is
 * checked file by file against what Pagefind gave (count and sizes) before it becomes `pagefind/`.
 * Letting Pagefind write the files itself published a truncated file about once in 25 builds: its process
 * was closed while its writer could still be writing.
 */
export async function indexForSearch(outDir: string): Promise<void> {
  let files: IndexFile[];
  try {
    const { errors, index } = await createIndex({});
    if (!index) throw new SearchIndexError(`could not start the search indexer: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir });
    const got = await index.getFiles();
    const problems = [...added.errors, ...got.errors];
    if (problems.length) throw new SearchIndexError(`could not index the site for search: ${problems.join("; ")}`);
    files = got.files;
  } finally {
    await close();
  }
  writeSearchFiles(join(outDir, "pagefind"), files);
}

/** Writes the index's files through a temporary folder, and moves it into place only when every file is whole. */
export function writeSearchFiles(dir: string, files: readonly IndexFile[]): void {
  if (!files.some((f) => f.path === "pagefind.js"))
    throw new SearchIndexError("the search indexer gave no pagefind.js: the search index is incomplete");
  const tmp = `${dir}.writing-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    for (const file of files) {
      const path = join(tmp, file.path);
      if (relative(tmp, path).startsWith(".."))
        throw new SearchIndexError(`the search indexer named a file outside its folder: ${file.path}`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    checkSearchFiles(tmp, files);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Every file Pagefind gave is on disk at its full size, and nothing else is there. */
export function checkSearchFiles(dir: string, files: readonly IndexFile[]): void {
  const onDisk = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[]).filter(
    (e) => e.isFile(),
  ).length;
  if (onDisk !== files.length)
    throw new SearchIndexError(`the search index has ${onDisk} files where Pagefind made ${files.length}`);
  for (const file of files) {
    const size = statSync(join(dir, file.path)).size;
    if (size !== file.content.length)
      throw new SearchIndexError(
        `the search index file ${file.path} is ${size} bytes where Pagefind made ${file.content.length}: it was not written whole`,
      );
  }
}
