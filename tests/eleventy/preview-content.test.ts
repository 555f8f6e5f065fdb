import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import { LiveContent } from "../../src/eleventy/live-content.ts";
import strategyPress from "../../src/eleventy/plugin.ts";
import { PreviewSession } from "../../src/eleventy/preview-session.ts";
import { cli } from "../helpers/cli.ts";
import { copyFixture, edit, MINI } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

interface Page {
  url: string;
  content: string;
}

/**
 * The preview's pages for a content folder, rendered in memory as `--serve` renders them after an edit:
 * each call is a configuration reload of the one preview whose session it is given.
 */
async function previewPages(contentDir: string, session = new PreviewSession(contentDir)): Promise<Page[]> {
  const eleventy = new Eleventy(scratch("sp-preview-input-"), join(scratch("sp-preview-out-"), "_site"), {
    quietMode: true,
    configPath: false,
    config: (eleventyConfig) => strategyPress(eleventyConfig, { content: contentDir, preview: true, session }),
  });
  eleventy.disableLogger();
  return (await eleventy.toJSON()) as Page[];
}

const actionPage = (pages: Page[]) => pages.find((p) => p.url === `/${MINI}/actions/a01-community/`)?.content ?? "";

describe("the preview's pages while the content has errors", () => {
  it("shows a mistake's diagnostics above the last good pages, and drops them once it is fixed", async () => {
    const dir = copyFixture();
    const session = new PreviewSession(dir);
    const good = await previewPages(dir, session);
    expect(actionPage(good)).not.toContain('id="strategy-press-diagnostics"');

    edit(dir, `${MINI}/plan.yaml`, "horizon: short", "horizon: shortish");
    const broken = await previewPages(dir, session);
    expect(broken.map((p) => p.url).sort()).toEqual(good.map((p) => p.url).sort());
    const page = actionPage(broken);
    expect(page).toMatch(/<body[^>]*><section id="strategy-press-diagnostics" role="alert"/);
    expect(page).toContain("The content has 1 error");
    expect(page).toMatch(
      /plan\.yaml:\d+:\d+: error: Horizon must be one of short, medium, long; found &quot;shortish&quot;/,
    );
    expect(page).toContain("This page shows the last version that built.");

    edit(dir, `${MINI}/plan.yaml`, "horizon: shortish", "horizon: short");
    expect(actionPage(await previewPages(dir, session))).not.toContain('id="strategy-press-diagnostics"');
  }, 180_000);

  it("shows only the diagnostics when the content has never built in this preview", async () => {
    const dir = copyFixture();
    edit(dir, `${MINI}/strategy.yaml`, /^title: .*$/m, "title:");
    const pages = await previewPages(dir);
    expect(pages.map((p) => p.url)).toEqual(["/"]);
    expect(pages[0]?.content).toContain("Fix the content and the site appears by itself.");
    expect(pages[0]?.content).toMatch(/strategy\.yaml:\d+:\d+: error: /);
  }, 60_000);
});

describe("a draft report", () => {
  it("is in the preview, marked Draft, and in no published build", async () => {
    const dir = copyFixture();
    expect((await cli(["report", "new", MINI, "--id", "r2", "--content", dir], dir)).code).toBe(0);
    const pages = await previewPages(dir);
    const draft = pages.find((p) => p.url === `/${MINI}/reports/r2/`)?.content ?? "";
    expect(draft).toContain(
      "Draft. This board report has not been approved: only the live preview shows it, and a published build leaves it out.",
    );
    expect(pages.find((p) => p.url === `/${MINI}/reports/`)?.content).toMatch(
      /<strong class="govuk-tag govuk-tag--grey">Draft<\/strong> <a class="govuk-link" href="\/minimal-strategy\/reports\/r2\/">/,
    );

    const eleventy = new Eleventy(scratch("sp-published-input-"), join(scratch("sp-published-out-"), "_site"), {
      quietMode: true,
      configPath: false,
      config: (eleventyConfig) => strategyPress(eleventyConfig, { content: dir, preview: false }),
    });
    eleventy.disableLogger();
    const published = (await eleventy.toJSON()) as Page[];
    expect(published.map((p) => p.url)).toContain(`/${MINI}/reports/r1/`);
    expect(published.filter((p) => p.url.includes("/reports/r2") || p.content.includes("reports/r2"))).toEqual([]);
  }, 180_000);
});

describe("a file saved while the preview is building", () => {
  // Eleventy rebuilds for such a save without reloading its configuration: the pages must still read the new content.
  it("is read again when the next build asks for the content, and only then", () => {
    const dir = copyFixture();
    const live = new LiveContent(dir);
    const content = live.read();
    expect(live.refresh(content)).toBe(false);

    edit(dir, `${MINI}/plan.yaml`, "title: More services provided in the community", "title: Saved during a build");
    expect(live.refresh(content)).toBe(true);
    expect(content.model?.strategies[0]?.actions.map((a) => a.title)).toContain("Saved during a build");
    expect(live.refresh(content)).toBe(false);

    edit(dir, `${MINI}/plan.yaml`, "horizon: short", "horizon: shortish");
    expect(live.refresh(content)).toBe(true);
    expect(content.errors.map((d) => d.message)).toEqual([expect.stringContaining("Horizon must be one of")]);
    expect(content.model?.strategies[0]?.actions.map((a) => a.title)).toContain("Saved during a build");
  });
});
