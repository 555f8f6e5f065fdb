import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { longDate, type StrategyModel } from "../../src/model/index.ts";
import { renderReport } from "../../src/pdf/index.ts";
import { shortDate } from "../../src/paper/words.ts";
import { readModel } from "../../src/pipeline.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "content");
const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

let dir: string;
let strategy: StrategyModel;
/** Each Derby paper's text as pdftotext gives it, line by line, with no-break spaces read as spaces. */
const texts = new Map<string, string>();
const files = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sp-print-"));
  strategy = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health") as StrategyModel;
  for (const report of strategy.reports) {
    const file = join(dir, `${report.id}.pdf`);
    writeFileSync(file, await renderReport(strategy, report.id));
    files.set(report.id, file);
    if (hasPdftotext)
      texts.set(report.id, execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\u00a0/g, " "));
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the Derby papers in print", () => {
  it.skipIf(!hasPdftotext)("split no date, year or percentage across two lines", () => {
    for (const [id, text] of texts) {
      const splits = [
        new RegExp(`\\b\\d{1,2}\\n${MONTH}\\b`), // "31" / "March 2015"
        new RegExp(`\\b${MONTH}\\n\\d{4}\\b`), // "31 March" / "2015"
        /\b(?:19|20)\d?\n\d/, // "201" / "5": a year broken inside (a whole year may end a line)
        /\d\n%/, // "100" / "%"
      ];
      for (const split of splits) expect(text, `${id}: ${split.exec(text)?.[0] ?? ""}`).not.toMatch(split);
      expect(text).toContain("100%");
    }
  });

  it.skipIf(!hasPdftotext)("show every date of the appendix and the exceptions whole, on one line", () => {
    for (const report of strategy.reports) {
      const lines = (texts.get(report.id) ?? "").split("\n");
      const onOneLine = (value: string) => lines.some((l) => l.includes(value));
      for (const action of strategy.actions) {
        const due = report.dues[action.id];
        expect(
          onOneLine(shortDate(due?.due ?? action.due).replace(/\u00a0/g, " ")),
          `${report.id} ${action.id} due`,
        ).toBe(true);
        if (due?.revision) expect(onOneLine(shortDate(due.original).replace(/\u00a0/g, " "))).toBe(true);
        const latest = report.progress[action.id]?.latest;
        if (latest) expect(onOneLine(`${longDate(latest.date)}:`), `${report.id} ${action.id} latest`).toBe(true);
      }
      for (const e of report.exceptions)
        expect(onOneLine(longDate(e.due.due)), `${report.id} ${e.actionId}`).toBe(true);
      for (const r of report.riskRegister)
        for (const v of r.reviews.slice(-1)) expect(onOneLine(`${longDate(v.date)}:`)).toBe(true);
    }
  });

  it("set 95% or more of the body text at 12 pt or more, and nothing a reader reads below 11 pt", async () => {
    // Characters by size: body text (outside tables and figures) and everything else that is not page furniture.
    const body = new Map<number, number>();
    const all = new Map<number, number>();
    const doc = await getDocument({
      data: new Uint8Array(readFileSync(files.get("2015-09") as string)),
      verbosity: 0,
      isEvalSupported: false,
    }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const inTable = _contentIn(await page.getStructTree(), ["Table", "Figure"]);
      const items = (await page.getTextContent({ includeMarkedContent: true })).items as {
        str?: string;
        transform?: number[];
        type?: string;
        tag?: string;
        id?: string;
      }[];
      const open: { tag: string; id: string | null }[] = [];
      for (const item of items) {
        if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps")
          open.push({ tag: item.tag ?? "", id: item.id ?? null });
        else if (item.type === "endMarkedContent") open.pop();
        else if (item.str?.trim() && !open.some((m) => m.tag === "Artifact")) {
          const size = Math.round(Math.abs(item.transform?.[3] ?? 0) * 10) / 10;
          const id = [...open].reverse().find((m) => m.id)?.id ?? "";
          all.set(size, (all.get(size) ?? 0) + item.str.length);
          if (!inTable.has(id)) body.set(size, (body.get(size) ?? 0) + item.str.length);
        }
      }
    }
    await doc.destroy();
    const count = (m: Map<number, number>, test: (size: number) => boolean) =>
      [...m].filter(([size]) => test(size)).reduce((n, [, c]) => n + c, 0);
    const bodyChars = count(body, () => true);
    expect(bodyChars).toBeGreaterThan(5000);
    expect(count(body, (size) => size >= 12) / bodyChars).toBeGreaterThanOrEqual(0.95);
    // Tables and chart labels at 11 pt; only the running header and footer, which are artifacts, are smaller.
    expect(Math.min(...all.keys())).toBeGreaterThanOrEqual(11);
  });
});

type _Node = { role?: string; type?: string; id?: string; children?: _Node[] };

/** The marked-content ids of the page that sit inside an element of one of `roles` (a table, a figure). */
function _contentIn(tree: unknown, roles: readonly string[]): Set<string> {
  const found = new Set<string>();
  const walk = (node: _Node, inside: boolean) => {
    const now = inside || (node.role !== undefined && roles.includes(node.role));
    if (node.type === "content" && node.id && now) found.add(node.id);
    for (const child of node.children ?? []) walk(child, now);
  };
  if (tree) walk(tree as _Node, false);
  return found;
}
