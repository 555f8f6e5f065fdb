import { join, resolve } from "node:path";
import { countBySeverity } from "../diagnostic/diagnostic.ts";
import { shownDiagnostics } from "../diagnostic/format.ts";
import { ContentError } from "../errors.ts";
import { printable } from "../output/printable.ts";
import { readClock } from "../clock.ts";
import { counted, type Clock, type SiteModel } from "../model/index.ts";
import { readModel } from "../pipeline.ts";
import type { EleventyConfig } from "../site/eleventy-types.ts";
import strategyPressSite from "../site/index.ts";
import { PageIndexer } from "../site/page-indexer.ts";
import { SCHEMAS_DIR, TEMPLATES_DIR } from "../site/paths.ts";
import { diagnosticsPage, diagnosticsPanel, SHOW_DIAGNOSTICS, withDiagnostics } from "./diagnostics-page.ts";
import { writePapersAndSearch } from "./extras.ts";
import { MarkerTemplate } from "./marker-template.ts";
import { OPEN_DATA_FILES, OpenDataTemplate, openDataFiles } from "./open-data-template.ts";
import { downloads } from "./papers.ts";
import type { PreviewContent } from "./live-content.ts";
import { listenOn, PREVIEW_HOST } from "./preview-server.ts";
import { PreviewSession } from "./preview-session.ts";

export interface StrategyPressOptions {
  /** The content folder: read when the configuration loads, and watched while serving. Default "content". */
  content?: string;
  /** A model already read and validated (as `strategy-press build` has one); the content folder is then not read again. */
  model?: SiteModel;
  /** Whether this is a live preview; default: Eleventy's own run mode (`--serve` or `--watch`). */
  preview?: boolean;
  /** Pages as UTF-8 bytes (see the site plugin's option): `strategy-press build` sets it, its transforms being our own. */
  pagesAsBytes?: boolean;
  /** The address the preview listens on: 127.0.0.1 (this computer only) unless told otherwise. */
  host?: string;
  /** The day progress is judged at, YYYY-MM-DD (`--as-at`); default SOURCE_DATE_EPOCH, else the day of each build. */
  asAt?: string;
  /**
   * While previewing: what the preview keeps between rebuilds (its last good content, the papers made on
   * demand). Make one per Eleventy instance, where the instance is made, and pass the same one at every
   * configuration reload; without one, each reload starts afresh and a content error blanks the site.
   */
  session?: PreviewSession;
}

/**
 * The whole Strategy Press publish as one Eleventy plugin: the website's pages, each strategy's
 * open data, the board paper PDFs, the content schemas and the search index. Plain
 * `npx @11ty/eleventy` and `strategy-press build` both run it, so they publish the same files.
 *
 * While previewing (`--serve`), the content and templates are watched, a content error shows on
 * every page above the last good version, and the PDFs and search index are written when the
 * browser asks for them, so an edit shows as soon as its pages are written.
 */
