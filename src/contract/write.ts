/**
 * Writes what the schemas say into the files that repeat it: the content types
 * (src/model/content-types.ts) and the field tables of docs/content-model.md. The first step of
 * `npm run compile`; tests/contract fails when either file differs from what this would write.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import { withFieldTables } from "./docs.ts";
import { contentTypesSource } from "./types.ts";

export const CONTENT_TYPES = join(PACKAGE_ROOT, "src", "model", "content-types.ts");
export const CONTENT_DOCS = join(PACKAGE_ROOT, "docs", "content-model.md");

/** Each file the schemas are repeated in, with what it should hold now. */
export async function contractFiles(): Promise<{ path: string; text: string }[]> {
  return [
    { path: CONTENT_TYPES, text: await contentTypesSource() },
    { path: CONTENT_DOCS, text: withFieldTables(readFileSync(CONTENT_DOCS, "utf8")) },
  ];
}

async function _main(): Promise<void> {
  for (const { path, text } of await contractFiles()) {
    if (readFileSync(path, "utf8") !== text) writeFileSync(path, text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await _main();
