import { tmpdir } from "node:os";
import { parse } from "node:path";
import strategyPress from "./eleventy/plugin.ts";
import type { SiteModel } from "./model/index.ts";
import { writeWithEleventy } from "./site/render.ts";

/**
 * Writes everything one build publishes into `outDir` (a fresh temporary folder: the caller swaps
 * it in only when every step has succeeded). It is the same Eleventy plugin plain
 * `npx @11ty/eleventy` runs, so both publish the same files; every page comes from the plugin, so
 * Eleventy reads from an empty input folder and never from a config file.
 */
export async function publish(model: SiteModel, outDir: string, options: { contentDir?: string } = {}): Promise<void> {
  _leaveRootFolder();
  await writeWithEleventy(outDir, model.site.path_prefix ?? "/", (eleventyConfig) =>
    strategyPress(eleventyConfig, { model, content: options.contentDir, preview: false, pagesAsBytes: true }),
  );
}

/**
 * Eleventy 3 cannot work from the file system's root ("/", where a service may be started): its
 * TemplatePath.relativePath strips the working folder plus one character, so "/tmp/x.njk" becomes "mp/x.njk",
 * no template is found again and the build fails with "entry._pages is not iterable". Every path we give
 * Eleventy is absolute, so working from the temporary folder instead changes nothing else.
 */
function _leaveRootFolder(): void {
  const cwd = process.cwd();
  if (parse(cwd).root === cwd) process.chdir(tmpdir());
}
