import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, edit, headlines, MINI } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

const withLogo = (dir: string, logo: string) =>
  edit(dir, "site.yaml", "  name: Testshire Council\n", `  name: Testshire Council\n  logo: ${logo}\n`);

describe("only what the content folder holds is published", () => {
  it("refuses a logo path that leads out of the content folder (../../outside/secret.svg)", async () => {
    const root = scratch("sp-tree-");
    const dir = join(root, "project", "content");
    mkdirSync(join(root, "outside"), { recursive: true });
    writeFileSync(join(root, "outside", "secret.svg"), "<svg>secret</svg>\n");
    cpSync(copyFixture(), dir, { recursive: true });
    withLogo(dir, "../../outside/secret.svg");
    expect(headlines(dir)).toEqual([
      'site.yaml:5:9: error: the logo file "../../outside/secret.svg" is outside the content folder',
    ]);
    const out = join(scratch("sp-out-"), "_site");
    expect((await cli(["build", dir, "--out", out], dir)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a logo that is a symbolic link to /etc/passwd", () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "assets"));
    symlinkSync("/etc/passwd", join(dir, "assets", "logo.svg"));
    withLogo(dir, "assets/logo.svg");
    expect(headlines(dir)).toEqual([
      'site.yaml:5:9: error: the logo file "assets/logo.svg" is a symbolic link to a file outside the content folder',
    ]);
  });

  it("publishes a logo linked from elsewhere in the content folder as a regular file, copied by value", async () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "assets", "real.svg"), "<svg>logo</svg>\n");
    symlinkSync(join(dir, "assets", "real.svg"), join(dir, "assets", "logo.svg"));
    withLogo(dir, "assets/logo.svg");
    const out = join(scratch("sp-out-"), "_site");
    expect((await cli(["build", dir, "--out", out], dir)).code).toBe(0);
    expect(lstatSync(join(out, "assets", "brand", "logo.svg")).isFile()).toBe(true);
    expect(readFileSync(join(out, "assets", "brand", "logo.svg"), "utf8")).toBe("<svg>logo</svg>\n");
  });

  it("refuses a theme that is a symbolic link to a file outside the content folder", () => {
    const dir = copyFixture();
    const outside = join(scratch("sp-outside-"), "theme.yaml");
    renameSync(join(dir, MINI, "themes", "02-treatment.yaml"), outside);
    symlinkSync(outside, join(dir, MINI, "themes", "02-treatment.yaml"));
    expect(headlines(dir)).toContain(
      `${MINI}/themes/02-treatment.yaml:1:1: error: this is a symbolic link to a file outside the content folder, so it is not read or published`,
    );
  });
});

describe("faults in the content folder are diagnostics, not crashes", () => {
  it("a dangling symbolic link", () => {
    const dir = copyFixture();
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, MINI, "themes", "03-gone.yaml"));
    expect(headlines(dir)).toEqual([
      `${MINI}/themes/03-gone.yaml:1:1: error: this is a symbolic link to a file that does not exist`,
    ]);
  });

  it("a symbolic link loop", () => {
    const dir = copyFixture();
    symlinkSync("04-loop.yaml", join(dir, MINI, "themes", "04-loop.yaml"));
    expect(headlines(dir)).toEqual([
      `${MINI}/themes/04-loop.yaml:1:1: error: this is a symbolic link that leads back to itself (a loop)`,
    ]);
  });

  it("a dangling link where a strategy folder could be", () => {
    const dir = copyFixture();
    symlinkSync(join(dir, "no-such-folder"), join(dir, "other-strategy"));
    expect(headlines(dir)).toEqual([]);
  });

  it("a themes file instead of a folder", () => {
    const dir = copyFixture();
    rmSync(join(dir, MINI, "themes"), { recursive: true });
    writeFileSync(join(dir, MINI, "themes"), "not a folder\n");
    expect(headlines(dir)).toContain(`${MINI}/themes:1:1: error: this is a file, but a folder is expected here`);
  });

  it("a folder named x.yaml among the themes", () => {
    const dir = copyFixture();
    mkdirSync(join(dir, MINI, "themes", "x.yaml"));
    expect(headlines(dir)).toEqual([
      `${MINI}/themes/x.yaml:1:1: error: this is a folder, but a YAML file is expected here`,
    ]);
  });
});
