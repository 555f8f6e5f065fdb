import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, parse } from "node:path";
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
  _leaveRootFolder();
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

/** Eleventy's timing warnings are made before `quietMode` reaches them; the CLI alone prints. */
function _quietBenchmarks(eleventyConfig: object): void {
  const benchmarks = (eleventyConfig as { benchmarks?: { config?: { setIsVerbose?: (on: boolean) => void } } }).benchmarks;
  benchmarks?.config?.setIsVerbose?.(false);
}
