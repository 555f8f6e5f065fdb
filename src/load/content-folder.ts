import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { SourceFile } from "./source-file.ts";

/** The kinds of content file; each has a schema `schemas/<kind>.schema.json`. */
export type FileKind = "site" | "strategy" | "drivers" | "theme" | "plan" | "reports" | "easy-read";

export interface LoadedFile { kind: FileKind; file: SourceFile }

/** The files of one strategy folder, as read: parsing done, nothing checked yet. */
export interface LoadedStrategy {
  dir: string;
  /** The folder's name, which must match the strategy's id. */
  folderName: string;
  strategy: SourceFile | null;
  drivers: SourceFile | null;
  plan: SourceFile | null;
  reports: SourceFile | null;
  themes: SourceFile[];
  /** The optional easy-read summary (easy-read.yaml), or null when the strategy has none. */
  easyRead?: SourceFile | null;
}

export interface LoadedContent {
  root: string;
  site: SourceFile | null;
  strategies: LoadedStrategy[];
  /** Problems found while finding files (a missing file, an empty content folder). */
  diagnostics: Diagnostic[];
}

const REQUIRED = ["strategy", "drivers", "plan", "reports"] as const;

/**
 * Reads a content folder (holding site.yaml and one folder per strategy) or a single strategy
 * folder. Paths in diagnostics are relative to `cwd` so they can be clicked in a terminal.
 */
export function loadContent(dir: string, cwd = process.cwd()): LoadedContent {
  const display = (path: string) => relative(cwd, path) || path;
  const diagnostics: Diagnostic[] = [];
  const missing = (path: string, what: string, hint: string) =>
    diagnostics.push({ file: display(path), line: 1, column: 1, severity: "error", message: `${what} is missing`, hint });

  const isStrategyFolder = existsSync(join(dir, "strategy.yaml"));
  const root = isStrategyFolder ? join(dir, "..") : dir;
  const siteFile = join(root, "site.yaml");
  const site = existsSync(siteFile) ? _read(siteFile, display) : null;
  const folders = isStrategyFolder ? [dir] : _strategyFolders(dir);
  if (!isStrategyFolder && !site) missing(siteFile, "site.yaml", "Add content/site.yaml naming the publisher; see docs/content-model.md.");
  if (folders.length === 0) missing(join(dir, "<strategy>", "strategy.yaml"), "a strategy folder", "Add a folder with a strategy.yaml, or run `strategy-press new <id>`.");

  const strategies = folders.map((folder): LoadedStrategy => {
    const loaded: LoadedStrategy = { dir: folder, folderName: folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder, strategy: null, drivers: null, plan: null, reports: null, themes: [] };
    for (const kind of REQUIRED) {
      const path = join(folder, `${kind}.yaml`);
      if (existsSync(path)) loaded[kind] = _read(path, display);
      else missing(path, `${kind}.yaml`, `Every strategy folder needs ${kind}.yaml; see docs/content-model.md.`);
    }
    const themesDir = join(folder, "themes");
    const themeNames = existsSync(themesDir) ? readdirSync(themesDir).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
    if (themeNames.length === 0) missing(join(themesDir, "<theme>.yaml"), "themes/ with at least one theme file", "Add one YAML file per theme under themes/.");
    loaded.themes = themeNames.map((n) => _read(join(themesDir, n), display));
    const easyRead = join(folder, "easy-read.yaml");
    loaded.easyRead = existsSync(easyRead) ? _read(easyRead, display) : null;
    return loaded;
  });
  return { root, site, strategies, diagnostics };
}

/** Every file that was read, with its kind, in a stable order. */
export function loadedFiles(content: LoadedContent): LoadedFile[] {
  const files: LoadedFile[] = content.site ? [{ kind: "site", file: content.site }] : [];
  for (const s of content.strategies) {
    for (const kind of REQUIRED) {
      const file = s[kind];
      if (file) files.push({ kind, file });
    }
    files.push(...s.themes.map((file) => ({ kind: "theme" as const, file })));
    if (s.easyRead) files.push({ kind: "easy-read", file: s.easyRead });
  }
  return files;
}

function _strategyFolders(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, "strategy.yaml")));
}

function _read(path: string, display: (p: string) => string): SourceFile {
  return new SourceFile(display(path), readFileSync(path));
}
