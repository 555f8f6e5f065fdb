import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SourceFile } from "../../src/load/source-file.ts";
import { copyFixture, diagnosticsOf, headlines, MINI, readText, writeBytes } from "../helpers/content.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading a content file", () => {
  it("points at any value by its path", () => {
    const file = new SourceFile("plan.yaml", utf8("actions:\n  - id: a01\n    themes: [one, two]\n"));
    expect(file.locate(["actions", 0, "themes", 1])).toEqual({ line: 3, column: 19 });
    expect(file.locate(["actions", 0, "themes"], "key")).toEqual({ line: 3, column: 5 });
    // A path that runs out stops at the nearest value that exists.
    expect(file.locate(["actions", 0, "missing"])).toEqual({ line: 2, column: 5 });
  });

  it("reads a file with a BOM correctly and warns about it", () => {
    const dir = copyFixture();
    writeBytes(dir, `${MINI}/drivers.yaml`, `\uFEFF${readText(dir, `${MINI}/drivers.yaml`)}`);
    expect(headlines(dir)).toEqual([
      "minimal-strategy/drivers.yaml:1:1: warning: the file starts with a byte order mark (BOM)",
    ]);
  });

  it("reads a file with CRLF line endings correctly and warns about it", () => {
    const dir = copyFixture();
    writeBytes(dir, `${MINI}/drivers.yaml`, readText(dir, `${MINI}/drivers.yaml`).replace(/\n/g, "\r\n"));
    expect(headlines(dir)).toEqual([
      "minimal-strategy/drivers.yaml:1:1: warning: the file has Windows (CRLF) line endings",
    ]);
  });

  it("keeps positions right in a CRLF file with a mistake", () => {
    const dir = copyFixture();
    writeBytes(
      dir,
      `${MINI}/reports.yaml`,
      readText(dir, `${MINI}/reports.yaml`)
        .replace("purpose: assurance", "purpose: reassurance")
        .replace(/\n/g, "\r\n"),
    );
    expect(headlines(dir)).toEqual([
      "minimal-strategy/reports.yaml:1:1: warning: the file has Windows (CRLF) line endings",
      'minimal-strategy/reports.yaml:10:14: error: Purpose must be one of decision, assurance, information; found "reassurance"',
    ]);
  });

  it("rejects bytes that are not UTF-8, at the first bad byte", () => {
    const dir = copyFixture();
    const text = readText(dir, `${MINI}/drivers.yaml`);
    const at = text.indexOf("Parity of esteem");
    writeBytes(
      dir,
      `${MINI}/drivers.yaml`,
      Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(at))]),
    );
    expect(headlines(dir)[0]).toBe("minimal-strategy/drivers.yaml:4:12: error: the file is not valid UTF-8 text");
  });

  it("reports an empty file", () => {
    const dir = copyFixture();
    writeBytes(
      dir,
      `${MINI}/drivers.yaml`,
      "# yaml-language-server: $schema=../../../../../schemas/drivers.schema.json\n",
    );
    expect(headlines(dir)).toContain("minimal-strategy/drivers.yaml:1:1: error: the file is empty");
  });

  it("reports a file that is a list, not a mapping", () => {
    const dir = copyFixture();
    writeBytes(dir, `${MINI}/reports.yaml`, "# reports\n- id: r1\n- id: r2\n");
    expect(headlines(dir)).toContain(
      "minimal-strategy/reports.yaml:2:1: error: the file must be a mapping of fields (name: value), but it is a list",
    );
  });

  it("stops an alias bomb quickly instead of expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    const started = Date.now();
    const file = new SourceFile("bomb.yaml", utf8(`${levels.join("\n")}\n`));
    expect(file.diagnostics.map((d) => d.message)).toEqual(["the file's aliases (*name) expand to too much data"]);
    expect(file.data).toBeUndefined();
    // Not a timing test: ten levels of ten would be 10^10 values if expanded; finishing at all proves it was not.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("refuses a file that is too large", () => {
    const file = new SourceFile("huge.yaml", new Uint8Array(5 * 1024 * 1024).fill(0x61));
    expect(file.diagnostics[0]?.message).toMatch(/^the file is 5120 KiB; content files may be at most 4 MiB$/);
  });

  it("reports deep nesting without a stack overflow", () => {
    const file = new SourceFile("deep.yaml", utf8(`a: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`));
    expect(file.diagnostics.length).toBeGreaterThan(0);
    expect(file.diagnostics[0]?.severity).toBe("error");
  });

  it("reports a missing required file", () => {
    const dir = copyFixture();
    rmSync(`${dir}/${MINI}/reports.yaml`);
    expect(diagnosticsOf(dir).map((d) => `${d.file}: ${d.message}`)).toContain(
      "minimal-strategy/reports.yaml: reports.yaml is missing",
    );
  });
});
