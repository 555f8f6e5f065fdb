import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../helpers/scratch.ts";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../../src/bench/synthetic.ts";
import { buildSite } from "../../src/model/index.ts";
import { renderPages } from "../../src/site/render.ts";

// Eleventy's `url` filter tries `new URL(path)` first and catches the throw for a site path: count those throws.
const RealURL = globalThis.URL;
const refused = new Map<string, number>();
globalThis.URL = class extends RealURL {
  constructor(url: string | URL, base?: string | URL) {
    try {
      super(url, base);
    } catch (error) {
      if (typeof url === "string") refused.set(url, (refused.get(url) ?? 0) + 1);
      throw error;
    }
  }
} as typeof URL;
afterAll(() => {
  globalThis.URL = RealURL;
});

describe("links in a large site", () => {
  it("works out each page's address once, however many pages link to it", async () => {
    const model = buildSite(
      { title: "Test", publisher: { name: "Council" }, path_prefix: "/" },
      [syntheticStrategy({ actions: 40 })],
      SYNTHETIC_CLOCK,
    );
    await renderPages(model, join(scratch("sp-urls-"), "_site"));
    // The strategy's home page is linked from every one of its pages.
    expect(refused.get("/synthetic/")).toBe(1);
    expect(Math.max(...refused.values())).toBe(1);
  });
});
