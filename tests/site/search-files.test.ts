import { cpSync, readFileSync, truncateSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkSearchFiles, writeSearchFiles } from "../../src/site/search-index.ts";
import { scratch } from "../helpers/scratch.ts";
import { derbySite, filesUnder } from "./build.ts";

let site: string;
beforeAll(async () => {
  site = await derbySite();
});

/** The published search files as Pagefind's own list would give them: path and bytes. */
const published = (dir: string) =>
  filesUnder(dir).map((path) => ({ path, content: new Uint8Array(readFileSync(join(dir, path))) }));

describe("the published search index", () => {
  it("has every file its entry file names, each non-empty", () => {
    const dir = join(site, "pagefind");
    const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const languages = Object.entries(entry.languages);
    expect(languages.length).toBeGreaterThan(0);
    for (const [, language] of languages) {
      expect(existsSync(join(dir, `pagefind.${language.hash}.pf_meta`))).toBe(true);
      if (language.wasm) expect(existsSync(join(dir, `wasm.${language.wasm}.pagefind`))).toBe(true);
    }
    expect(() => checkSearchFiles(dir, published(dir))).not.toThrow();
  });

  it("a truncated file fails the check, naming the file", () => {
    const files = published(join(site, "pagefind"));
    const copy = join(scratch("sp-search-"), "pagefind");
    cpSync(join(site, "pagefind"), copy, { recursive: true });
    const victim = files.find((f) => f.path.endsWith(".pf_fragment")) ?? files[0];
    if (!victim) throw new Error("no search files");
    truncateSync(join(copy, victim.path), Math.floor(victim.content.length / 2));
    expect(() => checkSearchFiles(copy, files)).toThrow(
      `the search index file ${victim.path} is ${Math.floor(victim.content.length / 2)} bytes where Pagefind made ${victim.content.length}: it was not written whole`,
    );
  });

  it("is written whole through a temporary folder that then takes its place, leaving nothing else", () => {
    const files = published(join(site, "pagefind"));
    const out = scratch("sp-search-");
    writeSearchFiles(join(out, "pagefind"), files);
    expect(filesUnder(out)).toEqual(files.map((f) => `pagefind/${f.path}`).sort());
    for (const f of files) expect(readFileSync(join(out, "pagefind", f.path)).equals(f.content), f.path).toBe(true);
  });
});
