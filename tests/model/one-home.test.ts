import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { updatesCsv } from "../../src/data/csv.ts";
import { feedItems } from "../../src/data/feed.ts";
import {
  buildStrategy,
  inPeriod,
  OVERDUE_MEANING,
  reportHolding,
  STATUS_COLOURS,
  STATUSES,
  statusAt,
} from "../../src/model/index.ts";
import { STATUS_COLOURS as PDF_COLOURS } from "../../src/pdf/styles.ts";
import { cli } from "../helpers/cli.ts";
import { copyFixture, headlines, MINI, readText } from "../helpers/content.ts";
import { REPO } from "../helpers/scratch.ts";
import { action, strategyFiles } from "../data/strategy-files.ts";
import { derbySite, readPage, textOf } from "../site/build.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

describe("update order: one rule, with the same-day rule that file order decides", () => {
  // Two updates on one day: at-risk written first, then off-track. The later in the file is the later update.
  const strategy = buildStrategy(
    strategyFiles([
      action("same-day", [
        { date: "2020-03-01", status: "on-track", note: "Started" },
        { date: "2020-06-30", status: "at-risk", note: "Morning: at risk" },
        { date: "2020-06-30", status: "off-track", note: "Afternoon: off track" },
      ]),
    ]),
    clockAt(AS_AT.handMade),
  );
  const [a] = strategy.actions;

  it("the status is the later entry's", () => {
    expect(a?.progress.status).toBe("off-track");
    expect(statusAt(a as never, "2020-06-30")).toBe("off-track");
  });

  it("the history puts that same update on top", () => {
    expect(a?.history.map((u) => u.status)).toEqual(["off-track", "at-risk", "on-track"]);
  });

  it("the feed puts it first", () => {
    expect(feedItems(strategy).map((i) => i.update.status)).toEqual(["off-track", "at-risk", "on-track"]);
  });

  it("the CSV lists it last, oldest first", () => {
    const rows = parse(updatesCsv(strategy), { columns: true }) as { status: string }[];
    expect(rows.map((r) => r.status)).toEqual(["on-track", "at-risk", "off-track"]);
  });
});

describe("period membership: one rule for the model, the validator and the update command", () => {
  const period = { start: "2014-10-01", end: "2014-12-31" };

  it("includes the first and last days, and nothing outside them", () => {
    expect(["2014-09-30", "2014-10-01", "2014-12-31", "2015-01-01"].map((d) => inPeriod(d, period))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(reportHolding([{ id: "r1", period }], "2014-12-31")?.id).toBe("r1");
    expect(reportHolding([{ id: "r1", period }], "2015-01-01")).toBeNull();
  });

  it("update counts an update on the period's first and last days in that report, and none after it", async () => {
    for (const [date, counted] of [
      ["2014-10-01", ", counted in report r1"],
      ["2014-12-31", ", counted in report r1"],
      ["2015-01-01", ""],
    ] as const) {
      const dir = copyFixture();
      const said = await cli(
        ["update", MINI, "a02-stigma", "--content", dir, "--status", "on-track", "--note", "Checked", "--date", date],
        dir,
      );
      expect(said.text).toBe(`✓ a02-stigma: on-track on ${date}${counted} — added to ${MINI}/plan.yaml`);
    }
  });

  it("the validator refuses an update dated after the period of the report it is counted in", () => {
    const dir = copyFixture();
    const plan = readText(dir, `${MINI}/plan.yaml`);
    const dated = plan.match(/- date: (\d{4}-\d{2}-\d{2})\n(?:.*\n)*?\s+report: r1/);
    expect(dated).not.toBeNull();
    writeFileSync(join(dir, MINI, "plan.yaml"), plan.replace(`- date: ${dated?.[1]}`, "- date: 2015-01-01"));
    expect(headlines(dir).join("\n")).toContain(
      "error: the update is dated 2015-01-01, after the end of report r1's period (2014-12-31) it is counted in",
    );
  });
});

describe("status colours: one table read by the site's stylesheet, the status tag and the paper", () => {
  let site: string;
  beforeAll(async () => {
    site = await derbySite();
  });

  it("the paper uses the model's table", () => {
    expect(PDF_COLOURS).toBe(STATUS_COLOURS);
  });

  it("the site's status stylesheet is written from it, and site.css keeps no status colours of its own", () => {
    const css = readFileSync(join(site, "assets", "status.css"), "utf8");
    for (const s of STATUSES) {
      expect(css).toContain(`--sp-status-${s}-fill: ${STATUS_COLOURS[s].fill};`);
      expect(css).toContain(`--sp-status-${s}-bar: ${STATUS_COLOURS[s].bar};`);
    }
    expect(readFileSync(join(REPO, "templates", "assets", "site.css"), "utf8")).not.toMatch(
      /sp-chart__bar--[a-z-]+ \{ fill: #/,
    );
  });

  it("withdrawn is the same grey in the tag and the paper: the tag has no colour class of its own", () => {
    const home = readFileSync(join(site, "derby-mental-health", "actions", "index.html"), "utf8");
    expect(home).toContain('class="govuk-tag sp-status sp-status--');
    expect(home).not.toMatch(/govuk-tag--(purple|grey|green|yellow|red|blue) sp-status/);
    expect(STATUS_COLOURS.withdrawn.fill).toBe("#eeefef");
  });
});

describe("overdue is explained as its rule is written: withdrawn actions are excluded", () => {
  it("the rule excludes withdrawn, and the words say so", () => {
    const strategy = buildStrategy(
      strategyFiles([
        action("gone", [{ date: "2020-03-01", status: "withdrawn", note: "Stopped" }], { due: "2020-02-15" }),
      ]),
      clockAt(AS_AT.handMade),
    );
    expect(strategy.actions[0]?.progress.overdue).toBe(false);
    expect(OVERDUE_MEANING).toBe("past its due date and neither complete nor withdrawn");
  });

  it("the open data page explains the overdue column in those words", async () => {
    const page = textOf(readPage(await derbySite(), "derby-mental-health/open-data/index.html").children as never);
    expect(page).toContain(`overdueyes when ${OVERDUE_MEANING}`);
  });
});
