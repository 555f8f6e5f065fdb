import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PageIndexer } from "../../src/site/page-indexer.ts";
import { indexForSearch } from "../../src/site/search-index.ts";
import { scratch } from "../helpers/scratch.ts";
import { derbySite, filesUnder } from "./build.ts";

let site: string;
beforeAll(async () => {
  site = await derbySite();
});

interface Entry {
  languages: Record<string, { page_count: number }>;
}
const pageCount = (dir: string) =>
  Object.values(
    (JSON.parse(readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as Entry).languages,
  ).reduce((n, l) => n + l.page_count, 0);
const fragments = (dir: string) =>
  filesUnder(join(dir, "pagefind"))
    .filter((f) => f.startsWith("fragment/"))
    .sort();

describe("the search index fed page by page as the build writes them", () => {
  it("holds the same pages as Pagefind finds reading the published folder back", { timeout: 60_000 }, async () => {
    const copy = join(scratch("sp-reindex-"), "site");
    cpSync(site, copy, { recursive: true });
    rmSync(join(copy, "pagefind"), { recursive: true });
    await indexForSearch(copy);
    expect(pageCount(site)).toBe(pageCount(copy));
    // A fragment is named by a hash of its page's indexed text: the same names, the same pages.
    expect(fragments(site)).toEqual(fragments(copy));
  });

  it("indexes the pages it is given, at their addresses", async () => {
    const out = scratch("sp-indexer-");
    const indexer = new PageIndexer();
    const page = (title: string) =>
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Crisis care for ${title}.</p></main></body></html>`;
    await Promise.all(["Adults", "Young people", "Older people"].map((t, i) => indexer.add(`/page-${i}/`, page(t))));
    await indexer.write(out);
    expect(pageCount(out)).toBe(3);
    expect(fragments(out)).toHaveLength(3);
  });
});
