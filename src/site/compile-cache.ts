import type { EleventyConfig, NunjucksEngineEvent } from "./eleventy-types.ts";

type Render = (data: unknown) => Promise<string>;

/**
 * Compiles each Nunjucks page (and its permalink) once, not once per page it paginates into.
 * Eleventy 3.1 leaves its own compile cache off for Nunjucks and makes a new template for every
 * page written, so the action page was compiled a thousand times for a thousand actions: most of a
 * large build's time. Here each source is compiled once, in Eleventy's own Nunjucks environment
 * (so filters, globals and loaders are the same), and the compiled template is reused.
 */
export function compileNunjucksOnce(eleventyConfig: EleventyConfig): void {
  let engine: NunjucksEngineEvent | null = null;
  const compiled = new Map<string, Render>();
  eleventyConfig.on("eleventy.engine.njk", (event) => {
    engine = event;
    compiled.clear();
  });
  const compile = (source: string, inputPath: string): Render => {
    const key = `${inputPath}\u0000${source}`;
    let render = compiled.get(key);
    if (!render) {
      if (!engine) throw new Error("Eleventy's Nunjucks environment is not ready");
      const template = new engine.nunjucks.Template(source, engine.environment, inputPath, true);
      render = (data) => new Promise((resolve, reject) => template.render(data, (error, html) => (error ? reject(error) : resolve(html))));
      compiled.set(key, render);
    }
    return render;
  };
  eleventyConfig.addExtension("njk", { key: "njk", compileOptions: { cache: true, permalink: compile }, compile });
}
