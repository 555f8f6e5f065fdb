import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { resolveContentPath } from "../load/content-path.ts";
import type { SiteContent, SiteModel } from "../model/index.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Our font stack: the system's own sans-serif, in place of a typeface licensed to another brand. */
export const FONT_STACK = "arial,sans-serif";

/** The page that publishes govuk-frontend's stylesheet: a template of its own, so that the compile step knows it. */
export const GOVUK_CSS_PAGE = { body: "{{ govukCss | safe }}", permalink: "/assets/govuk-frontend.min.css" };

/**
 * Publishes the stylesheets and scripts: ours as they are, and govuk-frontend's compiled CSS
 * without its brand typeface (no font files, no @font-face, the system font stack instead).
 */
export function addAssets(eleventyConfig: EleventyConfig, assetsDir: string, govukDist: string): void {
  eleventyConfig.addPassthroughCopy({
    [assetsDir]: "assets",
    [join(govukDist, "govuk", "govuk-frontend.min.js")]: "assets/govuk-frontend.min.js",
  });
  const css = readFileSync(join(govukDist, "govuk", "govuk-frontend.min.css"), "utf8");
  eleventyConfig.addTemplate("strategy-press/assets/govuk-frontend.css.njk", GOVUK_CSS_PAGE.body, {
    permalink: GOVUK_CSS_PAGE.permalink,
    eleventyExcludeFromCollections: true,
    govukCss: unbrandedGovukCss(css),
  });
}

/** Where the publisher's logo is published, or null when the site has none. */
export function logoPath(site: SiteContent): string | null {
  return site.publisher.logo ? `/assets/brand/${basename(site.publisher.logo)}` : null;
}

/** Publishes the publisher's logo from the content folder, and tells the header where it is. */
export function addLogo(eleventyConfig: EleventyConfig, site: SiteContent, contentDir: string | undefined): void {
  const path = logoPath(site);
  eleventyConfig.addNunjucksGlobal("spLogo", path && contentDir ? path : null);
  // Copied by value from the real file the content-folder resolver finds (validation has checked it): a
  // symbolic link is never published as a link, which a web server would follow anywhere.
  const found =
    path && contentDir && site.publisher.logo ? resolveContentPath(contentDir, contentDir, site.publisher.logo) : null;
  if (path && found && "real" in found)
    eleventyConfig.addPassthroughCopy({ [found.real]: path.slice(1) }, { expand: true });
}

/** govuk-frontend's CSS with its typeface taken out: no @font-face rules, no source map comment. */
export function unbrandedGovukCss(css: string): string {
  return css
    .replace(/@font-face\{[^}]*\}/g, "")
    .replace(/"?GDS Transport"?,arial,sans-serif/g, FONT_STACK)
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
}

/** Publishes the pictures of each easy-read summary beside its page, at the path easy-read.yaml gives. */
export function addEasyReadPictures(
  eleventyConfig: EleventyConfig,
  model: SiteModel,
  contentDir: string | undefined,
): void {
  if (!contentDir) return;
  for (const strategy of model.strategies) {
    for (const point of (strategy.easyRead?.sections ?? []).flatMap((s) => s.points)) {
      // The real file, by value, as the resolver finds it inside the strategy's folder: never a link or a folder.
      const found = point.image
        ? resolveContentPath(contentDir, join(contentDir, strategy.id), point.image.file)
        : null;
      if (point.image && found && "real" in found)
        eleventyConfig.addPassthroughCopy({ [found.real]: `${strategy.id}/${point.image.file}` }, { expand: true });
    }
  }
}
