import type { CompiledTemplate, CompilingEnvironment } from "./template-store.ts";

/**
 * The parts of Eleventy 3's configuration API the plugin uses. Eleventy ships no TypeScript
 * declarations, so these are written out here, narrowly, from its documented API.
 */
export interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addAsyncFilter(name: string, filter: (...args: never[]) => Promise<unknown>): void;
  getFilter(name: string): unknown;
  /** Runs a plugin after the configuration callback and Eleventy's own defaults. */
  addPlugin(plugin: (eleventyConfig: EleventyConfig) => void): void;
  addGlobalData(name: string, data: unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  /** A virtual template: Nunjucks source, or (for a `.11ty.js` path) an object with `data()` and `render(data)`. */
  addTemplate(virtualPath: string, content: string | object, data?: Record<string, unknown>): void;
  addTemplateFormats(formats: string): void;
  addPassthroughCopy(paths: Record<string, string>, copyOptions?: { expand?: boolean }): void;
  on(event: "eleventy.engine.njk", listener: (engine: NunjucksEngineEvent) => void): void;
  on(event: "eleventy.before", listener: () => void): void;
  /** `results`: what each template wrote (none in a `--dryrun`). */
  on(
    event: "eleventy.after",
    listener: (event: {
      directories: { output: string };
      outputMode: "fs" | "json" | "ndjson";
      results: unknown[];
    }) => Promise<void> | void,
  ): void;
  on(event: "eleventy.before", listener: () => void): void;
  addWatchTarget(glob: string, options?: { resetConfig?: boolean }): void;
  setServerOptions(options: {
    middleware?: ((
      req: import("node:http").IncomingMessage,
      res: import("node:http").ServerResponse,
      next: () => void,
    ) => void)[];
  }): void;
  setChokidarConfig(options: { awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number } | false }): void;
  addTransform(
    name: string,
    transform: (
      this: { page: { outputPath: string | false; url: string | false } },
      content: string | Buffer,
    ) => string | Buffer | Promise<string | Buffer>,
  ): void;
  addExtension(
    extension: string,
    options: {
      key: string;
      compileOptions: {
        cache: boolean;
        permalink: (source: string, inputPath: string) => (data: unknown) => Promise<string>;
      };
      compile: (source: string, inputPath: string) => (data: unknown) => Promise<string | Buffer>;
    },
  ): void;
}

/** What Eleventy hands listeners once it has made its Nunjucks environment. */
export interface NunjucksEngineEvent {
  nunjucks: {
    FileSystemLoader: new (paths: string[]) => NunjucksLoader;
    Template: new (
      source: string | { type: "code"; obj: CompiledTemplate },
      environment: NunjucksEngineEvent["environment"],
      path: string,
      eagerCompile: boolean,
    ) => NunjucksTemplate;
  };
  environment: CompilingEnvironment & { loaders: NunjucksLoader[] };
}

export interface NunjucksTemplate {
  render(data: unknown, done: (error: Error | null, result: string) => void): void;
}

export interface NunjucksLoader {
  cache?: Record<string, unknown>;
  /** The template of that name: its source (or compiled code) and where it was found; null when this loader has none. */
  getSource(
    name: string,
  ): { src: string | { type: "code"; obj: CompiledTemplate }; path: string; noCache: boolean } | null;
}
