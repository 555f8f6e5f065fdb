import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, edit, headlines, MINI, writeBytes } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

// Issue 22, items 1, 2 and the smaller items of 10: every file a content path names goes through the
// content-folder resolver; anything that is not a regular file of its type inside the folder is a diagnostic.

/** A one-pixel PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** The same PNG's header claiming 20000×20000 pixels: image readers take the size from it. */
function hugePng(): Buffer {
  const big = Buffer.from(PNG);
  big.writeUInt32BE(20_000, 16);
  big.writeUInt32BE(20_000, 20);
  return big;
}

const EASY_READ = `sections:
  - heading: How can you have your say?
    points:
      - text: Come to a meeting.
        image:
          file: pics.png
          alt: People around a table at a meeting.
`;
const PICTURE_AT = `${MINI}/easy-read.yaml:6:17: error: the picture "pics.png"`;

function withPicture(place: (dir: string, picture: string) => void): string {
  const dir = copyFixture();
  writeBytes(dir, `${MINI}/easy-read.yaml`, EASY_READ);
  place(dir, join(dir, MINI, "pics.png"));
  return dir;
}

const errors = (dir: string) => headlines(dir).filter((h) => h.includes(": error: "));

describe("1. an easy-read picture publishes only a picture from the content folder", () => {
  it("refuses a picture that is a link to /etc, and the build leaves nothing behind", async () => {
    const dir = withPicture((_, picture) => symlinkSync("/etc", picture));
    expect(errors(dir)).toEqual([`${PICTURE_AT} is a symbolic link to a file outside the content folder`]);
    const parent = scratch("sp-out-");
    const said = await cli(["build", dir, "--out", join(parent, "_site")], dir);
    expect(said.code).toBe(1);
    expect(said.text).not.toMatch(/\n\s+at /);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("refuses a link to a PNG outside the content folder", () => {
    const outside = join(scratch("sp-outside-"), "real.png");
    writeFileSync(outside, PNG);
    expect(errors(withPicture((_, picture) => symlinkSync(outside, picture)))).toEqual([
      `${PICTURE_AT} is a symbolic link to a file outside the content folder`,
    ]);
  });

  it("refuses a file that is not an image, and a 20000×20000 PNG, at validate", () => {
    expect(errors(withPicture((_, picture) => writeFileSync(picture, "root:x:0:0:root:/root:/bin/bash\n")))).toEqual([
      `${PICTURE_AT} is not a PNG picture: its contents are not an image`,
    ]);
    expect(errors(withPicture((_, picture) => writeFileSync(picture, hugePng())))).toEqual([
      `${PICTURE_AT} is 20000×20000 pixels; a picture may be at most 10,000 pixels a side and 25 million in all`,
    ]);
    expect(errors(withPicture((_, picture) => mkdirSync(picture)))).toEqual([`${PICTURE_AT} is a folder, not a file`]);
  });

  it("publishes a picture linked from elsewhere in the content folder as a regular file, copied by value", async () => {
    const dir = withPicture((root, picture) => {
      writeFileSync(join(root, "shared.png"), PNG);
      symlinkSync(join(root, "shared.png"), picture);
    });
    expect(errors(dir)).toEqual([]);
    const out = join(scratch("sp-out-"), "_site");
    expect((await cli(["build", dir, "--out", out], dir)).code).toBe(0);
    const published = join(out, MINI, "pics.png");
    expect(lstatSync(published).isFile()).toBe(true);
    expect(readFileSync(published).equals(PNG)).toBe(true);
  });
});

describe("2. a plan/ folder linked from outside the content folder", () => {
  it("is neither read nor written through by update", async () => {
    const dir = copyFixture();
    const outside = scratch("sp-outside-plan-");
    const actions = "actions:\n  - id: a09-outside\n";
    writeFileSync(join(outside, "01-more.yaml"), actions);
    symlinkSync(outside, join(dir, MINI, "plan"));
    expect(errors(dir)).toEqual([
      `${MINI}/plan:1:1: error: this is a symbolic link to a folder outside the content folder, so it is not read or published`,
    ]);
    const said = await cli(
      [
        "update",
        MINI,
        "a01-community",
        "--status",
        "on-track",
        "--note",
        "Going well.",
        "--date",
        "2015-01-10",
        "--content",
        dir,
      ],
      dir,
    );
    expect(said.code).toBe(1);
    expect(readFileSync(join(outside, "01-more.yaml"), "utf8")).toBe(actions);
  });
});

describe("10. the smaller doors", () => {
  it("refuses to replace a symlinked plan.yaml with a file of its own on update", async () => {
    const dir = copyFixture();
    const plan = join(dir, MINI, "plan.yaml");
    renameSync(plan, join(dir, "plan-kept.yaml"));
    symlinkSync(join(dir, "plan-kept.yaml"), plan);
    const before = readFileSync(plan, "utf8");
    const said = await cli(
      [
        "update",
        MINI,
        "a01-community",
        "--status",
        "on-track",
        "--note",
        "Going well.",
        "--date",
        "2015-01-10",
        "--content",
        dir,
      ],
      dir,
    );
    expect(said.text).toContain(
      "error: this file is a symbolic link: writing it would replace the link with a file of its own, so it is not written",
    );
    expect(said.code).toBe(1);
    expect(lstatSync(plan).isSymbolicLink()).toBe(true);
    expect(readFileSync(plan, "utf8")).toBe(before);
    expect(readdirSync(join(dir, MINI)).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("refuses an SVG logo with a script or an event handler", () => {
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><text>x</text></a></svg>',
    ]) {
      const dir = copyFixture();
      writeFileSync(join(dir, "logo.svg"), svg);
      edit(dir, "site.yaml", "  name: Testshire Council\n", "  name: Testshire Council\n  logo: logo.svg\n");
      expect(errors(dir)).toEqual([
        expect.stringMatching(
          /^site\.yaml:5:9: error: the logo file "logo\.svg" (contains <script>|has an event handler \(onload="…"\)|has "javascript:alert\(1\)" in href), which a browser would run$/,
        ),
      ]);
    }
  });

  it("says only the real cause when a theme is a dangling link or themes/ leads outside (no follow-on 'does not exist')", () => {
    const dangling = copyFixture();
    rmSync(join(dangling, MINI, "themes", "01-inclusion.yaml"));
    symlinkSync(join(dangling, "gone.yaml"), join(dangling, MINI, "themes", "01-inclusion.yaml"));
    expect(errors(dangling)).toEqual([
      `${MINI}/themes/01-inclusion.yaml:1:1: error: this is a symbolic link to a file that does not exist`,
    ]);

    const linked = copyFixture();
    const outside = join(scratch("sp-outside-themes-"), "themes");
    renameSync(join(linked, MINI, "themes"), outside);
    symlinkSync(outside, join(linked, MINI, "themes"));
    expect(errors(linked)).toEqual([
      `${MINI}/themes:1:1: error: this is a symbolic link to a folder outside the content folder, so it is not read or published`,
    ]);
  });

  it("refuses a theme file that is a pipe rather than waiting on it for ever", () => {
    const dir = copyFixture();
    rmSync(join(dir, MINI, "themes", "02-treatment.yaml"));
    execFileSync("mkfifo", [join(dir, MINI, "themes", "02-treatment.yaml")]);
    expect(errors(dir)).toEqual([
      `${MINI}/themes/02-treatment.yaml:1:1: error: this is not a regular file (a device, a pipe or a socket), so it is not read`,
    ]);
  });

  it("reports a dangling easy-read.yaml and a plan that is a plain file", () => {
    const dir = copyFixture();
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, MINI, "easy-read.yaml"));
    writeFileSync(join(dir, MINI, "plan"), "not a folder\n");
    expect(errors(dir)).toEqual([
      `${MINI}/easy-read.yaml:1:1: error: this is a symbolic link to a file that does not exist`,
      `${MINI}/plan:1:1: error: this is a file, but a folder is expected here`,
    ]);
    expect(existsSync(join(dir, MINI, "plan"))).toBe(true);
  });
});
