import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { edit } from "../helpers/content.ts";
import { build, copyContent, DERBY, derbySite, readPage, textOf, elements } from "../site/build.ts";

/** What a reader sees of a page: the text of its main content. */
function mainText(site: string, file: string): string {
  return textOf(elements(readPage(site, file), (el) => el.name === "main"));
}

const REPORTS = `${DERBY}/reports`;
let before: string;
let after: string;

/**
 * A strategy moves on after a report: an update after September's period, a risk review, and a
 * third report to the board. The March and September editions must read exactly as they did.
 */
beforeAll(async () => {
  before = await derbySite();
  const content = copyContent();
  edit(
    content,
    `${DERBY}/plan.yaml`,
    / {10}Approve a further revised due date of 31 December 2015; no later date\n {10}will be asked for.\n/,
    `$&      - date: 2015-11-20
        status: complete
        percent: 100
        note: The mental health version of the generic model was signed off by the joint commissioning group.
        report: "2016-03"
`,
  );
  edit(
    content,
    `${DERBY}/plan.yaml`,
    /( {2}- id: a05-social-inclusion-review[^]*? {10}expected in May 2015\.\n)/,
    `$1      - date: 2015-12-01
        status: on-track
        percent: 60
        note: The review restarted in November with the engagement review's findings.
        report: "2016-03"
`,
  );
  edit(
    content,
    `${DERBY}/risks.yaml`,
    "        likelihood: 4\n\n  - id: r03",
    `        likelihood: 4
      - date: 2015-12-10
        note: An interim county lead is in post.
        likelihood: 1
        status: closed

  - id: r03`,
  );
  edit(
    content,
    `${DERBY}/reports.yaml`,
    /$/,
    `
  - id: "2016-03"
    title: "Mental health strategy: progress report, September 2015 to February 2016"
    board: Derby City Health and Wellbeing Board
    meeting: 2016-03-17
    period:
      start: 2015-09-01
      end: 2016-02-29
    purpose: information
    recommendations:
      - The Board is asked to note the progress made since the last report.
`,
  );
  // Built as at the end of the third report's period: the strategy has moved on, the earlier editions must not.
  const result = await build(content, undefined, "2016-02-29");
  if (result.code !== 0) throw new Error(result.messages.join("\n"));
  after = result.outDir;
});

describe("frozen editions", () => {
  it("publishes the new report and changes what moved: the action page and the latest paper", () => {
    expect(
      readFileSync(join(after, REPORTS, "latest.pdf")).equals(readFileSync(join(after, REPORTS, "2016-03.pdf"))),
    ).toBe(true);
    expect(mainText(after, `${DERBY}/actions/a01-generic-model/index.html`)).toContain(
      "signed off by the joint commissioning group",
    );
    expect(mainText(before, `${DERBY}/actions/a01-generic-model/index.html`)).not.toContain(
      "signed off by the joint commissioning group",
    );
    expect(mainText(after, `${REPORTS}/2016-03/index.html`)).toContain("Progress at 29 February 2016");
  });

  it("leaves every earlier report's PDF byte for byte as it was, at the same address", () => {
    for (const id of ["2015-03", "2015-09"]) {
      const was = readFileSync(join(before, REPORTS, `${id}.pdf`));
      expect(readFileSync(join(after, REPORTS, `${id}.pdf`)).equals(was), id).toBe(true);
    }
  });

  it("leaves every earlier report's page reading as it did", () => {
    for (const id of ["2015-03", "2015-09"]) {
      const file = `${REPORTS}/${id}/index.html`;
      const was = mainText(before, file);
      expect(was).toContain("This page and the PDF show the strategy as it stood on");
      expect(mainText(after, file), id).toBe(was);
    }
  });
});
