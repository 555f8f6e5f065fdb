import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { derbySite, filesUnder, hashTree, REPO, scratch } from "../site/build.ts";
import { brokenLinks } from "../site/links.ts";

const ELEVENTY = join(REPO, "node_modules", "@11ty", "eleventy", "cmd.cjs");

let plain: string;
let built: string;

describe("plain `npx @11ty/eleventy` publishes what `npm run build` does", () => {
  beforeAll(async () => {
    plain = join(scratch("sp-plain-eleventy-"), "_site");
    // As a user runs it: from the project folder, with its eleventy.config.js, only the output moved aside.
    await promisify(execFile)(process.execPath, [ELEVENTY, "--output", plain, "--quiet"], {
      cwd: REPO,
      timeout: 240_000,
    });
    // The run's shared Derby build: read here, never removed (other files read it too).
    built = await derbySite();
  }, 300_000);

  it("writes the same files, byte for byte: pages, data, PDFs, schemas and the search index", () => {
    const files = filesUnder(plain);
    expect(files).toEqual(filesUnder(built));
    for (const file of [
      "derby-mental-health/strategy.json",
      "derby-mental-health/actions.csv",
      "derby-mental-health/feed.xml",
      "derby-mental-health/reports/2015-09.pdf",
      "schemas/plan.schema.json",
      "pagefind/pagefind.js",
    ]) {
      expect(files, file).toContain(file);
    }
    expect(hashTree(plain)).toEqual(hashTree(built));
  });

  it("leaves no internal link broken", () => {
    const { checked, problems } = brokenLinks(plain);
    expect(checked).toBeGreaterThan(2000);
    expect(problems).toEqual([]);
  });
});
