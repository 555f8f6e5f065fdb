import { dataFileNames, dataFileText } from "../data/index.ts";
import type { SiteModel, StrategyModel } from "../model/index.ts";

/** One open data file the build publishes: where, and what to write it from. */
export interface OpenDataFile {
  path: string;
  site: SiteModel["site"];
  strategy: StrategyModel;
  name: string;
}

/** The global data the template paginates over: every strategy's open data files. */
export const OPEN_DATA_FILES = "strategyPressOpenData";

/** Every open data file of a model, by its address: named from the model, written only when Eleventy renders it. */
export function openDataFiles(model: SiteModel): OpenDataFile[] {
  return model.strategies.flatMap((strategy) =>
    dataFileNames(strategy).map((name) => ({ path: `/${strategy.id}/${name}`, site: model.site, strategy, name })),
  );
}

/**
 * Each strategy's open data (strategy.json, the CSVs, the Atom feed) as one virtual template that
 * Eleventy paginates into a file each, so it counts, writes and `--dryrun`s them as it does the pages.
 */
export class OpenDataTemplate {
  data(): Record<string, unknown> {
    return {
      pagination: { data: OPEN_DATA_FILES, size: 1, alias: "openDataFile" },
      permalink: (data: { openDataFile: OpenDataFile }) => data.openDataFile.path,
      eleventyExcludeFromCollections: true,
    };
  }

  render(data: { openDataFile: OpenDataFile }): string {
    const { site, strategy, name } = data.openDataFile;
    return dataFileText(site, strategy, name);
  }
}
