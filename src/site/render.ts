import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import type { SiteModel } from "../model/index.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import strategyPressSite from "./index.ts";

/**
 * Renders the website's pages alone with Eleventy (the bench times them apart from the rest of a
 * publish, which src/eleventy adds).
 */
export function renderPages(model: SiteModel, outDir: string, options: { contentDir?: string } = {}): Promise<void> {
  return writeWithEleventy(outDir, model.site.path_prefix ?? "/", (eleventyConfig) =>
    strategyPressSite(eleventyConfig, { model, pagesAsBytes: true, ...options }),
  );
}

/**
 * Runs Eleventy once, quietly, with the plugin `configure` adds. Every page comes from the plugin, so
 * Eleventy reads from an empty input folder and never from a config file.
 */
export async function writeWithEleventy(
  outDir: string,
  pathPrefix: string,
  configure: (eleventyConfig: EleventyConfig) => void,
): Promise<void> {
  const input = mkdtempSync(join(tmpdir(), "strategy-press-input-"));
  try {
    const eleventy = new Eleventy(input, outDir, {
      quietMode: true,
      configPath: false,
      pathPrefix,
      config: (eleventyConfig) => {
        _quietBenchmarks(eleventyConfig);
        // As a plugin, so it runs after Eleventy's own defaults: the configuration callback runs
        // before them, when filters such as `url` (which the plugin wraps) are not yet there.
        eleventyConfig.addPlugin(configure);
      },
    });
    eleventy.disableLogger();
    await eleventy.write();
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/**
 * Eleventy times every filter and prints a warning when one takes a large share of the build; the
 * timing group is made before `quietMode` reaches it, so it is silenced here. The CLI alone prints.
 */
function _quietBenchmarks(eleventyConfig: object): void {
  const benchmarks = (eleventyConfig as { benchmarks?: { config?: { setIsVerbose?: (on: boolean) => void } } })
    .benchmarks;
  benchmarks?.config?.setIsVerbose?.(false);
}
