import { ContentError } from "./errors.ts";
import { loadContent, type LoadedContent } from "./load/content-folder.ts";
import { buildSite, type SiteModel } from "./model/index.ts";
import { validateContent, type Validated } from "./validate/index.ts";

/** Load, validate and model a content folder: the one road from YAML to everything published. */
export function readModel(contentDir: string, cwd = process.cwd()): { model: SiteModel; validated: Validated; contentRoot: string; loaded: LoadedContent } {
  const loaded = loadContent(contentDir, cwd);
  const validated = validateContent(loaded);
  if (!validated.content) throw new ContentError(validated.diagnostics);
  return { model: buildSite(validated.content.site, validated.content.strategies), validated, contentRoot: loaded.root, loaded };
}
