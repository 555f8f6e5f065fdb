import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { DERBY, build, copyContent, elements, pagesUnder, readPage, textOf } from "./build.ts";

/** What an attacker might type into any text field of the content. */
const SCRIPT = `<script>alert("sp")</script>`;
const IMG = `"><img src=x onerror=alert(1)>`;
const PAYLOAD = `${SCRIPT}${IMG}`;

/** Puts the payload into one field of every kind of content: plain text, markdown, ids aside. */
function inject(content: string): void {
  const edit = (file: string, change: (doc: ReturnType<typeof parseDocument>) => void) => {
    const path = join(content, file);
    const doc = parseDocument(readFileSync(path, "utf8"));
    change(doc);
    writeFileSync(path, stringify(doc));
  };
  edit("site.yaml", (d) => d.setIn(["title"], `Strategies ${PAYLOAD}`));
  edit(`${DERBY}/strategy.yaml`, (d) => {
    d.setIn(["vision"], `Our vision ${PAYLOAD} and [a link](javascript:alert(1)).`);
    d.setIn(["principles", "items", 0], `Principle ${PAYLOAD}`);
    d.setIn(["contact", "name"], `Team ${PAYLOAD}`);
  });
  edit(`${DERBY}/drivers.yaml`, (d) => {
    d.setIn(["drivers", 0, "title"], `Driver ${PAYLOAD}`);
    d.setIn(["drivers", 0, "summary"], `Summary ${PAYLOAD}`);
  });
  edit(`${DERBY}/themes/01-personalisation.yaml`, (d) => {
    d.setIn(["title"], `Theme ${PAYLOAD}`);
    d.setIn(["issues", 0], `Issue ${PAYLOAD}`);
    d.setIn(["initiatives", 0, "text"], `Initiative ${PAYLOAD}`);
  });
  edit(`${DERBY}/plan.yaml`, (d) => {
    d.setIn(["current_model", "statements", 0, "text"], `Statement ${PAYLOAD}`);
    d.setIn(["actions", 0, "title"], `Action ${PAYLOAD}`);
    d.setIn(["actions", 0, "description"], `Description ${PAYLOAD}`);
    d.setIn(["actions", 0, "lead"], `Lead ${PAYLOAD}`);
    d.setIn(["actions", 0, "milestones", 0, "title"], `Milestone ${PAYLOAD}`);
    d.setIn(["actions", 0, "updates", 0, "note"], `Note ${PAYLOAD} [click](javascript:alert(1))`);
    d.setIn(["actions", 0, "updates", 0, "by"], `By ${PAYLOAD}`);
  });
  edit(`${DERBY}/reports.yaml`, (d) => {
    d.setIn(["reports", 0, "title"], `Report ${PAYLOAD}`);
    d.setIn(["reports", 0, "summary"], `Summary ${PAYLOAD}`);
    d.setIn(["reports", 0, "recommendations", 0], `Recommend ${PAYLOAD}`);
  });
}

let site: string;

beforeAll(async () => {
  const content = copyContent();
  inject(content);
  const result = await build(content);
  expect(result.code, result.messages.join("\n")).toBe(0);
  site = result.outDir;
});

describe("content that holds markup", () => {
  it("never becomes a script, an image or an event handler on any page", () => {
    for (const page of pagesUnder(site)) {
      const doc = readPage(site, page);
      expect(
        elements(doc, (el) => el.name === "script" && textOf(el).includes("alert")),
        page,
      ).toEqual([]);
      expect(
        elements(doc, (el) => el.name === "img"),
        page,
      ).toEqual([]);
      expect(
        elements(doc, (el) => Object.keys(el.attribs).some((a) => a.startsWith("on"))),
        page,
      ).toEqual([]);
      expect(
        elements(doc, (el) => /^\s*javascript:/i.test(el.attribs["href"] ?? "")),
        page,
      ).toEqual([]);
    }
  });

  it("is shown as the text that was written", () => {
    const h1 = (file: string) => textOf(elements(readPage(site, file), (el) => el.name === "h1"));
    expect(h1(`${DERBY}/actions/a01-generic-model/index.html`)).toBe(`1. Action ${PAYLOAD}`);
    expect(h1(`${DERBY}/themes/personalisation/index.html`)).toBe(`Theme ${PAYLOAD}`);
    const action = textOf(
      elements(readPage(site, `${DERBY}/actions/a01-generic-model/index.html`), (el) => el.name === "main"),
    );
    for (const text of [`Note ${PAYLOAD}`, `By ${PAYLOAD}`, `Milestone ${PAYLOAD}`, `Lead ${PAYLOAD}`])
      expect(action).toContain(text);
    const theme = textOf(
      elements(readPage(site, `${DERBY}/themes/personalisation/index.html`), (el) => el.name === "main"),
    );
    expect(theme).toContain(`Issue ${PAYLOAD}`);
    const report = textOf(elements(readPage(site, `${DERBY}/reports/2015-03/index.html`), (el) => el.name === "main"));
    expect(report).toContain(`Summary ${PAYLOAD}`);
  });

  it("keeps a javascript: link in markdown as plain text", () => {
    const home = readPage(site, `${DERBY}/index.html`);
    expect(textOf(elements(home, (el) => el.name === "main"))).toContain("[a link](javascript:alert(1))");
  });
});
