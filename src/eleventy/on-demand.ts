import type { IncomingMessage, ServerResponse } from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SiteModel } from "../model/index.ts";
import { indexForSearch } from "../site/search-index.ts";

/** What the preview last wrote, and which of its slow parts are up to date with it. */
interface Preview {
  model: SiteModel;
  outDir: string;
  /** The content folder: approved reports' stored editions and the easy-read pictures are read from it. */
  contentDir: string;
  /** Counts rebuilds, so a part written for an earlier one is known to be out of date. */
  build: number;
}

let _preview: Preview | null = null;
const _upToDate = { papers: -1, search: -1 };
let _queue: Promise<unknown> = Promise.resolve();

/** Records a rebuild of the preview's pages: its board papers and search index are now out of date. */
export function previewRebuilt(model: SiteModel, outDir: string, contentDir: string): void {
  _preview = { model, outDir, contentDir, build: (_preview?.build ?? 0) + 1 };
}

/**
 * Eleventy's dev server middleware for the preview. The board papers and the search index take
 * seconds to write, so rather than after every edit (which would hold up the next edit's pages)
 * they are written when the browser first asks for one after a rebuild; then the file is served.
 * One function for the whole preview: the dev server restarts if its options change.
 */
export function writeOnDemand(req: IncomingMessage, res: ServerResponse, next: () => unknown): unknown {
  const path = decodeURIComponent((req.url ?? "").split(/[?#]/)[0] ?? "");
  const part = /\/reports\/[^/]+\.(?:pdf|docx)$|\/easy-read\.pdf$/.test(path) ? "papers" : path.includes("/pagefind/") ? "search" : null;
  const preview = _preview;
  if (!part || !preview || _upToDate[part] === preview.build) return next();
  const answered = _queue
    .then(async () => {
      if (_upToDate[part] === preview.build) return;
      if (part === "papers") await _writePapers(preview);
      else await indexForSearch(preview.outDir);
      _upToDate[part] = preview.build;
    })
    .then(next, (error: Error) => {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`Strategy Press could not write the ${part === "papers" ? "board papers" : "search index"}: ${error.message}`);
    });
  // The next request waits for this one's writing, never for its failure.
  _queue = answered.catch(() => undefined);
  return answered;
}

/**
 * Every PDF the published build would write, made the same way: each paper citing the published
 * site's address, an approved report's stored edition as it is, and the easy-read summaries.
 */
async function _writePapers(preview: Preview): Promise<void> {
  // Loaded when first asked for: a publishing build renders its papers in another thread and never needs pdfkit here.
  const { renderPapers } = await import("./render-papers.ts");
  for (const file of await renderPapers(preview.model, preview.contentDir)) {
    const path = join(preview.outDir, ...file.path.split("/").filter(Boolean));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
}
