import { describe, expect, it } from "vitest";
import { markdownBlocks, markdownText } from "../../src/paper/markdown.ts";

describe("markdown for the PDF", () => {
  it("shows the words, not the syntax", () => {
    expect(markdownText("The **Board** _agreed_ the `plan`.")).toBe("The Board agreed the plan.");
  });

  it("keeps paragraphs apart and joins wrapped lines", () => {
    expect(markdownBlocks("First line\nwraps here.\n\nSecond paragraph.")).toEqual([
      { text: "First line wraps here." },
      { text: "Second paragraph." },
    ]);
  });

  it("gives list items their bullet or number", () => {
    expect(markdownBlocks("- one\n- two\n\n3. three\n4. four")).toEqual([
      { text: "one", bullet: "•" },
      { text: "two", bullet: "•" },
      { text: "three", bullet: "3." },
      { text: "four", bullet: "4." },
    ]);
  });

  it("keeps a link's address, since a printed page cannot be clicked", () => {
    expect(markdownText("See [the minutes](https://example.org/m) or https://example.org/x.")).toBe(
      "See the minutes (https://example.org/m) or https://example.org/x.",
    );
    expect(markdownText("[https://example.org](https://example.org)")).toBe("https://example.org");
  });

  it("shows raw HTML as text rather than dropping it", () => {
    expect(markdownText("a <b>bold</b> claim")).toBe("a <b>bold</b> claim");
  });
});
