import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratch } from "../helpers/scratch.ts";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import { copyFixture, edit, headlines } from "../helpers/content.ts";

const quiet = { out: () => {}, err: () => {} };
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#fff"/></svg>\n';

describe("the publisher's logo", () => {
  it("is published from the content folder and shown beside the publisher's name", async () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "testshire.svg"), LOGO);
    edit(dir, "site.yaml", "  name: Testshire Council\n", "  name: Testshire Council\n  logo: assets/testshire.svg\n");
    const out = join(scratch("sp-logo-"), "_site");
    expect(await run(["build", dir, "--out", out], quiet)).toBe(0);
    expect(readFileSync(join(out, "assets", "brand", "testshire.svg"), "utf8")).toBe(LOGO);
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toMatch(
      /<span class="sp-header__publisher"><img class="sp-header__logo" src="\/assets\/brand\/testshire.svg" alt="">Testshire Council<\/span>/,
    );
  });

  it("is reported when the file is missing, and nothing is built", async () => {
    const dir = copyFixture();
    edit(dir, "site.yaml", "  name: Testshire Council\n", "  name: Testshire Council\n  logo: assets/missing.svg\n");
    expect(headlines(dir)).toEqual([
      'site.yaml:5:9: error: the logo file "assets/missing.svg" is not in the content folder',
    ]);
    const out = join(scratch("sp-logo-"), "_site");
    expect(await run(["build", dir, "--out", out], quiet)).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
