import { ContentError } from "./errors.ts";
import { loadContent, type LoadedContent } from "./load/content-folder.ts";
import { readClock } from "./clock.ts";
import { buildSite, type Clock, type SiteModel } from "./model/index.ts";
import { validateContent, type Validated } from "./validate/index.ts";

/**
 * Load, validate and model a content folder: the one road from YAML to everything published. The
 * clock is `--as-at`, else SOURCE_DATE_EPOCH, else now (readClock).
 */
export function readModel(contentDir: string, cwd = process.cwd(), clock: Clock = readClock()): { model: SiteModel; validated: Validated; contentRoot: string; loaded: LoadedContent } {
  const loaded = loadContent(contentDir, cwd);
  const validated = validateContent(loaded, clock);
  if (!validated.content) throw new ContentError(validated.diagnostics);
  return { model: buildSite(validated.content.site, validated.content.strategies, clock), validated, contentRoot: loaded.root, loaded };
}
