// Eleventy ships no TypeScript declarations; this names the programmatic API the build uses.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "./eleventy-types.ts";

  interface EleventyOptions {
    quietMode?: boolean;
    /** false: read no config file from the working folder, only the `config` callback. */
    configPath?: string | false;
    pathPrefix?: string;
    /** "serve" and "watch" rebuild as files change. */
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: EleventyConfig) => void;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Stops Eleventy printing to the console: the CLI alone speaks to the user. */
    disableLogger(): void;
    write(): Promise<unknown>;
    /** Renders every page in memory: its url, input and output paths, and content. */
    toJSON(): Promise<unknown>;
    /** Which template formats to read from the input folder ("njk"). */
    setFormats(formats: string): void;
    init(): Promise<void>;
    /** Watches the input and the plugins' watch targets, rebuilding on change. */
    watch(): Promise<void>;
    /** Starts Eleventy's dev server, which reloads the browser after each rebuild. */
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
