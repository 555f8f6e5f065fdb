import { join } from "node:path";
import { close, createIndex } from "pagefind";
import { StrategyPressError } from "../errors.ts";

export class SearchIndexError extends StrategyPressError {
  override name = "SearchIndexError";
}

/** Indexes the built pages with Pagefind and writes the index and its search UI to `<outDir>/pagefind/`. */
export async function indexForSearch(outDir: string): Promise<void> {
  try {
    const { errors, index } = await createIndex({});
    if (!index) throw new SearchIndexError(`could not start the search indexer: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir });
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    const problems = [...added.errors, ...written.errors];
    if (problems.length) throw new SearchIndexError(`could not index the site for search: ${problems.join("; ")}`);
  } finally {
    await close();
  }
}
