import {
  Alias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { Diagnostic, Severity } from "../diagnostic/diagnostic.ts";

/** A path into a file's data, as ajv and the checks name it: ["actions", 3, "themes", 0]. */
export type DataPath = readonly (string | number)[];

/** Files above this size are refused: content files are hand-written and small. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** A file larger than this keeps its parsed document (see the constructor); content files are far smaller. */
const KEEP_DOCUMENT_BYTES = 1024 * 1024;
/** Aliases expanded per file before we call it an alias bomb. */
export const MAX_ALIAS_COUNT = 200;
/** Levels of nesting a content file may have: ours need six or so; deeper would only exhaust the stack. */
export const MAX_DEPTH = 64;

/**
 * One YAML content file: its data, and a source position for every value. The positions come from
 * yaml's Document, which is many times the size of the data; a file that reads cleanly drops it
 * once its data is out and parses its text again only if a check asks where a value is. A large
 * plan is thousands of such documents, and keeping them all was most of the memory (and of the
 * garbage collector's time) of reading it.
 */
export class SourceFile {
  readonly diagnostics: Diagnostic[] = [];
  /** The parsed data, or undefined when the file could not be read as a mapping. */
  data: unknown;
  readonly text: string;
  private _lines: string[] | null = null;
  private _counter = new LineCounter();
  /** The document while it is needed: kept when the file has problems, else dropped and parsed again on demand. */
  private _doc: Document.Parsed | null = null;
  /** Whether the text was parsed at all (false for a file refused before parsing, which has no positions). */
  private _parsed = false;
  /**
   * Each mapping's pairs by key, made the first time a position inside it is asked for: a mapping of many
   * unknown keys is reported key by key, and looking each up by a scan grew with the square of their number.
   */
  private _keys = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    readonly path: string,
    bytes: Uint8Array,
  ) {
    if (_isUtf16(bytes)) {
      this.text = "";
      this.report(
        1,
        1,
        "error",
        "the file is UTF-16 text, not UTF-8",
        "Save the file with UTF-8 encoding (in most editors: Save As, Encoding: UTF-8).",
      );
      return;
    }
    this.text = this._decode(bytes);
    this._lines = null;
    if (bytes.length > MAX_FILE_BYTES) {
      this.report(
        1,
        1,
        "error",
        `the file is ${Math.round(bytes.length / 1024)} KiB; content files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
        _splitHint(path),
      );
      return;
    }
    const nul = this.text.indexOf("\0");
    if (nul >= 0) {
      const before = this.text.slice(0, nul).split("\n");
      this.report(
        before.length,
        (before.at(-1)?.length ?? 0) + 1,
        "error",
        "the file contains a NUL character (a zero byte), which is not text",
        "Remove it: it usually comes from pasting from a binary file or a UTF-16 file.",
      );
      return;
    }
    this._doc = this._parse();
    this._parsed = this._doc !== null;
    // A clean file's positions are needed only for a diagnostic a later check may make: parse again then.
    // Not a file over KEEP_DOCUMENT_BYTES: parsing one takes seconds, and one that size is most likely
    // there by mistake, with problems whose positions the checks will ask for.
    if (this._doc && this.data !== undefined && this.diagnostics.length === 0 && bytes.length <= KEEP_DOCUMENT_BYTES)
      this._doc = null;
  }

  /**
   * A copy for one validation run: it shares this file's parsed text and data, starts from the diagnostics
   * found in reading it, and keeps what the checks add to itself, so the loaded file never changes.
   */
  forChecking(): SourceFile {
    const copy = Object.create(this) as SourceFile;
    Object.defineProperty(copy, "diagnostics", { value: [...this.diagnostics], enumerable: true });
    return copy;
  }

  /** Adds a diagnostic at a line and column, with the source line under it. */
  report(line: number, column: number, severity: Severity, message: string, hint?: string): void {
    // Lines and columns count from 1: a position that is not known is the file's start, never 0:0.
    line = Math.max(1, line || 1);
    column = Math.max(1, column || 1);
    const d: Diagnostic = { file: this.path, line, column, severity, message, source: this._line(line) };
    if (hint) d.hint = hint;
    this.diagnostics.push(d);
  }

  /** Reports at the value (or, with `at: "key"`, the key) a data path names; falls back to the nearest parent that exists. */
  reportAt(
    path: DataPath,
    severity: Severity,
    message: string,
    hint?: string,
    at: "value" | "key" = "value",
  ): Diagnostic {
    const { line, column } = this.locate(path, at);
    this.report(line, column, severity, message, hint);
    return this.diagnostics.at(-1) as Diagnostic;
  }

  /** The line and column of the value at a data path; the nearest existing parent when the path runs out. */
  locate(path: DataPath, at: "value" | "key" = "value"): { line: number; column: number } {
    const { node, pair } = this._walk(path);
    const target = at === "key" && pair && isScalar(pair.key) ? pair.key : node;
    const offset = (target as Node | undefined)?.range?.[0];
    if (offset === undefined || !this._document()) return { line: 1, column: 1 };
    const { line, col } = this._counter.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }

  /** Where the value at a data path starts and ends in the text, or null when the path does not exist. */
  span(path: DataPath): { start: number; end: number; line: number; column: number } | null {
    const { node, complete } = this._walk(path);
    const range = (node as Node | undefined)?.range;
    if (!complete || !range) return null;
    const { line, col } = this._counter.linePos(range[0]);
    return { start: range[0], end: range[1], line, column: col };
  }

  /** The text's line (from 1), without its newline; "" past the end. */
  private _line(line: number): string {
    this._lines ??= this.text.split("\n");
    return this._lines[line - 1] ?? "";
  }

  /** The parsed document, parsed again (with its line counter) when a clean file dropped it. */
  private _document(): Document.Parsed | null {
    if (!this._doc && this._parsed) {
      this._counter = new LineCounter();
      this._doc = parseDocument(this.text, _parseOptions(this._counter));
    }
    return this._doc;
  }

  private _walk(path: DataPath): { node: unknown; pair?: Pair; complete: boolean } {
    let node: unknown = this._document()?.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      const next = this._child(node, segment);
      if (!next) return { node, pair, complete: false };
      ({ node, pair } = next);
    }
    return { node, pair, complete: true };
  }

  private _child(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | null {
    const doc = this._document();
    if (node instanceof Alias && doc) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = this._pairs(node).get(String(segment));
      return pair ? { node: pair.value ?? pair.key, pair } : null;
    }
    if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      return item ? { node: item } : null;
    }
    return null;
  }

  /** A mapping's pairs by key (the first, where a key is repeated), as `_child` finds them. */
  private _pairs(map: YAMLMap): Map<string, Pair> {
    let index = this._keys.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
      this._keys.set(map, index);
    }
    return index;
  }

  private _decode(bytes: Uint8Array): string {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      const at = text.indexOf("\uFFFD");
      const before = text.slice(0, at).split("\n");
      this._lines = text.split("\n");
      this.report(
        before.length,
        (before.at(-1)?.length ?? 0) + 1,
        "error",
        "the file is not valid UTF-8 text",
        "Save the file with UTF-8 encoding.",
      );
    }
    if (text.startsWith("\uFEFF")) {
      text = text.slice(1);
      this._lines = text.split("\n");
      this.report(
        1,
        1,
        "warning",
        "the file starts with a byte order mark (BOM)",
        "Save the file as UTF-8 without a BOM; it was read correctly this time.",
      );
    }
    const crlf = text.indexOf("\r\n");
    if (crlf >= 0) {
      const line = text.slice(0, crlf).split("\n").length;
      text = text.replace(/\r\n/g, "\n");
      this._lines = text.split("\n");
      this.report(
        line,
        1,
        "warning",
        "the file has Windows (CRLF) line endings",
        "Save the file with LF line endings (set your editor or git's core.autocrlf); it was read correctly this time.",
      );
    }
    return text;
  }

  private _parse(): Document.Parsed | null {
    let doc: Document.Parsed;
    try {
      doc = parseDocument(this.text, _parseOptions(this._counter));
    } catch (error) {
      if (error instanceof RangeError) {
        this._tooDeep(1, 1);
        return null;
      }
      throw error;
    }
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) {
      const { line, col } = this._counter.linePos(overflow.pos[0]);
      this._tooDeep(line, col);
      return doc;
    }
    for (const e of doc.errors) this._reportYamlError(e.code, e.message, e.pos[0]);
    // Repeated keys are found here in one walk: yaml's own check compares each key with every key before it.
    const duplicates = _duplicates(doc);
    for (const [offset, first] of duplicates) this._reportDuplicate(offset, first);
    if (doc.errors.length > 0 || duplicates.size > 0) return doc;
    if (doc.contents === null) {
      this.report(
        1,
        1,
        "error",
        "the file is empty",
        "Add the file's fields; the $schema line at the top lets your editor suggest them.",
      );
      return doc;
    }
    if (!isMap(doc.contents)) {
      const { line, col } = this._counter.linePos(doc.contents.range[0]);
      const found = isSeq(doc.contents) ? "a list" : "a single value";
      this.report(
        line,
        col,
        "error",
        `the file must be a mapping of fields (name: value), but it is ${found}`,
        "Start each top-level line with a field name and a colon, e.g. `title: …`.",
      );
      return doc;
    }
    const data = this._toData(doc);
    const deep = data === undefined ? null : _tooDeepAt(data);
    if (deep) {
      const { line, column } = this._locateIn(doc, deep);
      this._tooDeep(line, column);
      return doc;
    }
    this.data = data;
    return doc;
  }

  private _tooDeep(line: number, column: number): void {
    this.report(
      line,
      column,
      "error",
      `the file is nested too deeply (more than ${MAX_DEPTH} levels)`,
      "Content files need only a few levels of nesting: check for brackets or indentation that never close.",
    );
  }

  /** Where a data path starts, for a document not yet kept as this file's own. */
  private _locateIn(doc: Document.Parsed, path: DataPath): { line: number; column: number } {
    let node: unknown = doc.contents;
    for (const segment of path) {
      const next = isMap(node)
        ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))?.value
        : isSeq(node)
          ? node.items[Number(segment)]
          : undefined;
      if (!next) break;
      node = next;
    }
    const { line, col } = this._counter.linePos((node as Node | undefined)?.range?.[0] ?? 0);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }

  private _toData(doc: Document.Parsed): unknown {
    try {
      return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (error instanceof ReferenceError && /unresolved alias/i.test(error.message)) {
        const alias = _firstUnresolvedAlias(doc);
        const { line, col } = this._counter.linePos(alias?.offset ?? 0);
        this.report(
          line,
          col,
          "error",
          `the alias *${alias?.name ?? "?"} names no anchor: there is no &${alias?.name ?? "?"} before it`,
          `Set the anchor (&${alias?.name ?? "name"}) on the value before the alias uses it, or write the value out.`,
        );
        return undefined;
      }
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        this._tooDeep(1, 1);
        return undefined;
      }
      if (error instanceof ReferenceError || error instanceof RangeError) {
        this.report(
          1,
          1,
          "error",
          "the file's aliases (*name) expand to too much data",
          "Write the values out, or use fewer aliases; content files do not need them.",
        );
        return undefined;
      }
      throw error;
    }
  }

  private _reportDuplicate(offset: number, first: { key: string; offset: number }): void {
    const { line, col } = this._counter.linePos(offset);
    this.report(
      line,
      col,
      "error",
      `duplicate key "${first.key}": it is already set on line ${this._counter.linePos(first.offset).line}`,
      "Remove one of them, or merge their values.",
    );
  }

  private _reportYamlError(code: string, message: string, offset: number): void {
    const { line, col } = this._counter.linePos(offset);
    const first = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
    this.report(line, col, "error", `YAML syntax: ${first}`, _syntaxHint(code, this._line(line)));
  }
}

/** How every content file is parsed. Keys are not checked unique by yaml (see `_duplicates`). */
function _parseOptions(lineCounter: LineCounter) {
  return { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true } as const;
}

/** UTF-16 text: a UTF-16 byte order mark, or a zero byte beside nearly every ASCII character of the start. */
function _isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const start = bytes.subarray(0, 200);
  if (start.length < 8) return false;
  let zeros = 0;
  for (const b of start) if (b === 0) zeros++;
  return zeros >= start.length / 3;
}

/** The path to the first value nested deeper than MAX_DEPTH, or null; walked without recursion. */
function _tooDeepAt(data: unknown): DataPath | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (value === null || typeof value !== "object") continue;
    if (path.length >= MAX_DEPTH) return path;
    // Only mappings and lists can go deeper: plain values are not stacked (a mapping may have many).
    for (const [key, child] of Object.entries(value))
      if (child !== null && typeof child === "object")
        stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return null;
}

/** The first alias whose anchor is not set before it. */
function _firstUnresolvedAlias(doc: Document.Parsed): { name: string; offset: number } | null {
  const anchors = new Set<string>();
  let found: { name: string; offset: number } | null = null;
  visit(doc, (_, node) => {
    if (node instanceof Alias) {
      if (!anchors.has(node.source)) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.add(anchor);
    return undefined;
  });
  return found;
}

/**
 * For each repeated key, by where it is repeated: the key and where it was first set (yaml's own error
 * names neither). One walk for them all, so a file of many repeats is not walked once per repeat.
 */
function _duplicates(doc: Document.Parsed): Map<number, { key: string; offset: number }> {
  const found = new Map<number, { key: string; offset: number }>();
  visit(doc, {
    Map(_, map) {
      const first = new Map<string, number>();
      for (const p of map.items) {
        if (!isScalar(p.key) || p.key.range?.[0] === undefined) continue;
        const key = String(p.key.value);
        const at = first.get(key);
        if (at === undefined) first.set(key, p.key.range[0]);
        else found.set(p.key.range[0], { key, offset: at });
      }
    },
  });
  return found;
}

/** How to make a file smaller: a plan's actions can be shared out over files under plan/. */
function _splitHint(path: string): string {
  return /(^|[\\/])plan(\.ya?ml$|[\\/])/.test(path)
    ? "Split the actions over several files under plan/ (plan/01-….yaml, plan/02-….yaml, each with its own `actions:` list, read in name order), keeping plan.yaml for the service models; see docs/content-model.md."
    : "Split the content into smaller files.";
}

function _syntaxHint(code: string, source: string): string {
  if (source.includes("\t")) return "Indent with spaces, not tabs.";
  if (code === "BAD_INDENT" || code === "MISSING_CHAR")
    return "Check the indentation and that each field has a colon after its name.";
  if (code.startsWith("MULTILINE") || code === "BLOCK_AS_IMPLICIT_KEY")
    return "Put text that contains a colon or starts with a special character in quotes.";
  return "Check the line against the YAML examples in docs/content-model.md; text with a colon followed by a space needs quotes.";
}
