// Plain `npx @11ty/eleventy` publishes exactly what `npm run build` does — pages, open data, board
// papers, schemas and search — through the Strategy Press plugin; `npx @11ty/eleventy --serve`
// (`npm start`) is the live preview. All the real work lives in src/eleventy and src/site.
import { register } from "tsx/esm/api";

register();
const { strategyPress, contentPathPrefix, PreviewSession } = await import("./src/eleventy/index.ts");

// STRATEGY_PRESS_CONTENT points the site at another content folder (the preview tests use a copy).
const content = process.env.STRATEGY_PRESS_CONTENT ?? "content";
// What `--serve` keeps from one rebuild to the next: this file is loaded once per run, and the function
// below runs again at every configuration reload (each content edit), handing the plugin the same session.
const session = new PreviewSession(content);

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(strategyPress, { content, session });
}

export const config = {
  // The plugin brings every page; content/ holds only YAML, so Eleventy finds no templates of its own there.
  dir: { input: "content", output: "_site" },
  templateFormats: ["njk"],
  pathPrefix: contentPathPrefix(content),
};
