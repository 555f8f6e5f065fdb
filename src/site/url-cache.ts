import type { EleventyConfig } from "./eleventy-types.ts";

type UrlFilter = (this: unknown, path: unknown, prefix?: unknown) => unknown;

/**
 * Keeps the answers of Eleventy's `url` filter for the length of a build. The filter first tries
 * `new URL(path)`, which throws for a site path such as "/derby/actions/a01/": building that
 * exception is costly in a large site's render, because every action is linked from a dozen pages.
 * Within one build a path always gets the same answer, so each is worked out once; the answers are
 * dropped when a build begins, so the live preview sees a changed path prefix. Eleventy's own
 * filter still does the work, so the links are exactly what it would write.
 */
export function rememberUrls(eleventyConfig: EleventyConfig): void {
  const url = eleventyConfig.getFilter("url") as UrlFilter | undefined;
  if (!url) return;
  const answers = new Map<string, unknown>();
  eleventyConfig.on("eleventy.before", () => answers.clear());
  eleventyConfig.addFilter("url", function (this: unknown, path: unknown, prefix?: unknown) {
    if (typeof path !== "string" || prefix !== undefined) return url.call(this, path, prefix);
    if (!answers.has(path)) answers.set(path, url.call(this, path));
    return answers.get(path);
  } as (...args: never[]) => unknown);
}
