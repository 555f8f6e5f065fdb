import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/content-folder.ts";
import { validateContent } from "../../src/validate/index.ts";
import { copyFixture, headlines, MINI, readText, writeBytes } from "../helpers/content.ts";
import { CONTENT } from "../helpers/scratch.ts";

const THEME = `${MINI}/themes/02-treatment.yaml`;

/** The mini fixture with the treatment theme's file replaced. */
function withTheme(bytes: Uint8Array | string): string {
  const dir = copyFixture();
  writeBytes(dir, THEME, bytes);
  return dir;
}

describe("a file that cannot be read gives its one diagnostic and no follow-on noise", () => {
  it("a YAML syntax error: no 'theme \"undefined\"', no false 'theme does not exist'", () => {
    const dir = withTheme(
      readText(copyFixture(), THEME).replace("title: Effective treatment", "title: [Effective treatment"),
    );
    expect(headlines(dir)).toEqual([expect.stringMatching(new RegExp(`^${THEME}:\\d+:\\d+: error: YAML syntax: `))]);
  });

  it("an id that is a mapping: no 'theme \"[object Object]\"'", () => {
    const dir = withTheme(readText(copyFixture(), THEME).replace("id: treatment", "id: { name: treatment }"));
    const said = headlines(dir).join("\n");
    expect(said).not.toContain("[object Object]");
    expect(said).not.toContain("undefined");
    expect(said).toContain(`${THEME}:2:5: error: Theme id must be text; found a mapping`);
  });

  it("a refused oversize file: one error at 1:1, never a warning at 0:0", () => {
    const dir = withTheme(`id: treatment\n${"# padding\n".repeat(450_000)}`);
    expect(headlines(dir)).toEqual([`${THEME}:1:1: error: the file is 4395 KiB; content files may be at most 4 MiB`]);
  });

  it("an undefined alias is named as such, not as an alias bomb", () => {
    const dir = withTheme(readText(copyFixture(), THEME).replace("title: Effective treatment", "title: *effective"));
    expect(headlines(dir)).toEqual([
      `${THEME}:4:8: error: the alias *effective names no anchor: there is no &effective before it`,
    ]);
  });

  it("5,000-deep nesting says the file is nested too deeply, not 'Maximum call stack size exceeded'", () => {
    const dir = withTheme(`id: treatment\nissues: ${"[".repeat(5000)}x${"]".repeat(5000)}\n`);
    const said = headlines(dir);
    expect(said.join("\n")).not.toContain("call stack");
    expect(said).toEqual([
      expect.stringMatching(
        new RegExp(`^${THEME}:\\d+:\\d+: error: the file is nested too deeply \\(more than 64 levels\\)$`),
      ),
    ]);
  });

  it("names UTF-16 as UTF-16, with or without a byte order mark", () => {
    const text = readText(copyFixture(), THEME);
    for (const bytes of [Buffer.from(`\uFEFF${text}`, "utf16le"), Buffer.from(text, "utf16le")]) {
      expect(headlines(withTheme(bytes))).toEqual([`${THEME}:1:1: error: the file is UTF-16 text, not UTF-8`]);
    }
  });

  it("refuses a NUL byte in a value, at its place", () => {
    const dir = withTheme(
      readText(copyFixture(), THEME).replace("title: Effective treatment", "title: Effective\0treatment"),
    );
    expect(headlines(dir)).toEqual([
      `${THEME}:4:17: error: the file contains a NUL character (a zero byte), which is not text`,
    ]);
  });
});

describe("validation is pure", () => {
  it("validating the same loaded content twice gives the same diagnostics", () => {
    const loaded = loadContent(CONTENT, CONTENT);
    const first = validateContent(loaded);
    const second = validateContent(loaded);
    expect(first.warnings).toBeGreaterThan(0);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it("and the same for content with errors in several files", () => {
    const dir = withTheme(readText(copyFixture(), THEME).replace("id: treatment", "id: Treatment!"));
    const loaded = loadContent(dir, dir);
    const first = validateContent(loaded).diagnostics;
    expect(first.length).toBeGreaterThan(1);
    expect(validateContent(loaded).diagnostics).toEqual(first);
    expect(validateContent(loaded).diagnostics).toEqual(first);
  });
});
