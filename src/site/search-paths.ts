import type { EleventyConfig } from "./eleventy-types.ts";

/**
 * Lets Nunjucks find templates in `dirs` as well as in the site's own includes folder, so the
 * plugin's layouts and components (and govuk-frontend's macros) work in any Eleventy project.
 * Eleventy makes the environment itself; we add a loader once it exists.
 */
export function addTemplateSearchPaths(eleventyConfig: EleventyConfig, dirs: string[]): void {
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }) => {
    const loader = new nunjucks.FileSystemLoader(dirs);
    // Nunjucks gives each loader a cache when the environment is made; this one arrives later.
    loader.cache = {};
    environment.loaders.push(loader);
  });
}
