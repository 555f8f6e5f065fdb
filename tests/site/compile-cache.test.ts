import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../helpers/scratch.ts";
import { SYNTHETIC_CLOCK, syntheticStrategy } from "../../src/bench/synthetic.ts";
import { buildSite } from "../../src/model/index.ts";
import { renderPages } from "../../src/site/render.ts";

// Count Nunjucks compilations by template path while the site renders.
const { Template } = createRequire(import.meta.url)("nunjucks/src/environment.js") as {
  Template: { prototype: { _compile(): void; path?: string } };
};
const original = Template.prototype._compile;
const compiled = new Map<string, number>();
Template.prototype._compile = function (this: { path?: string }) {
  const name = (this.path ?? "").split("/").pop() ?? "";
  compiled.set(name, (compiled.get(name) ?? 0) + 1);
  return original.call(this);
};
afterAll(() => {
  Template.prototype._compile = original;
});

describe("rendering a large site", () => {
  it("compiles the action page once, not once per action", async () => {
    const model = buildSite(
      { title: "Test", publisher: { name: "Council" }, path_prefix: "/" },
      [syntheticStrategy({ actions: 40 })],
      SYNTHETIC_CLOCK,
    );
    const out = join(scratch("sp-compile-"), "_site");
    await renderPages(model, out);
    expect(readdirSync(join(out, "synthetic", "actions")).filter((n) => n.startsWith("action-"))).toHaveLength(40);
    // Once for the page, once for its permalink.
    expect(compiled.get("action.njk")).toBe(2);
  });
});
