import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

/** What Nunjucks' compiled code gives when run: the template's root and block functions, shared by every use of it. */
export type CompiledTemplate = Record<string, unknown>;

/** The parts of a Nunjucks environment its compiled code depends on. */
export interface CompilingEnvironment {
  asyncFilters: string[];
  extensionsList: { tags?: string[] }[];
  opts: { throwOnUndefined?: boolean; trimBlocks?: boolean; lstripBlocks?: boolean; tags?: unknown };
}

/** The filters the site registers as async: a call to one compiles to different code, so the store is made knowing them. */
export const ASYNC_FILTERS: readonly string[] = ["downloadFacts"];

/** The templates compiled when Strategy Press is installed (`npm run compile`), by a hash of their source. */
export const TEMPLATE_STORE = join(PACKAGE_ROOT, "dist", "templates.json");

export interface TemplateStore {
  nunjucks: string;
  asyncFilters: readonly string[];
  templates: Record<string, string>;
}

const _require = createRequire(import.meta.url);
const _nunjucks = _require("nunjucks") as {
  compiler: {
    compile(source: string, asyncFilters: string[], extensions: unknown[], name: string, opts: object): string;
  };
};
export const NUNJUCKS_VERSION = (_require("nunjucks/package.json") as { version: string }).version;

/**
 * The name the store's templates are compiled under. Compiled code names its template only where it
 * includes another (a relative include is found from it), so the store holds code for any place the
 * template is found, and the real name is put in when it is used.
 */
export const STORED_NAME = "\u0000template\u0000";

let _store: TemplateStore | null | undefined;
/** Compiled once per process, whichever environment asks: a preview's rebuilds make a new environment each time. */
const _compiled = new Map<string, CompiledTemplate>();
/** The templates this process had to compile itself, the store not holding them: for the tests to see. */
const _compiledHere = new Set<string>();

export function compiledHere(): readonly string[] {
  return [..._compiledHere];
}

/**
 * A template's compiled form: from the store made at install when it holds this source, else compiled
 * now; either way made once per process. Null when the source does not compile, so that Nunjucks
 * compiles it itself and reports the mistake in its own words.
 */
export function compiledTemplate(env: CompilingEnvironment, source: string, name: string): CompiledTemplate | null {
  const hash = templateHash(source);
  const key = `${env.asyncFilters.join(",")}|${env.extensionsList.flatMap((e) => e.tags ?? []).join(",")}|${JSON.stringify(env.opts)}|${hash}|${name}`;
  let compiled = _compiled.get(key);
  if (compiled) return compiled;
  const code =
    _stored(env, source, hash)?.replaceAll(JSON.stringify(STORED_NAME), JSON.stringify(name)) ??
    _compile(env, source, name);
  if (code === null) return null;
  // The same step Nunjucks takes with code it has compiled (Template._compile).
  compiled = new Function(code)() as CompiledTemplate;
  _compiled.set(key, compiled);
  return compiled;
}

export function templateHash(source: string): string {
  return createHash("sha256").update(source).digest("hex").slice(0, 32);
}

/** Compiles a template as Nunjucks would in `env`. */
export function compileTemplate(
  source: string,
  name: string,
  asyncFilters: readonly string[],
  extensions: unknown[] = [],
  opts: object = {},
): string {
  return _nunjucks.compiler.compile(source, [...asyncFilters], extensions, name, opts);
}

function _compile(env: CompilingEnvironment, source: string, name: string): string | null {
  _compiledHere.add(name);
  try {
    return compileTemplate(source, name, env.asyncFilters, env.extensionsList, env.opts);
  } catch {
    return null;
  }
}

/**
 * The stored code, when it is what this environment would compile: the same Nunjucks, default syntax
 * options, and no async filter or extension tag that the store did not know of named in the source.
 */
function _stored(env: CompilingEnvironment, source: string, hash: string): string | null {
  const store = _loadStore();
  if (!store || store.nunjucks !== NUNJUCKS_VERSION) return null;
  if (env.opts.throwOnUndefined || env.opts.trimBlocks || env.opts.lstripBlocks || env.opts.tags) return null;
  const unknown = [
    ...env.asyncFilters.filter((f) => !store.asyncFilters.includes(f)),
    ...store.asyncFilters.filter((f) => !env.asyncFilters.includes(f)),
    ...env.extensionsList.flatMap((e) => e.tags ?? []),
  ];
  if (unknown.some((name) => source.includes(name))) return null;
  return store.templates[hash] ?? null;
}

/** Uses `store` (null: none) in place of the one `npm run compile` wrote, forgetting what was compiled: for the tests. */
export function useTemplateStore(store: TemplateStore | null): void {
  _store = store;
  _compiled.clear();
  _compiledHere.clear();
}

function _loadStore(): TemplateStore | null {
  if (_store === undefined)
    _store = existsSync(TEMPLATE_STORE) ? (JSON.parse(readFileSync(TEMPLATE_STORE, "utf8")) as TemplateStore) : null;
  return _store;
}

/** A page's text after its front matter, as Eleventy hands it to the template engine. */
export function pageBody(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
