import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { resolveContentPath } from "./content-path.ts";

/** A stored edition's file as found in the strategy folder: its path there, and the SHA-256 of its bytes. */
export interface EditionFile {
  file: string;
  sha256: string;
}

/** What a strategy's editions/ folder holds: each file's hash, and each approved report's stored facts. */
export interface StoredEditions {
  files: EditionFile[];
  /** Report id → the facts stored when it was approved (`editions/<id>.facts.json`), with the file's path. */
  facts: Map<string, { path: string; facts: Record<string, unknown> }>;
}

/** The name of the file that holds a report's facts beside its stored edition. */
export function factsFile(reportId: string): string {
  return `editions/${reportId}.facts.json`;
}

/**
 * Reads a strategy folder's editions/: only plain files directly in it (no links, no sub-folders),
 * hashing each so a check can compare it with the hash its report recorded.
 */
export function readEditions(
  root: string,
  folder: string,
  display: (path: string) => string,
  diagnostics: Diagnostic[],
): StoredEditions {
  const stored: StoredEditions = { files: [], facts: new Map() };
  // editions/ is read through the content-folder resolver, like every other folder a strategy holds.
  const found = resolveContentPath(root, folder, "editions", "folder");
  if (!("real" in found)) {
    if (found.reason !== "missing")
      diagnostics.push({
        file: display(join(folder, "editions")),
        line: 1,
        column: 1,
        severity: "error",
        message: `editions/ ${found.problem}`,
        hint: "Keep the stored editions in a folder named editions inside the strategy's folder, as `strategy-press report approve` writes them.",
      });
    return stored;
  }
  const dir = found.real;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return stored;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (!lstatSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    stored.files.push({ file: `editions/${name}`, sha256: createHash("sha256").update(bytes).digest("hex") });
    const facts = /^(.+)\.facts\.json$/.exec(name);
    if (!facts) continue;
    try {
      stored.facts.set(facts[1] as string, {
        path: display(path),
        facts: JSON.parse(bytes.toString("utf8")) as Record<string, unknown>,
      });
    } catch (error) {
      diagnostics.push({
        file: display(path),
        line: 1,
        column: 1,
        severity: "error",
        message: `the stored facts of an approved report cannot be read: ${(error as Error).message}`,
        hint: "Restore the file from git: it is written by `strategy-press report approve` and never edited by hand.",
      });
    }
  }
  return stored;
}
