import { join, resolve } from "node:path";
import { formatDiagnostic } from "../diagnostic/format.ts";
import type { SiteModel } from "../model/index.ts";
import { readModel } from "../pipeline.ts";
import type { EleventyConfig } from "../site/eleventy-types.ts";
import strategyPressSite from "../site/index.ts";
import { SCHEMAS_DIR, TEMPLATES_DIR } from "../site/paths.ts";
import { diagnosticsPage, diagnosticsPanel, withDiagnostics } from "./diagnostics-page.ts";
import { writeDataFiles, writePapersAndSearch } from "./extras.ts";
import { downloads } from "./papers.ts";
import { readForPreview, type PreviewContent } from "./live-content.ts";

export interface StrategyPressOptions {
  /** The content folder: read when the configuration loads, and watched while serving. Default "content". */
  content?: string;
  /** A model already read and validated (as `strategy-press build` has one); the content folder is then not read again. */
  model?: SiteModel;
  /** Whether this is a live preview; default: Eleventy's own run mode (`--serve` or `--watch`). */
  preview?: boolean;
}

/**
 * The whole Strategy Press publish as one Eleventy plugin: the website's pages, each strategy's
 * open data, the board paper PDFs, the content schemas and the search index. Plain
 * `npx @11ty/eleventy` and `strategy-press build` both run it, so they publish the same files.
 *
 * While previewing (`--serve`), the content and templates are watched, a content error shows on
 * every page above the last good version, and the PDFs and search index follow the pages in the
 * background so an edit shows in the browser as soon as its pages are written.
 */
export default function strategyPress(eleventyConfig: EleventyConfig, options: StrategyPressOptions = {}): void {
  const contentDir = resolve(options.content ?? "content");
  const preview = options.preview ?? ["serve", "watch"].includes(process.env["ELEVENTY_RUN_MODE"] ?? "");
  const content: PreviewContent = options.model ? { model: options.model, errors: [] } : preview ? readForPreview(contentDir) : { model: _readOrExplain(contentDir), errors: [] };

  if (preview) {
    // Reload the configuration (and so the content) when any content file or template changes.
    eleventyConfig.addWatchTarget(join(contentDir, "**/*.{yaml,yml}"), { resetConfig: true });
    eleventyConfig.addWatchTarget(join(TEMPLATES_DIR, "**/*"), { resetConfig: true });
  }
  if (content.errors.length > 0) {
    const panel = diagnosticsPanel(content.errors, content.model !== null);
    eleventyConfig.addTransform("strategy-press-diagnostics", function (this: { page: { outputPath: string | false } }, html: string) {
      return typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html") ? withDiagnostics(html, panel) : html;
    });
  }
  const model = content.model;
  if (!model) {
    eleventyConfig.addTemplate("strategy-press/content-errors.njk", diagnosticsPage(content.errors), { permalink: "/index.html" });
    return;
  }

  // Publishing, the pages give each PDF's size and page count, so the PDFs are made first; a preview
  // does without, so that an edit shows at once.
  strategyPressSite(eleventyConfig, { model, contentDir, ...(preview ? {} : { downloads: () => downloads(model, contentDir) }) });
  eleventyConfig.addPassthroughCopy({ [join(SCHEMAS_DIR, "*.json")]: "schemas" });

  // Pages first; the open data beside them; then the slow part, awaited only when publishing.
  let background: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (content.errors.length > 0) return;
    writeDataFiles(model, directories.output);
    if (!preview) return writePapersAndSearch(model, directories.output, contentDir);
    background = background.then(() => writePapersAndSearch(model, directories.output, contentDir)).catch((error: Error) => {
      process.stderr.write(`strategy-press: the board papers or search index were not written: ${error.message}\n`);
    });
  });
}

/** Outside a preview, content errors stop the build: printed as diagnostics, as the CLI prints them. */
function _readOrExplain(contentDir: string): SiteModel {
  try {
    return readModel(contentDir).model;
  } catch (error) {
    const diagnostics = (error as { diagnostics?: readonly Parameters<typeof formatDiagnostic>[0][] }).diagnostics;
    if (diagnostics) for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n\n`);
    throw error;
  }
}

export { strategyPress };
