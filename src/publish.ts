import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import strategyPress from "./eleventy/plugin.ts";
import type { SiteModel } from "./model/index.ts";

/**
 * Writes everything one build publishes into `outDir` (a fresh temporary folder: the caller swaps
 * it in only when every step has succeeded). It is the same Eleventy plugin plain
 * `npx @11ty/eleventy` runs, so both publish the same files; every page comes from the plugin, so
 * Eleventy reads from an empty input folder and never from a config file.
 */
export async function publish(model: SiteModel, outDir: string, options: { contentDir?: string } = {}): Promise<void> {
  const input = mkdtempSync(join(tmpdir(), "strategy-press-input-"));
  try {
    const eleventy = new Eleventy(input, outDir, {
      quietMode: true,
      configPath: false,
      pathPrefix: model.site.path_prefix ?? "/",
      config: (eleventyConfig) => {
        _quietBenchmarks(eleventyConfig);
        strategyPress(eleventyConfig, { model, content: options.contentDir, preview: false });
      },
    });
    eleventy.disableLogger();
    await eleventy.write();
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/** Eleventy's timing warnings are made before `quietMode` reaches them; the CLI alone prints. */
function _quietBenchmarks(eleventyConfig: object): void {
  const benchmarks = (eleventyConfig as { benchmarks?: { config?: { setIsVerbose?: (on: boolean) => void } } }).benchmarks;
  benchmarks?.config?.setIsVerbose?.(false);
}
