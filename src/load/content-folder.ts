import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { readEditions, type StoredEditions } from "./editions.ts";
import { recoverWrites } from "../output/write-together.ts";
import { resolveContentPath, type ContentPathReason } from "./content-path.ts";
import { SourceFile } from "./source-file.ts";

/** The kinds of content file; each has a schema `schemas/<kind>.schema.json`. */
export type FileKind =
  "site" | "strategy" | "drivers" | "theme" | "plan" | "actions" | "reports" | "risks" | "measures" | "easy-read";

export interface LoadedFile {
  kind: FileKind;
  file: SourceFile;
}

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
  /**
   * The kinds of file refused rather than read (a link out of the content folder, a dangling link, a folder
   * where a file belongs): their ids are unknown, so references to them are not called missing.
   */
  refused?: FileKind[];
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
    diagnostics.push({
      file: display(path),
      line: 1,
      column: 1,
      severity: "error",
      message,
      hint,
      ...(environment ? { environment: true as const } : {}),
    });
  const missing = (path: string, what: string, hint: string) => problem(path, `${what} is missing`, hint);

  // A set of writes a process began and did not finish (killed mid-import, say) is finished first.
  recoverWrites(dir);
  const isStrategyFolder = _entry(join(dir, "strategy.yaml")) !== "none";
  const root = isStrategyFolder ? join(dir, "..") : dir;
  const reader = new _Reader(root, display, problem);
  const siteFile = join(root, "site.yaml");
  const site = _entry(siteFile) !== "none" ? reader.read(siteFile) : null;
  const folders = isStrategyFolder ? [dir] : reader.strategyFolders(dir);
  if (!isStrategyFolder && _entry(siteFile) === "none")
    missing(siteFile, "site.yaml", "Add content/site.yaml naming the publisher; see docs/content-model.md.");
  if (folders.length === 0)
    missing(
      join(dir, "<strategy>", "strategy.yaml"),
      "a strategy folder",
      "Add a folder with a strategy.yaml, or run `strategy-press new <id>`.",
    );

  const strategies = folders.map((folder): LoadedStrategy => {
    const loaded: LoadedStrategy = {
      dir: folder,
      folderName: folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder,
      strategy: null,
      drivers: null,
      plan: null,
      actionFiles: [],
      reports: null,
      risks: null,
      themes: [],
      refused: [],
    };
    const refused = loaded.refused as FileKind[];
    const read = (kind: FileKind, path: string): SourceFile | null => {
      const file = reader.read(path);
      if (!file) refused.push(kind);
      return file;
    };
    for (const kind of REQUIRED) {
      const path = join(folder, `${kind}.yaml`);
      if (_entry(path) !== "none") loaded[kind] = read(kind, path);
      else missing(path, `${kind}.yaml`, `Every strategy folder needs ${kind}.yaml; see docs/content-model.md.`);
    }
    for (const kind of OPTIONAL) {
      const path = join(folder, `${kind}.yaml`);
      if (_entry(path) !== "none") loaded[kind] = read(kind, path);
    }
    // A dangling link named easy-read.yaml is reported, not taken for no summary.
    const easyRead = join(folder, "easy-read.yaml");
    loaded.easyRead = _entry(easyRead) !== "none" ? read("easy-read", easyRead) : null;
    loaded.editions = readEditions(root, folder, display, diagnostics);
    // A long plan may be split over plan/*.yaml, beside or instead of plan.yaml's `actions`.
    const planDir = join(folder, "plan");
    const planNames = reader.yamlNames(
      planDir,
      "Make plan/ a folder of YAML files, each with an `actions:` list (see docs/content-model.md), or remove it.",
    );
    if (planNames === null) refused.push("actions");
    else
      loaded.actionFiles = planNames
        .map((n) => read("actions", join(planDir, n)))
        .filter((f): f is SourceFile => f !== null);
    const themesDir = join(folder, "themes");
    const themeNames = reader.yamlNames(themesDir, "Make it a folder holding one YAML file per theme.");
    if (themeNames === null) {
      refused.push("theme");
      return loaded;
    }
    if (themeNames.length === 0)
      missing(
        join(themesDir, "<theme>.yaml"),
        "themes/ with at least one theme file",
        "Add one YAML file per theme under themes/.",
      );
    loaded.themes = themeNames.map((n) => read("theme", join(themesDir, n))).filter((f): f is SourceFile => f !== null);
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

/** Reads files and folders of one content folder, turning every way a path can be wrong into a diagnostic. */
class _Reader {
  constructor(
    private readonly _root: string,
    private readonly _display: (path: string) => string,
    private readonly _problem: (path: string, message: string, hint: string, environment?: boolean) => void,
  ) {}

  /** A content file, or null (with a diagnostic) when it is a folder, a broken link or a link out of the content. */
  read(path: string): SourceFile | null {
    if (!this._followable(path, "file")) return null;
    try {
      return new SourceFile(this._display(path), readFileSync(path));
    } catch (error) {
      this._problem(
        path,
        `the file could not be read: ${_reason(error)}`,
        "Check the file's permissions: Strategy Press needs to read it.",
        _denied(error),
      );
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
      this._problem(
        root,
        `the content folder could not be read: ${_reason(error)}`,
        "Check the folder's permissions.",
        _denied(error),
      );
      return [];
    }
    return names
      .sort()
      .map((name) => join(root, name))
      .filter(
        (path) => _isFolder(path) && _entry(join(path, "strategy.yaml")) !== "none" && this._followable(path, "folder"),
      );
  }

  /**
   * The names of the YAML files directly in a folder (themes/, plan/), in name order: none when there is no
   * such folder, null (with a diagnostic) when it is not a folder inside the content folder that can be read.
   */
  yamlNames(dir: string, notAFolderHint: string): string[] | null {
    if (_entry(dir) === "none") return [];
    if (!this._followable(dir, "folder", notAFolderHint)) return null;
    try {
      return readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    } catch (error) {
      this._problem(
        dir,
        `the folder could not be read: ${_reason(error)}`,
        "Check the folder's permissions.",
        _denied(error),
      );
      return null;
    }
  }

  /**
   * Whether a path is a real file (or folder) inside the content folder, as the content-folder resolver
   * finds it; says why not, in the loader's words, when it is not.
   */
  private _followable(
    path: string,
    want: "file" | "folder",
    notAFolderHint = "Make it a folder holding one YAML file per theme.",
  ): boolean {
    if (resolve(path) === resolve(this._root)) return true;
    const found = resolveContentPath(this._root, this._root, relative(this._root, path), want);
    if ("real" in found) return true;
    const copy = "Copy the file into the content folder: Strategy Press publishes only what the content folder holds.";
    const said: Record<ContentPathReason, [string, string]> = {
      loop: ["this is a symbolic link that leads back to itself (a loop)", "Replace the link with the file itself."],
      dangling: [
        "this is a symbolic link to a file that does not exist",
        "Replace the link with the file itself, or remove it.",
      ],
      "linked-outside": [
        `this is a symbolic link to ${want === "folder" ? "a folder" : "a file"} outside the content folder, so it is not read or published`,
        copy,
      ],
      outside: [`this is outside the content folder, so it is not read or published`, copy],
      missing: ["this is not there", "Check the name."],
      folder: [
        "this is a folder, but a YAML file is expected here",
        "Rename the folder, or move its files where they belong.",
      ],
      "not-regular": [
        "this is not a regular file (a device, a pipe or a socket), so it is not read",
        "Put the YAML file itself here.",
      ],
      file: ["this is a file, but a folder is expected here", notAFolderHint],
    };
    const [message, hint] = said[found.reason];
    this._problem(path, message, hint);
    return false;
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
  return code === "EACCES" || code === "EPERM"
    ? "permission denied"
    : code === "EISDIR"
      ? "it is a folder"
      : ((error as Error).message ?? String(error));
}
