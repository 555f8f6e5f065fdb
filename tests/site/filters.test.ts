import { describe, expect, it } from "vitest";
import { unbrandedGovukCss } from "../../src/site/assets.ts";
import { strategyFilters } from "../../src/site/data.ts";
import { absoluteUrl } from "../../src/site/filters/absolute-url.ts";
import { longDate } from "../../src/site/filters/dates.ts";
import {
  changeLabel,
  horizonLabel,
  kindLabel,
  purposeLabel,
  reasonLabel,
  statusLabel,
} from "../../src/site/filters/labels.ts";
import { markdown } from "../../src/site/filters/markdown.ts";
import { withIds } from "../../src/site/filters/with-ids.ts";
import { readModel } from "../../src/pipeline.ts";
import { REPO } from "./build.ts";
import { join } from "node:path";

describe("markdown filter", () => {
  it("shows raw HTML as text and drops links that are not http(s), mailto or relative", () => {
    const html = markdown(
      `<b>hi</b> [a](javascript:alert(1)) [b](https://x.example/) [c](mailto:a@x.example) [d](../plan/)`,
    );
    expect(html).toContain("&lt;b&gt;hi&lt;/b&gt;");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('href="https://x.example/"');
    expect(html).toContain('href="mailto:a@x.example"');
    expect(html).toContain('href="../plan/"');
  });

  it("gives nothing for missing text", () => {
    expect(markdown(undefined)).toBe("");
  });
});

describe("label and date filters", () => {
  it("say statuses, horizons, kinds and dates in words", () => {
    expect(statusLabel("at-risk")).toBe("At risk");
    expect(horizonLabel("medium")).toBe("Medium term");
    expect(kindLabel("commissioning-intention")).toBe("Commissioning intention");
    expect(changeLabel("new")).toBe("First reported");
    expect(reasonLabel("no-update")).toBe("no update in this period");
    expect(purposeLabel("decision")).toBe("For decision");
    expect(longDate("2015-03-19")).toBe("19 March 2015");
    expect(longDate(undefined)).toBe("");
  });
});

describe("withIds filter", () => {
  it("turns ids into the items they name, in the order given, skipping unknown ids", () => {
    const items = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(withIds(items, ["c", "x", "a"])).toEqual([{ id: "c" }, { id: "a" }]);
  });
});

describe("absoluteUrl filter", () => {
  it("places a page under the base address without doubling the prefix", () => {
    const site = { title: "t", publisher: { name: "p" }, base_url: "https://x.example/s/", path_prefix: "/s/" };
    expect(absoluteUrl("/a/b/", site)).toBe("https://x.example/s/a/b/");
    expect(absoluteUrl("/a/", { ...site, base_url: undefined })).toBe("/s/a/");
  });
});

describe("dashboard filters", () => {
  const { model } = readModel(join(REPO, "content"));
  const strategy = model.strategies[0]!;
  const filters = strategyFilters(strategy);

  it("give every lead a distinct address-safe name", () => {
    const leads = filters.facets.find((f) => f.key === "lead")!.views;
    expect(leads.map((v) => v.rollup.key)).toEqual(strategy.rollups.lead.map((r) => r.key));
    for (const view of leads) expect(view.slug).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(leads.map((v) => v.slug)).size).toBe(leads.length);
  });

  it("tag each action with its status, themes, lead and timescale for the in-page filter", () => {
    const action = strategy.actions[0]!;
    const tokens = filters.tokens[action.id]!.split(" ");
    expect(tokens).toContain(`status:${action.progress.status}`);
    expect(tokens).toContain(`timescale:${action.horizon}`);
    for (const theme of action.themes) expect(tokens).toContain(`theme:${theme}`);
    expect(tokens.filter((t) => t.startsWith("lead:"))).toHaveLength(1);
  });
});

describe("govuk-frontend's CSS, unbranded", () => {
  it("loses its typeface and font files but keeps its rules", () => {
    const css = `@font-face{font-family:GDS Transport;src:url(/assets/fonts/a.woff2)}.govuk-body{font-family:GDS Transport,arial,sans-serif;color:#0b0c0c}\n/*# sourceMappingURL=x.map */`;
    expect(unbrandedGovukCss(css)).toBe(".govuk-body{font-family:arial,sans-serif;color:#0b0c0c}\n");
  });
});
