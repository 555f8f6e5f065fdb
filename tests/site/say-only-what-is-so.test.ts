import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DomUtils } from "htmlparser2";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../pdf/read-pdf.ts";
import { AS_AT } from "../helpers/clock.ts";
import { FIXTURES } from "../helpers/content.ts";
import { run } from "../../src/cli.ts";
import { build, elements, filesUnder, readPage, REPO, type Element } from "./build.ts";

/**
 * Three strategies of other shapes, each built once, and every sentence of their pages and papers read:
 * a council plan in its own words (tests/fixtures/kensington), a dementia action plan with nothing
 * reported yet (tests/fixtures/dementia), and a council plan's objectives with the progress the council
 * published for them (tests/fixtures/bracknell-objectives). No sentence may claim what the content does
 * not say, and no default word the strategy replaced may appear.
 */
const PLAN = "kc-council-plan";
const DEMENTIA = "south-glos-dementia";
const OBJECTIVES = "bracknell-council-plan-2019";

/** Sentences no content of either strategy supports: the quotations among them. */
const UNSUPPORTED: RegExp[] = [
  /None identified/,
  /keeps no risk register/i,
  /No risk register is kept/,
  /No background papers were used/,
  /Partners:? ?None/,
  /Drivers:? ?None/,
  /Not started, 0% complete/,
  /date of the latest progress recorded/,
  /Actions and commissioning intentions/,
  /Vision, purpose and principles/,
  /Owned by/,
  /Of these, \d/,
  /\b0 \w+ (is|are) overdue/,
  /\b1 warnings\b/,
  /improved: \d/,
  // A lead the plan does not name, or nothing reported said as if it were a status with a caveat.
  /Lead: ?\./,
  /No progress reported yet, but/,
];

/** What a plan that names no lead for any of its deliverables must not speak of: their leads. */
const NO_LEADS: RegExp[] = [
  /What the lead says/,
  /by status, priority (or|and) lead/,
  /Deliverables by lead/,
  /from (its lead|their leads)/,
  /Lead Due/,
];

/** The words each strategy replaced: the defaults it no longer uses (a code in quotes or a column name aside). */
const REPLACED: Record<string, RegExp[]> = {
  [PLAN]: [
    /\b[Aa]ctions?\b/,
    /\b[Tt]hemes?\b/,
    /\b[Bb]oard (reports?|papers?)\b/,
    /\bthe [Bb]oard\b/,
    /corporate Performance Report/,
  ],
  [DEMENTIA]: [/\b[Tt]hemes?\b/, /\bthe [Bb]oard\b/],
  // "theme" only as part of the plan's own "Strategic theme".
  [OBJECTIVES]: [
    /\b[Aa]ctions?\b/,
    /(?<![Ss]trategic )\b[Tt]hemes?\b/,
    /\b[Bb]oard (reports?|papers?)\b/,
    /\bthe [Bb]oard\b/,
    /[Cc]ouncil Plan Overview Report/,
  ],
};

/** The text of a Word edition: its paragraphs' runs, each paragraph apart. */
async function wordText(bytes: Buffer): Promise<string> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return xml
    .split(/<w:p[ >]/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1] ?? "")).join(""))
    .join(" ")
    .replace(/\s+/g, " ");
}

/** What a reader reads on a page: its text, without scripts, code (column names, codes) or the content schemas' own descriptions. */
function readerText(file: string, site: string): string {
  const page = readPage(site, file);
  const skipped = (el: Element) =>
    ["script", "style", "code"].includes(el.name) || (el.attribs["class"] ?? "").includes("sp-schema-list");
  for (const el of elements(page, skipped)) DomUtils.removeElement(el);
  // Each piece of text apart, as a reader sees the cells and items of a list apart.
  const body = elements(page, (el) => el.name === "body");
  return _words(body);
}

