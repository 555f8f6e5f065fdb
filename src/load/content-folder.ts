import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { readEditions, type StoredEditions } from "./editions.ts";
import { SourceFile } from "./source-file.ts";

/** The kinds of content file; each has a schema `schemas/<kind>.schema.json`. */
export type FileKind = "site" | "strategy" | "drivers" | "theme" | "plan" | "actions" | "reports" | "risks" | "measures" | "easy-read";

export interface LoadedFile { kind: FileKind; file: SourceFile }

/** The files of one strategy folder, as read: parsing done, nothing checked yet. */
export interface LoadedStrategy {
  dir: string;
  /** The folder's name, which must match the strategy's id. */
  folderName: string;
  strategy: SourceFile | null;
  drivers: SourceFile | null;
  plan: SourceFile | null;
  /** `plan/*.yaml`, in name order: more of the plan's actions, for a plan too long for one file. */
  actionFiles: SourceFile[];
  reports: SourceFile | null;
  /** The risk register: optional, so null when the strategy keeps none. */
  risks: SourceFile | null;
  /** The outcome measures (measures.yaml): optional, so absent or null when the strategy declares none. */
  measures?: SourceFile | null;
  themes: SourceFile[];
  /** The optional easy-read summary (easy-read.yaml), or null when the strategy has none. */
  easyRead?: SourceFile | null;
  /** The approved reports' stored editions (editions/), hashed, with the facts stored beside them. */
  editions?: StoredEditions;
}

export interface LoadedContent {
  root: string;
  site: SourceFile | null;
  strategies: LoadedStrategy[];
  /** Problems found while finding files (a missing file, an empty content folder, a link out of it). */
  diagnostics: Diagnostic[];
}

const REQUIRED = ["strategy", "plan", "reports"] as const;
// Drivers are optional: many plans name no national policy drivers.
const OPTIONAL = ["drivers", "risks", "measures"] as const;

/**
 * Reads a content folder (holding site.yaml and one folder per strategy) or a single strategy
 * folder. Paths in diagnostics are relative to `cwd` so they can be clicked in a terminal.
 * Only what the content folder holds is read: a symbolic link that leads out of it is refused.
 */
export function loadContent(dir: string, cwd = process.cwd()): LoadedContent {
  const display = (path: string) => relative(cwd, path) || path;
  const diagnostics: Diagnostic[] = [];
  const problem = (path: string, message: string, hint: string, environment = false) =>
    diagnostics.push({ file: display(path), line: 1, column: 1, severity: "error", message, hint, ...(environment ? { environment: true as const } : {}) });
  const missing = (path: string, what: string, hint: string) => problem(path, `${what} is missing`, hint);

  const isStrategyFolder = _entry(join(dir, "strategy.yaml")) !== "none";
  const root = isStrategyFolder ? join(dir, "..") : dir;
  const reader = new _Reader(root, display, problem);
  const siteFile = join(root, "site.yaml");
  const site = _entry(siteFile) !== "none" ? reader.read(siteFile) : null;
  const folders = isStrategyFolder ? [dir] : reader.strategyFolders(dir);
  if (!isStrategyFolder && _entry(siteFile) === "none") missing(siteFile, "site.yaml", "Add content/site.yaml naming the publisher; see docs/content-model.md.");
  if (folders.length === 0) missing(join(dir, "<strategy>", "strategy.yaml"), "a strategy folder", "Add a folder with a strategy.yaml, or run `strategy-press new <id>`.");

  const strategies = folders.map((folder): LoadedStrategy => {
    const loaded: LoadedStrategy = { dir: folder, folderName: folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder, strategy: null, drivers: null, plan: null, actionFiles: [], reports: null, risks: null, themes: [] };
    for (const kind of REQUIRED) {
      const path = join(folder, `${kind}.yaml`);
      if (_entry(path) !== "none") loaded[kind] = reader.read(path);
      else missing(path, `${kind}.yaml`, `Every strategy folder needs ${kind}.yaml; see docs/content-model.md.`);
    }
    for (const kind of OPTIONAL) {
      const path = join(folder, `${kind}.yaml`);
      if (_entry(path) !== "none") loaded[kind] = reader.read(path);
    }
    const themesDir = join(folder, "themes");
    const themeNames = reader.themeNames(themesDir);
    if (themeNames === null) return loaded;
    if (themeNames.length === 0) missing(join(themesDir, "<theme>.yaml"), "themes/ with at least one theme file", "Add one YAML file per theme under themes/.");
    loaded.themes = themeNames.map((n) => reader.read(join(themesDir, n))).filter((f): f is SourceFile => f !== null);
    // A long plan may be split over plan/*.yaml, beside or instead of plan.yaml's `actions`.
    loaded.actionFiles = _yamlFiles(join(folder, "plan")).map((path) => reader.read(path)).filter((f): f is SourceFile => f !== null);
    const easyRead = join(folder, "easy-read.yaml");
    loaded.easyRead = existsSync(easyRead) ? reader.read(easyRead) : null;
    loaded.editions = readEditions(folder, display, diagnostics);
    return loaded;
  });
  return { root, site, strategies, diagnostics };
}

