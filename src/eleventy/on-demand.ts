import type { IncomingMessage, ServerResponse } from "node:http";
import type { SiteModel } from "../model/index.ts";
import { indexForSearch } from "../site/search-index.ts";
import type { PaperFile } from "./render-papers.ts";

/** What the preview last built: the papers and the search index are made from it when asked for. */
interface Built {
  model: SiteModel;
  outDir: string;
  /** The content folder: approved reports' stored editions and the easy-read pictures are read from it. */
  contentDir: string;
  /** Counts rebuilds, so a part made for an earlier one is known to be out of date. */
  build: number;
}

const _TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * The slow parts of one preview, made when the browser first asks for one after a rebuild rather
 * than after every edit (which would hold up the next edit's pages). The board papers are answered
 * from memory: in a preview they are never files, so the published build's papers template is their
 * one writer. The search index is written into the preview's folder, which Eleventy never writes it to.
 */
export class OnDemand {
  #built: Built | null = null;
  #papers: { build: number; files: Map<string, Uint8Array> } | null = null;
  #searched = -1;
  #queue: Promise<unknown> = Promise.resolve();

  /** Records a rebuild of the preview's pages: its board papers and search index are now out of date. */
  rebuilt(model: SiteModel, outDir: string, contentDir: string): void {
    this.#built = { model, outDir, contentDir, build: (this.#built?.build ?? 0) + 1 };
  }

  /** Eleventy's dev server middleware: one function for the whole preview, as the dev server restarts if its options change. */
  readonly middleware = (req: IncomingMessage, res: ServerResponse, next: () => unknown): unknown => {
    const built = this.#built;
    if (!built) return next();
    const path = _sitePath(
      decodeURIComponent((req.url ?? "").split(/[?#]/)[0] ?? ""),
      built.model.site.path_prefix ?? "/",
    );
    const part = /\/reports\/[^/]+\.(?:pdf|docx)$|\/easy-read\.pdf$/.test(path)
      ? "papers"
      : path.includes("/pagefind/")
        ? "search"
        : null;
    if (!part || (part === "search" && this.#searched === built.build)) return next();
    const answered = this.#queue
      .then(() => (part === "papers" ? this.#answerPaper(built, path, res, next) : this.#index(built).then(next)))
      .catch((error: Error) => {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end(
          `Strategy Press could not make the ${part === "papers" ? "board papers" : "search index"}: ${error.message}`,
        );
      });
    // The next request waits for this one's work, never for its failure.
    this.#queue = answered.catch(() => undefined);
    return answered;
  };

  async #answerPaper(built: Built, path: string, res: ServerResponse, next: () => unknown): Promise<unknown> {
    if (this.#papers?.build !== built.build) this.#papers = { build: built.build, files: await _papers(built) };
    const bytes = this.#papers.files.get(path);
    if (!bytes) return next();
    res.statusCode = 200;
    res.setHeader("Content-Type", _TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream");
    res.setHeader("Content-Length", bytes.length);
    res.end(bytes);
    return undefined;
  }

  async #index(built: Built): Promise<void> {
    if (this.#searched === built.build) return;
    await indexForSearch(built.outDir);
    this.#searched = built.build;
  }
}

/** A request's path on the site, without the path prefix the site is published under. */
function _sitePath(path: string, prefix: string): string {
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/**
 * Every paper the published build would write, made the same way: each citing the published site's
 * address, an approved report's stored edition as it is, and the easy-read summaries.
 */
async function _papers(built: Built): Promise<Map<string, Uint8Array>> {
  // Loaded when first asked for: a preview that never opens a paper never loads pdfkit.
  const { renderPapers } = await import("./render-papers.ts");
  const files: PaperFile[] = await renderPapers(built.model, built.contentDir);
  return new Map(files.map((f) => [f.path, f.bytes]));
}
