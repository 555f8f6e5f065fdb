import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { renderPages } from "../../src/site/render.ts";
import { makeTemplateStore } from "../../src/site/template-sources.ts";
import {
  ASYNC_FILTERS,
  compiledHere,
  compiledTemplate,
  compileTemplate,
  STORED_NAME,
  templateHash,
  useTemplateStore,
} from "../../src/site/template-store.ts";
import { FIXTURES } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";
import { hashTree } from "./build.ts";

// As Eleventy's Nunjucks environment is when the site's filters are added.
const environment = {
  asyncFilters: ["renderTransforms", "downloadFacts"],
  extensionsList: [{ tags: ["setAsync"] }],
  opts: {},
};

async function pagesOfMini(): Promise<Record<string, string>> {
  const out = join(scratch("sp-store-"), "_site");
  await renderPages(readModel(join(FIXTURES, "mini")).model, out);
  return hashTree(out, () => false);
}

afterAll(() => useTemplateStore(null));

describe("the templates compiled at install", () => {
  it(
    "give every page a build uses, and the same pages as compiling each template there and then",
    { timeout: 60_000 },
    async () => {
      useTemplateStore(makeTemplateStore());
      const fromStore = await pagesOfMini();
      expect(compiledHere()).toEqual([]);

      useTemplateStore(null);
      const compiledNow = await pagesOfMini();
      expect(compiledHere().length).toBeGreaterThan(20);
      expect(fromStore).toEqual(compiledNow);
    },
  );

  it("are not used for a template whose source has changed since", () => {
    useTemplateStore(makeTemplateStore());
    expect(
      compiledTemplate(environment, "<p>{{ title }} – changed</p>", "/site/templates/layouts/edited.njk"),
    ).not.toBeNull();
    expect(compiledHere()).toEqual(["/site/templates/layouts/edited.njk"]);
  });

  it("are not used where the source calls an async filter the store did not know of", () => {
    const source = "<p>{{ page.url | checkLinks }}</p>";
    const store = makeTemplateStore();
    store.templates[templateHash(source)] = compileTemplate(source, STORED_NAME, ASYNC_FILTERS);
    useTemplateStore(store);
    compiledTemplate(environment, source, "links.njk");
    expect(compiledHere()).toEqual([]);
    // A site that made checkLinks async needs other code: the call waits for its answer.
    compiledTemplate(
      { ...environment, asyncFilters: [...environment.asyncFilters, "checkLinks"] },
      source,
      "links.njk",
    );
    expect(compiledHere()).toEqual(["links.njk"]);
  });

  it("leave a template that does not compile to Nunjucks, to report in its own words", () => {
    useTemplateStore(null);
    expect(compiledTemplate(environment, "{% if %}", "broken.njk")).toBeNull();
  });
});
