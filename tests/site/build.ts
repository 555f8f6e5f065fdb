import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { inject } from "vitest";
import { run } from "../../src/cli.ts";
import { REPO, scratch } from "../helpers/scratch.ts";

export { REPO, scratch };

export const DERBY = "derby-mental-health";

export interface BuildResult {
  code: number;
  /** Everything the CLI said, out and err, in order. */
  messages: string[];
  outDir: string;
}

/**
 * Builds a content folder with the real CLI, as a user would: `strategy-press build <content> --out <outDir>`,
 * with `--as-at` when a day is given (else the tests' SOURCE_DATE_EPOCH day: tests/helpers/clock.ts).
 */
export async function build(
  contentDir: string,
  outDir = join(scratch("sp-site-"), "_site"),
  asAt?: string,
): Promise<BuildResult> {
  const messages: string[] = [];
  const code = await run(
    ["build", contentDir, "--out", outDir, ...(asAt ? ["--as-at", asAt] : [])],
    { out: (t) => messages.push(t), err: (t) => messages.push(t) },
    REPO,
  );
  return { code, messages, outDir };
}

/** The Derby site, built once for the whole run by tests/helpers/global-setup.ts. Read it; never change it. */
export async function derbySite(): Promise<string> {
  return inject("derbySite");
}

/** The carers fixture's site, built once for the whole run by tests/helpers/global-setup.ts. Read it; never change it. */
export async function carersSite(): Promise<string> {
  return inject("carersSite");
}

/** A copy of the repository's content folder, safe to edit. */
export function copyContent(): string {
  const dir = scratch("sp-site-content-");
  cpSync(join(REPO, "content"), dir, { recursive: true });
  return dir;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/** The site's pages (not Pagefind's own files). */
export function pagesUnder(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
}

/** A sha256 of every file, by path: two trees are byte-identical when these are equal. */
export function hashTree(dir: string, skip: (file: string) => boolean = () => false): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir)
      .filter((f) => !skip(f))
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex"),
      ]),
  );
}

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export function readPage(dir: string, file: string): Document {
  return parseDocument(readFileSync(join(dir, file), "utf8"));
}

/** Every element within `root` (a document or an element) that `test` accepts. */
export function elements(root: Document | Element, test: (el: Element) => boolean = () => true): Element[] {
  return DomUtils.findAll(test, root.children);
}

export function textOf(node: Element | Element[]): string {
  return DomUtils.textContent(node).replace(/\s+/g, " ").trim();
}
