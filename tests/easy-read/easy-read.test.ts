import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfPageCount, renderEasyRead } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { MINI, copyFixture, headlines, writeBytes } from "../helpers/content.ts";

/** A one-pixel PNG: enough for a picture the PDF embeds. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

function withEasyRead(yaml: string, picture = false): string {
  const dir = copyFixture();
  writeBytes(dir, `${MINI}/easy-read.yaml`, yaml);
  if (picture) {
    mkdirSync(join(dir, MINI, "easy-read"), { recursive: true });
    writeBytes(dir, `${MINI}/easy-read/meeting.png`, PNG);
  }
  return dir;
}

const POINT_WITH_PICTURE = `sections:
  - heading: How can you have your say?
    points:
      - text: Come to a meeting.
        image:
          file: easy-read/meeting.png
`;

describe("an easy-read summary in easy-read.yaml", () => {
  it("is optional: a strategy without one validates", () => {
    expect(headlines(copyFixture()).filter((h) => h.includes("error"))).toEqual([]);
  });

  it("needs alt text for every picture, reported where the picture is written", () => {
    const dir = withEasyRead(POINT_WITH_PICTURE, true);
    expect(headlines(dir)).toContain(
      `${MINI}/easy-read.yaml:6:11: error: Picture is missing Picture description (alt text) (\`alt\`)`,
    );
  });

  it("names a picture that is not in the strategy's folder", () => {
    const dir = withEasyRead(`${POINT_WITH_PICTURE}          alt: People around a table at a meeting.\n`);
    expect(headlines(dir)).toContain(
      `${MINI}/easy-read.yaml:6:17: error: the picture "easy-read/meeting.png" is not in the strategy's folder`,
    );
  });

  it("becomes a tagged PDF of its own, the picture a figure with its alt text", async () => {
    const dir = withEasyRead(
      `written_for_site: true\n${POINT_WITH_PICTURE}          alt: People around a table at a meeting.\n`,
      true,
    );
    expect(headlines(dir).filter((h) => h.includes("error"))).toEqual([]);
    const strategy = readModel(dir).model.strategies[0]!;
    expect(strategy.easyRead?.title).toBe("A minimal strategy: easy read");
    const pdf = (await renderEasyRead(strategy, join(dir, MINI)))!;
    const text = pdf.toString("latin1");
    expect(text).toContain("/StructTreeRoot");
    expect(text).toContain("/S /Figure");
    expect(text).toMatch(/\/Alt \(People around a table at a meeting\.\)/);
    expect(text).toContain("/Subtype /Image");
    expect(pdfPageCount(pdf)).toBe(1);
    // The same content gives the same bytes.
    expect((await renderEasyRead(strategy, join(dir, MINI)))!.equals(pdf)).toBe(true);
  });
});
