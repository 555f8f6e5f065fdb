import { ContentError } from "./errors.ts";
import { loadContent, type LoadedContent } from "./load/content-folder.ts";
import { readClock } from "./clock.ts";
import { buildSite, withoutDrafts, type Clock, type SiteModel } from "./model/index.ts";
import { validateContent, type Validated } from "./validate/index.ts";

export interface ReadOptions {
  /**
   * Whether draft reports are in the model: the live preview and the commands that work on the open
   * report want them; a published build never has them (the default), so a draft cannot leak out.
   */
  drafts?: boolean;
  /** Whether reports exempt from publication are in the model: only for writing their papers (`report`). */
  exempt?: boolean;
  /** The day progress is judged at (model/clock.ts); default `SOURCE_DATE_EPOCH`, else now (readClock). */
  clock?: Clock;
}

/** Load, validate and model a content folder: the one road from YAML to everything published. */
export function readModel(
  contentDir: string,
  cwd = process.cwd(),
  options: ReadOptions = {},
): { model: SiteModel; validated: Validated; contentRoot: string; loaded: LoadedContent } {
  const clock = options.clock ?? readClock();
  const loaded = loadContent(contentDir, cwd);
  const validated = validateContent(loaded, clock);
  if (!validated.content) throw new ContentError(validated.diagnostics);
  const strategies = options.drafts ? validated.content.strategies : validated.content.strategies.map(withoutDrafts);
  return {
    model: buildSite(validated.content.site, strategies, clock, { exempt: options.exempt === true }),
    validated,
    contentRoot: loaded.root,
    loaded,
  };
}
