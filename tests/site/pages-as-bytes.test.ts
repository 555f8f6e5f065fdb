import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import strategyPressSite from "../../src/site/index.ts";
import { writeWithEleventy } from "../../src/site/render.ts";
import { FIXTURES } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";
import { hashTree } from "./build.ts";

async function site(pagesAsBytes: boolean): Promise<{ files: Record<string, string>; kinds: Set<string> }> {
  const model = readModel(join(FIXTURES, "mini")).model;
  const out = join(scratch("sp-bytes-"), "_site");
  const kinds = new Set<string>();
  await writeWithEleventy(out, "/", (eleventyConfig) => {
    strategyPressSite(eleventyConfig, { model, pagesAsBytes });
    // What reaches a transform: the page as the engine rendered it.
    eleventyConfig.addTransform(
      "kind",
      (content) => (kinds.add(Buffer.isBuffer(content) ? "bytes" : typeof content), content),
    );
  });
  return { files: hashTree(out), kinds };
}

describe("pages rendered as bytes", () => {
  it("are written exactly as the same pages rendered as strings", { timeout: 60_000 }, async () => {
    const asBytes = await site(true);
    const asStrings = await site(false);
    expect(asBytes.kinds).toEqual(new Set(["bytes"]));
    expect(asStrings.kinds).toEqual(new Set(["string"]));
    expect(Object.keys(asBytes.files).length).toBeGreaterThan(20);
    expect(asBytes.files).toEqual(asStrings.files);
  });
});
