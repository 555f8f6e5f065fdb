import type { EleventyConfig, NunjucksEngineEvent, NunjucksLoader } from "./eleventy-types.ts";
import { compiledTemplate } from "./template-store.ts";

type Render<T> = (data: unknown) => Promise<T>;

/**
 * Compiles each Nunjucks page (and its permalink) once, not once per page it paginates into.
 * Eleventy 3.1 leaves its own compile cache off for Nunjucks and makes a new template for every
 * page written, so the action page was compiled a thousand times for a thousand actions: most of a
 * large build's time. Here each source is compiled once, in Eleventy's own Nunjucks environment
 * (so filters, globals and loaders are the same), and the compiled template is reused.
 *
 * The layouts and components the pages include come through the environment's loaders, which are
 * wrapped so that they too hand Nunjucks a compiled template: from the store `npm run compile`
 * makes, or compiled once per process (a preview makes a new environment for every rebuild).
 */
export function compileNunjucksOnce(eleventyConfig: EleventyConfig, options: { bytes?: boolean } = {}): void {
  let engine: NunjucksEngineEvent | null = null;
  const compiled = new Map<string, Render<string>>();
  eleventyConfig.on("eleventy.engine.njk", (event) => {
    engine = event;
    compiled.clear();
    for (const loader of event.environment.loaders) _handCompiled(loader, event.environment);
  });
  const compile = (source: string, inputPath: string): Render<string> => {
    const key = `${inputPath}\u0000${source}`;
    let render = compiled.get(key);
    if (!render) {
      if (!engine) throw new Error("Eleventy's Nunjucks environment is not ready");
      const code = compiledTemplate(engine.environment, source, inputPath);
      const template = new engine.nunjucks.Template(
        code ? { type: "code", obj: code } : source,
        engine.environment,
        inputPath,
        true,
      );
      render = (data) =>
        new Promise((resolve, reject) =>
          template.render(data, (error, html) => (error ? reject(error) : resolve(html))),
        );
      compiled.set(key, render);
    }
    return render;
  };
  // A page as UTF-8 bytes is held in half the memory of the string (two bytes a character once it has an
  // en dash or a curly quote), outside the JavaScript heap; Eleventy writes either, and holds every page
  // of a site until the last is written. Permalinks stay strings.
  const compilePage = options.bytes
    ? (source: string, inputPath: string): Render<string | Buffer> => {
        const render = compile(source, inputPath);
        return async (data) => Buffer.from(await render(data), "utf8");
      }
    : compile;
  eleventyConfig.addExtension("njk", {
    key: "njk",
    compileOptions: { cache: true, permalink: compile },
    compile: compilePage,
  });
}

/** Makes a loader give each template it finds compiled; one that does not compile is left for Nunjucks to report. */
function _handCompiled(loader: NunjucksLoader, environment: NunjucksEngineEvent["environment"]): void {
  const getSource = loader.getSource.bind(loader);
  loader.getSource = (name) => {
    const found = getSource(name);
    if (!found || typeof found.src !== "string") return found;
    const code = compiledTemplate(environment, found.src, found.path);
    return code ? { ...found, src: { type: "code", obj: code } } : found;
  };
}
