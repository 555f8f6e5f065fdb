import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/scratch.ts";

describe("the README's layout section", () => {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const layout = /## How it is built\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const named = new Set([...layout.matchAll(/^\s*([\w.-]+\/?)\s/gm)].map((m) => m[1] as string));

  it("names every folder of src/ and every top-level folder the project keeps", () => {
    const folders = (dir: string) =>
      readdirSync(join(REPO, dir)).filter((n) => statSync(join(REPO, dir, n)).isDirectory());
    for (const folder of folders("src")) expect(named.has(`${folder}/`), `src/${folder}/`).toBe(true);
    for (const folder of ["content", "schemas", "docs", "src", "templates", "bench", "bin", "tests"])
      expect(named.has(`${folder}/`), folder).toBe(true);
  });

  it("names nothing that is not there", () => {
    for (const name of named) {
      const inSrc =
        name.endsWith(".ts") ||
        [
          "load/",
          "validate/",
          "contract/",
          "model/",
          "site/",
          "eleventy/",
          "pdf/",
          "data/",
          "returns/",
          "update/",
          "output/",
          "scaffold/",
          "diagnostic/",
          "cli/",
          "bench/",
          "paper/",
          "docx/",
          "remind/",
          "editions/",
        ].includes(name);
      const where =
        name === "open-data/"
          ? join(REPO, "schemas", name)
          : inSrc && name !== "bench/"
            ? join(REPO, "src", name)
            : join(REPO, name);
      expect(() => statSync(where), name).not.toThrow();
    }
  });
});
