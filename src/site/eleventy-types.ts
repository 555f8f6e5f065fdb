/**
 * The parts of Eleventy 3's configuration API the plugin uses. Eleventy ships no TypeScript
 * declarations, so these are written out here, narrowly, from its documented API.
 */
export interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  on(event: "eleventy.engine.njk", listener: (engine: NunjucksEngineEvent) => void): void;
}

/** What Eleventy hands listeners once it has made its Nunjucks environment. */
export interface NunjucksEngineEvent {
  nunjucks: { FileSystemLoader: new (paths: string[]) => NunjucksLoader };
  environment: { loaders: NunjucksLoader[] };
}

export interface NunjucksLoader {
  cache?: Record<string, unknown>;
}
