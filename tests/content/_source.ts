import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Reads the council's own strategy document (kept beside the tests) into lists, independently of
 * our YAML, so the tests can check that every item of the source made it into the content.
 */
export interface SourceStrategy {
  purposes: string[];
  principles: string[];
  drivers: string[];
  implications: string[];
  policyDocuments: string[];
  messages: string[];
  themes: { title: string; issues: string[]; initiatives: string[] }[];
  currentModel: string[];
  actions: string[];
  desiredModel: string[];
}

const SOURCE = join(import.meta.dirname, "..", "fixtures", "source", "derby-mental-health-strategy.txt");

export function readSource(): SourceStrategy {
  const text = readFileSync(SOURCE, "utf8");
  const between = (start: string, end: string) => {
    const from = text.indexOf(start);
    const to = text.indexOf(end, from + start.length);
    if (from < 0 || to < 0) throw new Error(`source section "${start}" … "${end}" not found`);
    return text.slice(from + start.length, to);
  };
  const bullets = (section: string) => section.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim());
  const lines = (section: string) => section.split("\n").map((l) => l.trim()).filter(Boolean);
  const drivers = between("### Key Drivers", "Other key policy documents");
  const plan = _planBlocks(text);
  return {
    purposes: bullets(between("decision making concerning:", "### Vision for Mental Health Services")),
    principles: bullets(between("Our aim is to commission services which are:", "The Derby City Health and Wellbeing Board agreed")),
    drivers: lines(drivers).filter((l) => l.startsWith("**")).map((l) => (/^\*\*(.+?)\*\*/.exec(l)?.[1] ?? l)),
    implications: bullets(drivers),
    policyDocuments: lines(between("**Messages / Implications**", "\nMeans\n")),
    messages: lines(between("\nMeans\n", "## Themes")),
    themes: _themes(between("## Themes", "## Way forward")),
    currentModel: plan[0] ?? [],
    actions: plan[1] ?? [],
    desiredModel: plan[2] ?? [],
  };
}

/** The three columns of the way forward, which the text keeps as three bullet blocks in order. */
function _planBlocks(text: string): string[][] {
  const tail = text.slice(text.indexOf("**Desired service model 2019**"));
  return tail
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim()))
    .filter((block) => block.length > 0);
}

function _unescape(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/<[^>]+>/g, "").trim();
}

/** Each theme is a title line ending in a tab, then one line of HTML holding its issues and initiatives. */
function _themes(section: string): SourceStrategy["themes"] {
  const rows = section.split("\n");
  const themes: SourceStrategy["themes"] = [];
  rows.forEach((row, i) => {
    if (!row.endsWith("\t")) return;
    const html = rows.slice(i + 1).find((r) => r.includes("Issues")) ?? "";
    const [issuesHtml = "", initiativesHtml = ""] = html.split(/<p><b>Current initiatives/);
    const issues = [...issuesHtml.replace(/<p><b>Issues:?<\/b><\/p>/, "").matchAll(/<p>(.*?)<\/p>/g)]
      .flatMap((m) => (m[1] ?? "").split(/\s{2,}/))
      .map(_unescape)
      .filter(Boolean);
    const initiatives = [...initiativesHtml.matchAll(/<li>• (.*?)<\/li>/g)].map((m) => _unescape(m[1] ?? ""));
    themes.push({ title: _unescape(row), issues, initiatives });
  });
  return themes;
}
