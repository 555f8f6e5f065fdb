import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { GOVUK_CSS_PAGE } from "./assets.ts";
import { GOVUK_DIST, PAGES_DIR, TEMPLATES_DIR } from "./paths.ts";
import { STATUS_CSS_PAGE } from "./status-css.ts";
import {
  ASYNC_FILTERS,
  compileTemplate,
  NUNJUCKS_VERSION,
  pageBody,
  STORED_NAME,
  templateHash,
  type TemplateStore,
} from "./template-store.ts";

/** Every template the site can use, compiled: its layouts, components and pages, and govuk-frontend's macros. */
export function makeTemplateStore(): TemplateStore {
  const store: TemplateStore = { nunjucks: NUNJUCKS_VERSION, asyncFilters: ASYNC_FILTERS, templates: {} };
  const add = (source: string) =>
    (store.templates[templateHash(source)] = compileTemplate(source, STORED_NAME, ASYNC_FILTERS));
  // The pages the site adds from code: their bodies and permalinks.
  for (const page of [GOVUK_CSS_PAGE, STATUS_CSS_PAGE]) [page.body, page.permalink].forEach(add);
  for (const file of [..._templates(TEMPLATES_DIR), ..._templates(join(GOVUK_DIST, "govuk"))]) {
    const text = readFileSync(file, "utf8");
    // Eleventy compiles a page without its front matter, and its permalink as a template of its own.
    const sources = file.startsWith(PAGES_DIR) ? [pageBody(text), ..._permalink(text)] : [text];
    sources.forEach(add);
  }
  return store;
}

function _permalink(text: string): string[] {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const permalink: unknown =
    frontMatter === undefined ? undefined : (parse(frontMatter) as { permalink?: unknown } | null)?.permalink;
  return typeof permalink === "string" ? [permalink] : [];
}

function _templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".njk"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
