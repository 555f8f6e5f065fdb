// Eleventy ships no TypeScript declarations; this names the programmatic API the build uses.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "./eleventy-types.ts";

  interface EleventyOptions {
    quietMode?: boolean;
    /** false: read no config file from the working folder, only the `config` callback. */
    configPath?: string | false;
    pathPrefix?: string;
    config?: (eleventyConfig: EleventyConfig) => void;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Stops Eleventy printing to the console: the CLI alone speaks to the user. */
    disableLogger(): void;
    write(): Promise<unknown>;
  }
}