export default function strategyPress(eleventyConfig: EleventyConfig, options: StrategyPressOptions = {}): void {
  const contentDir = resolve(options.content ?? "content");
  const preview = options.preview ?? ["serve", "watch"].includes(process.env["ELEVENTY_RUN_MODE"] ?? "");
  const clock = () => readClock(options.asAt);
  const session = preview ? (options.session ?? new PreviewSession(contentDir)) : null;
  const content: PreviewContent = options.model
    ? { model: options.model, errors: [] }
    : session
      ? session.content.read(clock)
      : { model: _readOrExplain(contentDir, clock()), errors: [] };

  if (session) {
    // Reload the configuration (and so the content) when any content file or template changes.
    eleventyConfig.addWatchTarget(join(contentDir, "**/*.{yaml,yml}"), { resetConfig: true });
    eleventyConfig.addWatchTarget(join(TEMPLATES_DIR, "**/*"), { resetConfig: true });
    // Eleventy waits for a file to stay unchanged for 150 ms before rebuilding; a saved YAML file is
    // small and written at once, so a shorter wait makes the edit show sooner.
    eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
    // This computer only, unless told otherwise; every request checked before a file is looked for.
    eleventyConfig.setServerOptions({ middleware: session.middleware, ...listenOn(options.host ?? PREVIEW_HOST) });
  }
  if (content.errors.length > 0) _sayErrors(content);
  if (preview) {
    // Errors can arrive without a configuration reload (see LiveContent.refresh), so each page is checked as it is written.
    eleventyConfig.addTransform("strategy-press-diagnostics", function (html) {
      const isPage = typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html");
      if (!isPage) return html;
      return withDiagnostics(
        html.toString(),
        `${content.errors.length > 0 ? diagnosticsPanel(content.errors, content.model !== null) : ""}${SHOW_DIAGNOSTICS}`,
      );
    });
  }
  const model = content.model;
  if (!model) {
    eleventyConfig.addTemplate("strategy-press/content-errors.njk", diagnosticsPage(content.errors), {
      permalink: "/index.html",
    });
    return;
  }

  // While previewing, the pages read the content as it is when each build starts: read once per build,
  // so the pages and the data files beside them come from the same content.
  let thisBuild: SiteModel | null = null;
  if (preview) eleventyConfig.on("eleventy.before", () => void (thisBuild = null));
  const current = () => {
    if (thisBuild) return thisBuild;
    if (session?.content.refresh(content, clock) && content.errors.length > 0) _sayErrors(content);
    return (thisBuild = content.model ?? model);
  };
  // Publishing, a page that links a PDF gives its size and page count, so it waits for the PDFs (made
  // in their own thread while the other pages are written); a preview does without, so an edit shows at once.
  strategyPressSite(eleventyConfig, {
    model,
    contentDir,
    ...(preview
      ? { current }
      : { downloads: () => downloads(model, contentDir), pagesAsBytes: options.pagesAsBytes === true }),
  });
  eleventyConfig.addPassthroughCopy({ [join(SCHEMAS_DIR, "*.json")]: "schemas" });
  // The open data's own schema, published beside the content schemas (docs/open-data.md).
  eleventyConfig.addPassthroughCopy({ [join(SCHEMAS_DIR, "open-data", "*.json")]: "schemas/open-data" });
  // Every other file is a virtual template too, so Eleventy counts, writes and `--dryrun`s each one.
  eleventyConfig.addTemplateFormats("11ty.js");
  eleventyConfig.addGlobalData(OPEN_DATA_FILES, preview ? () => openDataFiles(current()) : openDataFiles(model));
  eleventyConfig.addTemplate("strategy-press/open-data.11ty.js", new OpenDataTemplate());
  eleventyConfig.addTemplate("strategy-press/marker.11ty.js", new MarkerTemplate());
  // Publishing, each page goes to the search indexer as it is written (Pagefind indexes on another core).
  const search = preview ? null : new PageIndexer();
  if (search) {
    eleventyConfig.addTransform("strategy-press-search", async function (html) {
      const { outputPath, url } = this.page;
      if (typeof outputPath === "string" && outputPath.endsWith(".html") && typeof url === "string")
        await search.add(url, html.toString());
      return html;
    });
  }

  // Pages first; then the slow part: now when publishing, on demand while previewing.
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, results }) => {
    // Rendering in memory (toJSON) or a --dryrun writes no files, so none beside them either.
    const wrote = outputMode === "fs" && results.some(Boolean);
    if (content.errors.length > 0 || !wrote) return search?.close();
    if (session) session.onDemand.rebuilt(content.model ?? model, directories.output, contentDir);
    else if (search) await writePapersAndSearch(model, directories.output, search, contentDir);
  });
}

/** A preview's content errors, said where the preview was started. */
function _sayErrors(content: PreviewContent): void {
  for (const text of shownDiagnostics(content.errors)) process.stderr.write(`${printable(text)}\n\n`);
  const count = counted(content.errors.length, "error");
  process.stderr.write(
    `✗ the content has ${count}: ${content.model ? "the preview shows them above the last pages that built" : "the preview shows them in place of the site"} until they are fixed.\n`,
  );
}

/** Outside a preview, content errors stop the build: printed as diagnostics, as the CLI prints them. */
function _readOrExplain(contentDir: string, clock: Clock): SiteModel {
  try {
    return readModel(contentDir, process.cwd(), { clock }).model;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const text of shownDiagnostics(error.diagnostics)) process.stderr.write(`${printable(text)}\n\n`);
    const { errors, warnings } = countBySeverity(error.diagnostics);
    const summary = `The content has ${counted(errors, "error")} and ${counted(warnings, "warning")}, listed above: nothing was written`;
    // A content mistake is not a bug: Eleventy is told not to print a stack trace under it.
    throw Object.assign(new ContentError(error.diagnostics, summary), { skipOriginalStack: true });
  }
}

export { strategyPress };
