import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SourceFile } from "../load/source-file.ts";
import { record, text } from "../validate/raw.ts";

/**
 * The sub-path the site is published under (site.yaml `path_prefix`), which Eleventy needs before
 * any plugin runs. Read from site.yaml alone, so a mistake elsewhere in the content cannot stop a
 * preview from starting.
 */
export function contentPathPrefix(contentDir: string): string {
  const path = join(resolve(contentDir), "site.yaml");
  if (!existsSync(path)) return "/";
  return text(record(new SourceFile(path, readFileSync(path)).data)["path_prefix"]) ?? "/";
}