function _words(nodes: readonly { type: string }[]): string {
  const parts: string[] = [];
  const walk = (node: { type: string; data?: string; children?: { type: string }[] }) => {
    if (node.type === "text" && node.data) parts.push(node.data);
    for (const child of node.children ?? []) walk(child);
  };
  for (const node of nodes) walk(node);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

const texts: Record<string, { file: string; text: string }[]> = {};

async function readSite(fixture: string, id: string, asAt: string): Promise<void> {
  const { code, messages, outDir } = await build(join(FIXTURES, fixture), undefined, asAt);
  if (code !== 0) throw new Error(messages.join("\n"));
  const files = filesUnder(join(outDir, id)).map((f) => join(id, f));
  const pages = files.filter((f) => f.endsWith(".html")).map((file) => ({ file, text: readerText(file, outDir) }));
  const papers = await Promise.all(
    files
      .filter((f) => f.endsWith(".pdf"))
      .map(async (file) => ({
        file,
        text: (await readPdf(readFileSync(join(outDir, file)))).text.replace(/\s+/g, " "),
      })),
  );
  const words = await Promise.all(
    files
      .filter((f) => f.endsWith(".docx"))
      .map(async (file) => ({ file, text: await wordText(readFileSync(join(outDir, file))) })),
  );
  // What the CLI said of the build is read too ("✓ built 1 strategy … (1 warning)").
  texts[id] = [...pages, ...papers, ...words, { file: "(the build's summary)", text: messages.join(" ") }];
}

beforeAll(async () => {
  await readSite("kensington", PLAN, AS_AT.kensington);
  await readSite("dementia", DEMENTIA, AS_AT.dementia);
  await readSite("bracknell-objectives", OBJECTIVES, AS_AT["bracknell-objectives"]);
}, 300_000);

/** Every place a pattern matches, with a little of the text around it. */
function found(id: string, pattern: RegExp): string[] {
  // A field named "recovery action", a code in quotes, and the strategy's own title are not the default word;
  // nor are the council's own words in an objective's title and comment ("key actions", "the board").
  const exempt =
    /recovery action|"action"|"commissioning-intention"|Action Plan|key actions from the Health|presented to the board/gi;
  return (texts[id] ?? []).flatMap(({ file, text }) => {
    const cleaned = text.replace(exempt, "");
    const at = cleaned.search(pattern);
    return at < 0 ? [] : [`${file}: …${cleaned.slice(Math.max(0, at - 60), at + 60)}…`];
  });
}

describe("say only what is so", () => {
  it("reads every page and paper of both strategies", () => {
    expect(texts[PLAN]?.some((t) => t.file.endsWith(".pdf"))).toBe(true);
    expect(texts[PLAN]?.some((t) => t.file.endsWith(".docx") && t.text.includes("Corporate Performance Report"))).toBe(
      true,
    );
    expect(texts[PLAN]?.length).toBeGreaterThan(20);
    expect(texts[DEMENTIA]?.length).toBeGreaterThan(15);
    expect(
      texts[OBJECTIVES]?.some((t) => t.file.endsWith(".docx") && t.text.includes("Council plan overview report")),
    ).toBe(true);
    expect(texts[OBJECTIVES]?.length).toBeGreaterThan(20);
  });

  it.each([PLAN, DEMENTIA, OBJECTIVES])("%s: no sentence the content does not support", (id) => {
    for (const pattern of UNSUPPORTED) expect(found(id, pattern), String(pattern)).toEqual([]);
  });

  it("speaks of no lead where the plan names none", () => {
    for (const pattern of NO_LEADS) expect(found(PLAN, pattern), String(pattern)).toEqual([]);
  });

  it.each([PLAN, DEMENTIA, OBJECTIVES])("%s: none of the words the strategy replaced", (id) => {
    for (const pattern of REPLACED[id] ?? []) expect(found(id, pattern), String(pattern)).toEqual([]);
  });

  it("counts the plan's deliverables in its word in the CLI's summary", async () => {
    const said: string[] = [];
    const io = { out: (t: string) => said.push(t), err: (t: string) => said.push(t) };
    expect(await run(["validate", join(FIXTURES, "kensington"), "--as-at", AS_AT.kensington], io, REPO)).toBe(0);
    expect(said.join("\n")).toContain("✓ 7 files, 1 strategy, 7 deliverables, 5 updates: 0 errors, 1 warning");
  });

  it("says the plan's own words, with their capitals", () => {
    const home = texts[PLAN]?.find((t) => t.file === `${PLAN}/index.html`)?.text ?? "";
    expect(home).toMatch(/Deliverables ?: all 7 deliverables/);
    expect(home).toContain("The latest Corporate Performance Report is");
    expect(home).toContain("Progress reported to Overview and Scrutiny Committee");
    const paper = texts[PLAN]?.find((t) => t.file.endsWith(".pdf"))?.text ?? "";
    expect(paper).toContain("Appendix A: Progress of every deliverable");
    expect(paper).toMatch(/the strategy has 7 deliverables/);
  });

  it("says an action with nothing reported has no progress reported yet, never not started or 0%", () => {
    const page = texts[DEMENTIA]?.find((t) => t.file === `${DEMENTIA}/actions/grow-alliance/index.html`)?.text ?? "";
    expect(page).toContain("No progress reported yet");
    expect(page).not.toMatch(/Not started|0% complete|Percent complete not reported/);
    expect(found(DEMENTIA, /\d+% complete on average/)).toEqual([]);
    // The owners and the group progress is reported to are two things.
    const home = texts[DEMENTIA]?.find((t) => t.file === `${DEMENTIA}/index.html`)?.text ?? "";
    expect(home).toMatch(/Owners South Gloucestershire Council South Gloucestershire Clinical Commissioning Group/);
    expect(home).toContain("Progress reported to Dementia Planning Group");
    // The plan's refs, and no number at all for the future plans it leaves unnumbered.
    const actions = texts[DEMENTIA]?.find((t) => t.file === `${DEMENTIA}/actions/index.html`)?.text ?? "";
    expect(actions).toContain("1.2.2 Build on the national One You public health initiative");
    expect(actions).toMatch(/Ongoing Build on the current GP knowledge base/);
    expect(
      found(DEMENTIA, /\b1[1-3]\. (Build on the current GP|Consider a self-referral|Improve the diagnosis pathway)/),
    ).toEqual([]);
    // An organisation that leads has one page, as a lead organisation, not a second as a lead.
    const files = (texts[DEMENTIA] ?? []).map((t) => t.file);
    expect(files).toContain(`${DEMENTIA}/dashboard/organisation/sgc/index.html`);
    expect(files.filter((f) => f.includes("/dashboard/lead/"))).toEqual([
      `${DEMENTIA}/dashboard/lead/all-partners/index.html`,
      `${DEMENTIA}/dashboard/lead/southern-brooks/index.html`,
    ]);
    // No report has been made: no link to one, and no page of them.
    expect(home).not.toMatch(/Board reports|progress reports to/);
    expect(texts[DEMENTIA]?.some((t) => t.file.includes("/reports/"))).toBe(false);
  });

  it("shows the progress Bracknell published as published, in its words, and calls none of it example data", () => {
    const page =
      texts[OBJECTIVES]?.find((t) => t.file === `${OBJECTIVES}/actions/affordable-housing-spd/index.html`)?.text ?? "";
    expect(page).toContain(
      "Objective 2.01.02 Develop a Supplementary Planning Document in relation to affordable housing supply",
    );
    expect(page).toMatch(/Amber Stage: In progress 20% complete/);
    expect(page).toMatch(/Lead People directorate Due 31 March 2024/);
    expect(page).toContain(
      "As a result the completion date is estimated to be 30 September 2024 extended from 31 March 2024.",
    );
    const home = texts[OBJECTIVES]?.find((t) => t.file === `${OBJECTIVES}/index.html`)?.text ?? "";
    expect(home).toMatch(/6 objectives in all 4 Green 2 Amber/);
    expect(home).toContain("Progress reported to Executive");
    expect(home).toMatch(/Strategic themes ?: 2 strategic themes/);
    const paper = texts[OBJECTIVES]?.find((t) => t.file.endsWith("2023-24-q3.pdf"))?.text ?? "";
    expect(paper).toContain("the strategy has 6 objectives. By status: 4 Green and 2 Amber.");
    expect(paper).toContain("Appendix A: Progress of every objective");
    expect(found(OBJECTIVES, /Illustrative data|Example data|invented examples/)).toEqual([]);
  });

  it("shows no status the plan's own scale leaves out where no objective is in it: no column or bar of zeros", () => {
    expect(found(OBJECTIVES, /Not started|Withdrawn/)).toEqual([]);
    const report = texts[OBJECTIVES]?.find((t) => t.file === `${OBJECTIVES}/reports/2023-24-q3/index.html`)?.text ?? "";
    expect(report).toMatch(/Strategic theme Objectives Green Amber Red Completed Overdue/);
  });
});
