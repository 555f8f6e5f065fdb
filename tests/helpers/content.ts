import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../src/diagnostic/diagnostic.ts";
import { loadContent } from "../../src/load/content-folder.ts";
import { validateContent } from "../../src/validate/index.ts";
import { scratch } from "./scratch.ts";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");
export const MINI = "minimal-strategy";

/** A scratch copy of a fixture content folder, safe to edit. */
export function copyFixture(name = "mini"): string {
  const dir = scratch("sp-content-");
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Replaces text in a content file; fails loudly when the text is not there, so a test cannot pass vacuously. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (typeof from === "string" ? !text.includes(from) : !from.test(text))
    throw new Error(`"${String(from)}" not found in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** Gives an organisation of a strategy under `dir/content` the contact its returns and reminders go to. */
export function giveContact(dir: string, strategy: string, organisation: string, name: string, email: string): void {
  edit(
    dir,
    join("content", strategy, "strategy.yaml"),
    `    name: ${organisation}\n`,
    `    name: ${organisation}\n    contact: { name: ${name}, email: ${email} }\n`,
  );
}

export function writeBytes(dir: string, file: string, bytes: Uint8Array | string): void {
  writeFileSync(join(dir, file), bytes);
}

export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

/** Validates a content folder; diagnostics name files relative to it. */
export function diagnosticsOf(dir: string): Diagnostic[] {
  return validateContent(loadContent(dir, dir)).diagnostics;
}

/** The diagnostics as `file:line:column: severity: message` lines, the form a user reads. */
export function headlines(dir: string): string[] {
  return diagnosticsOf(dir).map(headline);
}

/** A diagnostic's first line as the CLI prints it: "file:line:column: severity: message". */
export function headline(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/** A copy of the mini fixture with one mistake made in one of its strategy's files. */
export function withMistake(file: string, from: string | RegExp, to: string): string {
  return fixtureWithMistake("mini", `${MINI}/${file}`, from, to);
}

/** A copy of a fixture content folder with one mistake made in one file (a path inside the folder). */
export function fixtureWithMistake(fixture: string, file: string, from: string | RegExp, to: string): string {
  const dir = copyFixture(fixture);
  edit(dir, file, from, to);
  return dir;
}
