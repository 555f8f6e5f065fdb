import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EleventyConfig } from "./eleventy-types.ts";

/** Our font stack: the system's own sans-serif, in place of a typeface licensed to another brand. */
export const FONT_STACK = "arial,sans-serif";

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
  eleventyConfig.addTemplate("strategy-press/assets/govuk-frontend.css.njk", "{{ govukCss | safe }}", {
    permalink: "/assets/govuk-frontend.min.css",
    eleventyExcludeFromCollections: true,
    govukCss: unbrandedGovukCss(css),
  });
}

/** govuk-frontend's CSS with its typeface taken out: no @font-face rules, no source map comment. */
export function unbrandedGovukCss(css: string): string {
  return css
    .replace(/@font-face\{[^}]*\}/g, "")
    .replace(/"?GDS Transport"?,arial,sans-serif/g, FONT_STACK)
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
}
