import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { cli } from "../helpers/cli.ts";
import { FIXTURES, headlines } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";
import { readPdf, squash, type ReadPdf } from "../pdf/read-pdf.ts";
import { run } from "../../src/cli.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";
import { REPO } from "../helpers/scratch.ts";
import type { BuildResult } from "../site/build.ts";

/** A council that declares its own cover sheet and implications (tests/fixtures/committee, from Maidstone's report form). */
const CONTENT = join(FIXTURES, "committee");
const PLAN = "climate-action-plan";

let site: BuildResult;
let exemptPaper: ReadPdf;
let publicPaper: ReadPdf;

beforeAll(async () => {
  const outDir = join(scratch("sp-committee-site-"), "_site");
  const messages: string[] = [];
  const code = await run(
    ["build", CONTENT, "--out", outDir, "--as-at", AS_AT.committee],
    { out: (t) => messages.push(t), err: (t) => messages.push(t) },
    REPO,
  );
  site = { code, messages, outDir };
  const dir = scratch("sp-committee-");
  expect(
    (
      await cli(
        [
          "report",
          PLAN,
          "2021-06-levy",
          "--content",
          CONTENT,
          "--format",
          "both",
          "--out",
          join(dir, "levy.pdf"),
          "--as-at",
          AS_AT.committee,
        ],
        dir,
      )
    ).code,
  ).toBe(0);
  exemptPaper = await readPdf(readFileSync(join(dir, "levy.pdf")));
  expect(existsSync(join(dir, "levy.docx"))).toBe(true);
  publicPaper = await readPdf(readFileSync(join(site.outDir, PLAN, "reports", "2021-03.pdf")));
}, 180_000);

describe("a council's own cover sheet and implications", () => {
  it("warns, at the report, of the implication it is silent on, naming it", () => {
    expect(headlines(CONTENT)).toEqual([
      `${PLAN}/reports.yaml:38:9: warning: report "2021-06-levy" does not state its crime and disorder implications: the paper reads "Not stated" there`,
    ]);
  });

  it("puts the council's rows on the cover, in its order and words", () => {
    const cover = publicPaper.pages[0]?.contentText ?? "";
    const rows = [
      "Final Decision-Maker Policy and Resources Committee",
      "Will this be a Key Decision? No",
      "Lead Director Director of Strategy, Insight and Governance",
      "Lead Officer and Report Author Alex Morgan, Biodiversity and Climate Change Officer",
      "Author contact alex.morgan@maidstone.example, 01622 000000",
      "Classification Public",
      "Public or exempt Public",
      "Wards affected All wards",
    ];
    let from = 0;
    for (const row of rows) {
      const at = cover.indexOf(row, from);
      expect(at, row).toBeGreaterThanOrEqual(from);
      from = at;
    }
    // Rows the council's form does not have are not there.
    for (const absent of ["Sponsor", "Officer sign-off", "Strategy priority"]) expect(cover).not.toContain(absent);
  });

  it("states each implication the council lists under its heading, with who signed it off, and Not stated where the report is silent", () => {
    const text = squash(publicPaper.pages.map((p) => p.contentText).join(" "));
    for (const heading of [
      "Impact on Corporate Priorities:",
      "Risk Management:",
      "Financial:",
      "Legal:",
      "Biodiversity and Climate Change:",
      "Crime and Disorder: No implications.",
      "Procurement:",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(
      "Financial: No new spending is proposed in this report. Signed off by Director of Finance and Business Improvement.",
    );
    const exempt = squash(exemptPaper.pages.map((p) => p.contentText).join(" "));
    expect(exempt).toContain("Crime and Disorder: Not stated.");
    expect(exempt).not.toContain("None identified");
  });
});

describe("an exempt report", () => {
  it("is never published: no page, paper, Word edition, feed entry or data mentions it, and the build says so", () => {
    const files = readdirSync(site.outDir, { recursive: true, encoding: "utf8" });
    expect(files.some((f) => f.includes("2021-03"))).toBe(true);
    expect(files.filter((f) => f.includes("2021-06-levy"))).toEqual([]);
    for (const f of files.filter((f) => /\.(html|json|csv|xml)$/.test(f))) {
      const text = readFileSync(join(site.outDir, f), "utf8");
      expect(text.includes("2021-06-levy") || text.includes("Parking levy: commercial terms"), f).toBe(false);
    }
    expect(site.code).toBe(0);
    expect(site.messages.join("\n")).toContain(
      `not published: ${PLAN} report 2021-06-levy is exempt (paragraph 3 of Schedule 12A)`,
    );
  });

  it("still has its paper for the committee's private pack, saying it is exempt and under which paragraph", () => {
    expect(exemptPaper.pages[0]?.contentText).toContain(
      "Public or exempt Exempt: not for publication (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972)",
    );
    expect(exemptPaper.pages[0]?.contentText).toContain("Wards affected High Street, Fant");
  });

  it("gives no web address for itself, since it is never published", () => {
    const text = squash(exemptPaper.pages.map((p) => p.contentText).join(" "));
    expect(text).toContain("This report online None: as an exempt report it is not published on the website");
    expect(text).not.toContain("reports/2021-06-levy");
    expect(text).toContain("The strategy, with every action's progress, is published at:");
  });

  it("is left out of the public model, which the later reports never point back to", () => {
    const { model } = readModel(CONTENT, process.cwd(), { clock: clockAt(AS_AT.committee) });
    const strategy = model.strategies.find((s) => s.id === PLAN);
    expect(strategy?.reports.map((r) => r.id)).toEqual(["2021-03"]);
    expect(model.withheld).toEqual([
      {
        strategyId: PLAN,
        reportId: "2021-06-levy",
        title: "Parking levy: commercial terms with car park operators",
        paragraph: 3,
      },
    ]);
  });
});
