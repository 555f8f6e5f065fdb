import { beforeAll, describe, expect, it } from "vitest";
import { DERBY, derbySite, elements, pagesUnder, readPage, textOf, type Document, type Element } from "./build.ts";

let site: string;
beforeAll(async () => {
  site = await derbySite();
}, 120_000);

/** The editors' page is for the people who edit the strategy; every other page is for partners. */
const isPartnerPage = (page: string) => !page.startsWith(`${DERBY}/editors/`);

/**
 * What a reader sees or hears of a page: its body's text without scripts, styles and noscript
 * fallbacks' markup, and without `<code>` (the open data page names CSV columns such as `stale`
 * exactly as the files spell them, for the developers who reuse them).
 */
function visibleText(doc: Document): string {
  const body = elements(doc, (el) => el.name === "body")[0];
  if (!body) return "";
  const skip = (el: Element) => ["script", "style", "code", "title"].includes(el.name);
  const parts: string[] = [];
  const walk = (nodes: Element["children"]) => {
    for (const node of nodes) {
      if (node.type === "text") parts.push((node as unknown as { data: string }).data);
      else if ("name" in node && !skip(node as Element)) walk((node as Element).children);
    }
  };
  walk(body.children);
  return parts.join(" ").replace(/\s+/g, " ");
}

const INTERNAL_WORDS: [string, RegExp][] = [
  ["golden thread", /golden thread/i],
  ["Kind", /\bKind\b/],
  ["Horizon", /\bhorizons?\b/i],
  ["stale", /\bstale\b/i],
  ["a content file's name", /\b[\w*-]+\.ya?ml\b/i],
  ["a data file's name", /\b[\w-]+\.(json|csv|xml|pdf)\b/i],
  ["Strategy Press content file", /Strategy Press content file/i],
];

describe("the words partners read", () => {
  it("never use the tool's internal words or file names", () => {
    const pages = pagesUnder(site).filter(isPartnerPage);
    expect(pages.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const page of pages) {
      const text = visibleText(readPage(site, page));
      for (const [word, pattern] of INTERNAL_WORDS) {
        const match = pattern.exec(text);
        if (match) found.push(`${page}: ${word} ("…${text.slice(Math.max(0, match.index - 40), match.index + 40)}…")`);
      }
    }
    expect(found).toEqual([]);
  });

  it("leave the golden thread to the editors' page, linked from the footer and not the sections' navigation", () => {
    const home = readPage(site, `${DERBY}/index.html`);
    const navLinks = elements(home, (el) => el.name === "nav").flatMap((nav) =>
      elements(nav, (el) => el.name === "a").map((a) => a.attribs["href"]),
    );
    expect(navLinks.some((href) => href?.includes("/editors/"))).toBe(false);
    const footer = elements(home, (el) => el.name === "footer")[0]!;
    expect(
      elements(footer, (el) => el.name === "a" && el.attribs["href"] === `/${DERBY}/editors/`).map((a) => textOf(a)),
    ).toEqual(["For editors"]);
    expect(textOf(elements(readPage(site, `${DERBY}/editors/index.html`), (el) => el.name === "h1"))).toMatch(
      /golden thread/i,
    );
  });

  it("write the strategy's period one way, and count in the singular when there is one", () => {
    const home = visibleText(readPage(site, `${DERBY}/index.html`));
    expect(home).toContain("2014 to 2019");
    expect(home).not.toContain("→");
    const themes = visibleText(readPage(site, `${DERBY}/themes/index.html`));
    expect(themes).not.toMatch(/\b1 (issues|current initiatives|actions)\b/);
    expect(themes).toMatch(/\b1 current initiative\b/);
    expect(themes).not.toContain("on track or complete");
  });
});

describe("the drivers page", () => {
  it("joins each driver's title to its sentence, as the source does: no paragraph starts in lower case", () => {
    const doc = readPage(site, `${DERBY}/drivers/index.html`);
    const main = elements(doc, (el) => el.name === "main")[0]!;
    const paragraphs = elements(main, (el) => el.name === "p")
      .map((p) => textOf(p))
      .filter(Boolean);
    expect(paragraphs.filter((p) => /^[a-z]/.test(p))).toEqual([]);
    expect(paragraphs).toContain(
      "Health and Social Care Act 2012 – outlines the programme of legislative reform aimed at making the NHS more responsive, efficient and accountable. The Act saw the establishment of Clinical Commissioning Groups and Healthwatch, the duty on Local Authorities to establish Health and Wellbeing Boards and the move of Public Health into Councils.",
    );
  });

  it("gives a policy document's year once", () => {
    const text = visibleText(readPage(site, `${DERBY}/drivers/index.html`));
    expect(text).toContain("Equity and excellence: liberating the NHS (White Paper 2010)");
    expect(text).not.toContain("(White Paper 2010) (2010)");
    expect(text).toContain("Equalities Act (2010)");
  });
});

describe("the vision page", () => {
  it("says the figure the source refers to is not available", () => {
    const text = visibleText(readPage(site, `${DERBY}/vision/index.html`));
    expect(text).toContain("please see figure 1 below");
    expect(text).toContain(
      "Editor's note: the strategy refers to figure 1, “Model for Generic Levels of care”. The figure is not in the text this site was made from",
    );
  });
});

describe("the themes index", () => {
  it("says what each theme is about, so a reader knows which to open", () => {
    const text = visibleText(readPage(site, `${DERBY}/themes/index.html`));
    expect(text).toMatch(/Issues it addresses: [^.]*carers/i);
  });
});
