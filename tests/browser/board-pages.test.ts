import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./helpers/axe.ts";
import { STRATEGY, visit, withSharedPage } from "./helpers/browser.ts";

/** The pages the board's records appear on: each report, the risk register, the dashboard and a re-dated action. */
const PAGES = [
  `${STRATEGY}reports/2015-03/`,
  `${STRATEGY}reports/2015-09/`,
  `${STRATEGY}risks/`,
  `${STRATEGY}dashboard/`,
  `${STRATEGY}actions/a01-generic-model/`,
  `${STRATEGY}open-data/`,
];

let page: Page;
withSharedPage((opened) => (page = opened));

describe.each(PAGES)("%s", (path) => {
  it("has no WCAG 2.2 A or AA violations found by axe-core", async () => {
    await visit(page, path);
    expect(describeViolations(path, await axeViolations(page))).toBe("");
  });
});

describe("the board's records on the site", () => {
  it("shows each exception's reasons and recovery action on the report page, as the paper words them", async () => {
    await visit(page, `${STRATEGY}reports/2015-09/`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("At risk, overdue and no update for more than 120 days");
    expect(text).toMatch(/Recovery action\s+A revised draft showing crisis and outreach/);
    expect(text).toContain(
      "30 June 2015 (originally 31 March 2015; revised by the Board on 19 March 2015, report 2015-03 recommendation 4)",
    );
    expect(text).toMatch(/Recommendation 3: Agreed with changes/);
  });

  it("rates every risk in words and numbers on the risks page", async () => {
    await visit(page, `${STRATEGY}risks/`);
    const rows = await page.locator("table.sp-risk-table tbody tr").allInnerTexts();
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatch(/R2: No county commissioning lead[^]*High\s12\sL4\s×\sI3/);
  });

  it("shows an action's status and percent at each report", async () => {
    await visit(page, `${STRATEGY}actions/a01-generic-model/`);
    const rows = await page.locator("table", { hasText: "Report period end" }).locator("tbody tr").allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      "28 February 2015 At risk 45%",
      "31 August 2015 Off track 55%",
    ]);
  });
});
