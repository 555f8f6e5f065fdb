import { close, createIndex, type PagefindIndex } from "pagefind";
import { SearchIndexError, writeSearchFiles } from "./search-index.ts";

/** Pages sent to Pagefind and not yet indexed: enough to keep it busy, few enough that pages do not pile up in memory. */
const _IN_FLIGHT = 16;

/**
 * Pagefind fed each page as Eleventy writes it, rather than the whole folder read back at the end:
 * Pagefind is a process of its own, so it indexes on a second core while the pages are still being
 * rendered, and what is left at the end is to write its files.
 */
export class PageIndexer {
  #index: Promise<PagefindIndex> | null = null;
  #inFlight = new Set<Promise<void>>();
  #problems: string[] = [];
  #failure: unknown = null;

  /** Indexes one page (its address on the site and its HTML); waits only when Pagefind has fallen behind. */
  async add(url: string, html: string): Promise<void> {
    const adding = this.#open()
      .then((index) => index.addHTMLFile({ url, content: html }))
      // Kept for write() to report: a page's promise settles whatever happens, so none is left unhandled.
      .then(
        ({ errors }) => void this.#problems.push(...errors),
        (error: unknown) => void (this.#failure ??= error),
      );
    const tracked = adding.finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
    if (this.#inFlight.size >= _IN_FLIGHT) await Promise.race(this.#inFlight);
  }

  /** Writes the index and its search UI to `<outDir>/pagefind/`, checked whole (see writeSearchFiles). */
  async write(outDir: string): Promise<void> {
    try {
      await Promise.all(this.#inFlight);
      if (this.#failure) throw this.#failure;
      const index = await this.#open();
      const got = await index.getFiles();
      const problems = [...this.#problems, ...got.errors];
      if (problems.length) throw new SearchIndexError(`could not index the site for search: ${problems.join("; ")}`);
      writeSearchFiles(`${outDir}/pagefind`, got.files);
    } finally {
      await this.close();
    }
  }

  /** Stops Pagefind's process, if it was started; a build that fails part-way must not leave it running. */
  async close(): Promise<void> {
    if (!this.#index) return;
    this.#index = null;
    await close();
  }

  #open(): Promise<PagefindIndex> {
    this.#index ??= createIndex({}).then(({ errors, index }) => {
      if (!index) throw new SearchIndexError(`could not start the search indexer: ${errors.join("; ")}`);
      return index;
    });
    return this.#index;
  }
}