/** Every file that was read, with its kind, in a stable order. */
export function loadedFiles(content: LoadedContent): LoadedFile[] {
  const files: LoadedFile[] = content.site ? [{ kind: "site", file: content.site }] : [];
  for (const s of content.strategies) {
    for (const kind of [...REQUIRED, ...OPTIONAL]) {
      const file = s[kind];
      if (file) files.push({ kind, file });
    }
    files.push(...s.actionFiles.map((file) => ({ kind: "actions" as const, file })));
    files.push(...s.themes.map((file) => ({ kind: "theme" as const, file })));
    if (s.easyRead) files.push({ kind: "easy-read", file: s.easyRead });
  }
  return files;
}

/** Whether something is at a path, a dangling or looping link included ("none" only when nothing is). */
function _entry(path: string): "none" | "some" {
  try {
    lstatSync(path);
    return "some";
  } catch {
    return "none";
  }
}

/** The YAML files directly in a folder, in name order; none when there is no such folder. */
function _yamlFiles(dir: string): string[] {
  if (!_isFolder(dir)) return [];
  return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n));
}

/** Reads files and folders of one content folder, turning every way a path can be wrong into a diagnostic. */
class _Reader {
  private readonly _realRoot: string;

  constructor(
    private readonly _root: string,
    private readonly _display: (path: string) => string,
    private readonly _problem: (path: string, message: string, hint: string, environment?: boolean) => void,
  ) {
    this._realRoot = existsSync(_root) ? realpathSync(_root) : _root;
  }

  /** A content file, or null (with a diagnostic) when it is a folder, a broken link or a link out of the content. */
  read(path: string): SourceFile | null {
    if (!this._followable(path, "file")) return null;
    try {
      return new SourceFile(this._display(path), readFileSync(path));
    } catch (error) {
      this._problem(path, `the file could not be read: ${_reason(error)}`, "Check the file's permissions: Strategy Press needs to read it.", _denied(error));
      return null;
    }
  }

  /** The strategy folders of a content folder: its sub-folders holding a strategy.yaml, in code-point order. */
  strategyFolders(root: string): string[] {
    if (_entry(root) === "none" || !this._followable(root, "folder")) return [];
    let names: string[];
    try {
      names = readdirSync(root);
    } catch (error) {
      this._problem(root, `the content folder could not be read: ${_reason(error)}`, "Check the folder's permissions.", _denied(error));
      return [];
    }
    return names
      .sort()
      .map((name) => join(root, name))
      .filter((path) => _isFolder(path) && _entry(join(path, "strategy.yaml")) !== "none" && this._followable(path, "folder"));
  }

  /** The YAML files in themes/, or null (with a diagnostic) when themes/ is not a folder that can be read. */
  themeNames(dir: string): string[] | null {
    if (_entry(dir) === "none") return [];
    if (!this._followable(dir, "folder")) return null;
    try {
      return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch (error) {
      this._problem(dir, `the themes folder could not be read: ${_reason(error)}`, "Check the folder's permissions.", _denied(error));
      return null;
    }
  }

  /** Whether a path is a real file (or folder) inside the content folder; says why not when it is not. */
  private _followable(path: string, want: "file" | "folder"): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") this._problem(path, "this is a symbolic link that leads back to itself (a loop)", "Replace the link with the file itself.");
      else this._problem(path, "this is a symbolic link to a file that does not exist", "Replace the link with the file itself, or remove it.");
      return false;
    }
    if (real !== this._realRoot && !real.startsWith(this._realRoot + sep) && lstatSync(path).isSymbolicLink()) {
      this._problem(path, "this is a symbolic link to a file outside the content folder, so it is not read or published", "Copy the file into the content folder: Strategy Press publishes only what the content folder holds.");
      return false;
    }
    const isFolder = statSync(path).isDirectory();
    if (want === "file" && isFolder) {
      this._problem(path, "this is a folder, but a YAML file is expected here", "Rename the folder, or move its files where they belong.");
      return false;
    }
    if (want === "folder" && !isFolder) {
      this._problem(path, "this is a file, but a folder is expected here", "Make it a folder holding one YAML file per theme.");
      return false;
    }
    return true;
  }
}

function _isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A broken link is reported where a file inside it is looked for, or ignored when nothing is.
    return false;
  }
}

/** Whether the computer refused us (permissions), rather than the content being wrong. */
function _denied(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" || code === "EPERM";
}

function _reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : ((error as Error).message ?? String(error));
}
