import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { EleventyConfig } from "./eleventy-types.ts";

/**
 * Adds every page template under `dir` as an Eleventy virtual template. The pages then come with the
 * plugin into any site, whatever its input folder; each page's front matter paginates over the
 * plugin's global data and sets its own permalink.
 */
export function addPages(eleventyConfig: EleventyConfig, dir: string): void {
  for (const file of _templates(dir)) {
    eleventyConfig.addTemplate(`strategy-press/${relative(dir, file)}`, readFileSync(file, "utf8"));
  }
}

function _templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return _templates(path);
      return entry.name.endsWith(".njk") ? [path] : [];
    });
}
