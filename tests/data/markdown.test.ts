import { describe, expect, it } from "vitest";
import { noteHtml } from "../../src/data/index.ts";

describe("markdown in notes", () => {
  it("shows raw HTML as text", () => {
    const html = noteHtml('Hello <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("keeps web, mail and relative links", () => {
    const html = noteHtml(
      "[a](https://example.org/a) [b](http://example.org/b) [c](mailto:team@example.org) [d](../plan/) [e](#top) [f](../plan/?at=10:30)",
    );
    for (const href of [
      "https://example.org/a",
      "http://example.org/b",
      "mailto:team@example.org",
      "../plan/",
      "#top",
      "../plan/?at=10:30",
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it("drops links to scripts and data, however they are written", () => {
    const html = noteHtml(
      "[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](javascript&colon;alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) [e](vbscript:x) ![f](javascript:alert(1))",
    );
    expect(html).not.toMatch(/href=|src=/);
  });

  it("starts content headings at h3, under the page's own h1 and h2s", () => {
    expect(noteHtml("# Big\n\n## Smaller\n\n###### Least")).toBe("<h3>Big</h3>\n<h4>Smaller</h4>\n<h6>Least</h6>\n");
  });
});
