import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dataFiles } from "../../src/data/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { REPO } from "../helpers/scratch.ts";
import { derbySite } from "../site/build.ts";

describe("a build publishes the open data", () => {
  let out: string;
  beforeAll(async () => {
    out = await derbySite();
  });

  it("writes each strategy's JSON, CSV and feed into its folder, exactly as the data writers make them", () => {
    const { model } = readModel(join(REPO, "content"));
    for (const strategy of model.strategies) {
      const files = dataFiles(model.site, strategy);
      expect(files.map((f) => f.name)).toEqual([
        "strategy.json",
        "actions.csv",
        "updates.csv",
        ...(strategy.risks.length ? ["risks.csv"] : []),
        "feed.xml",
      ]);
      for (const file of files)
        expect(readFileSync(join(out, strategy.id, file.name), "utf8"), file.name).toBe(file.text);
    }
  });

  it("links the feed to pages the site really has", () => {
    const { model } = readModel(join(REPO, "content"));
    const base = new URL(model.site.path_prefix ?? "/", model.site.base_url).href;
    for (const strategy of model.strategies) {
      const feed = readFileSync(join(out, strategy.id, "feed.xml"), "utf8");
      const hrefs = [...new Set([...feed.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ""))];
      expect(hrefs.length).toBeGreaterThan(2);
      for (const href of hrefs) {
        expect(href.startsWith(base), href).toBe(true);
        const path = href.slice(base.length);
        expect(
          existsSync(join(out, path.endsWith("/") ? `${path}index.html` : path)),
          `${href} is not in the built site`,
        ).toBe(true);
      }
    }
  });

  it("publishes every content schema, and the open data's own, unchanged, under /schemas/", () => {
    const schemas = readdirSync(join(REPO, "schemas"))
      .filter((n) => n.endsWith(".json"))
      .sort();
    expect(readdirSync(join(out, "schemas")).sort()).toEqual([...schemas, "open-data"].sort());
    for (const name of schemas)
      expect(readFileSync(join(out, "schemas", name), "utf8")).toBe(readFileSync(join(REPO, "schemas", name), "utf8"));
    const openData = join("schemas", "open-data", "strategy-2.schema.json");
    expect(readFileSync(join(out, openData), "utf8")).toBe(readFileSync(join(REPO, openData), "utf8"));
    // The open data page links it, with the format's version.
    const page = readFileSync(join(out, "derby-mental-health", "open-data", "index.html"), "utf8");
    expect(page).toContain(
      'format <code>strategy-press/strategy</code> version 2.1, described by <a class="govuk-link" href="/schemas/open-data/strategy-2.schema.json">its JSON Schema</a>',
    );
  });
});
