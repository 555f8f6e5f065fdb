import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { DERBY, build, copyContent, elements, readPage } from "./build.ts";
import { brokenLinks } from "./links.ts";

const PREFIX = "/strategies/";
let site: string;

beforeAll(async () => {
  const content = copyContent();
  const path = join(content, "site.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  doc.setIn(["path_prefix"], PREFIX);
  doc.setIn(["base_url"], "https://council.example/strategies/");
  writeFileSync(path, stringify(doc));
  const result = await build(content);
  expect(result.code, result.messages.join("\n")).toBe(0);
  site = result.outDir;
});

describe("a site hosted under a sub-path", () => {
  it("links every page, asset and file under the prefix, and each link resolves", () => {
    const { checked, problems } = brokenLinks(site, PREFIX);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("tells search and the sitemap where the site lives", () => {
    const search = elements(readPage(site, "search/index.html"), (el) => "data-sp-search" in el.attribs)[0];
    expect(search?.attribs["data-base-url"]).toBe(PREFIX);
    expect(readFileSync(join(site, "sitemap.xml"), "utf8")).toContain(
      `<loc>https://council.example/strategies/${DERBY}/plan/</loc>`,
    );
  });
});
