import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContent, type LoadedContent, type LoadedStrategy } from "../../src/load/content-folder.ts";
import { SourceFile } from "../../src/load/source-file.ts";
import { buildSite } from "../../src/model/index.ts";
import { validateContent } from "../../src/validate/index.ts";
import { clockAt, DERBY_AS_AT } from "../helpers/clock.ts";
import { CONTENT } from "../helpers/scratch.ts";

type Slot =
  | { strategy: number; kind: "strategy" | "drivers" | "plan" | "reports" }
  | { strategy: number; theme: number }
  | "site";

const derby = loadContent(CONTENT, CONTENT);
const slots: Slot[] = [
  "site",
  ...derby.strategies.flatMap((s, i) => [
    ...(["strategy", "drivers", "plan", "reports"] as const).map((kind) => ({ strategy: i, kind })),
    ...s.themes.map((_, t) => ({ strategy: i, theme: t })),
  ]),
];

function fileAt(content: LoadedContent, slot: Slot): SourceFile | null {
  if (slot === "site") return content.site;
  const s = content.strategies[slot.strategy] as LoadedStrategy;
  return "kind" in slot ? s[slot.kind] : (s.themes[slot.theme] ?? null);
}

/** The content with one file's text replaced: read afresh, as the loader would read it from disk. */
function withFile(content: LoadedContent, slot: Slot, bytes: Uint8Array): LoadedContent {
  const old = fileAt(content, slot);
  if (!old) return content;
  const file = new SourceFile(old.path, bytes);
  if (slot === "site") return { ...content, site: file };
  const strategies = content.strategies.map((s, i) => {
    if (i !== slot.strategy) return s;
    return "kind" in slot
      ? { ...s, [slot.kind]: file }
      : { ...s, themes: s.themes.map((t, j) => (j === slot.theme ? file : t)) };
  });
  return { ...content, strategies };
}

/** Text that YAML and our checks find awkward: indicators, quotes, anchors, tabs, NUL, odd Unicode. */
const awkward = fc.constantFrom(
  ":",
  ": ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  "&a ",
  "*a",
  "!!str ",
  "#",
  "'",
  '"',
  "|",
  ">",
  "\t",
  "\0",
  "\r\n",
  "\uFEFF",
  "\u2028",
  "~",
  "null",
  "9999-99-99",
  "2015-02-30",
  "---",
  "...",
  "   ",
  "\n",
  "é",
  "💥",
);

/** One mutation of a file's text: delete, duplicate or re-indent a line, insert awkward text, or cut the file short. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("indent-line" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(awkward, fc.string({ maxLength: 12 })),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
);

function apply(text: string, m: { op: string; at: number; by?: number; text?: string }): string {
  const lines = text.split("\n");
  const line = m.at % Math.max(1, lines.length);
  switch (m.op) {
    case "delete-line":
      return lines.filter((_, i) => i !== line).join("\n");
    case "duplicate-line":
      return lines.flatMap((l, i) => (i === line ? [l, l] : [l])).join("\n");
    case "indent-line":
      return lines
        .map((l, i) => (i !== line ? l : (m.by ?? 0) >= 0 ? " ".repeat(m.by ?? 0) + l : l.slice(-(m.by ?? 0))))
        .join("\n");
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + (m.text ?? "") + text.slice(at);
    }
    default:
      return text.slice(0, m.at % (text.length + 1));
  }
}

describe("fuzzed Derby content", () => {
  it("never throws, always locates its diagnostics, and validates the same way twice", () => {
    fc.assert(
      fc.property(fc.constantFrom(...slots), fc.array(mutation, { minLength: 1, maxLength: 3 }), (slot, mutations) => {
        const original = fileAt(derby, slot);
        if (!original) return;
        const text = mutations.reduce(apply, original.text);
        const content = withFile(derby, slot, new TextEncoder().encode(text));
        const first = validateContent(content);
        const second = validateContent(content);
        expect(second.diagnostics).toEqual(first.diagnostics);
        for (const d of first.diagnostics) {
          expect(d.file, JSON.stringify(d)).not.toBe("");
          expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
          expect(d.column, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
          expect(d.message, JSON.stringify(d)).not.toMatch(/undefined|\[object Object\]|call stack/);
        }
        if (first.content) buildSite(first.content.site, first.content.strategies, clockAt(DERBY_AS_AT));
      }),
      // A modest number of runs keeps this quick on a shared two-core machine; the seed is printed on failure.
      { numRuns: 100 },
    );
  });
});
