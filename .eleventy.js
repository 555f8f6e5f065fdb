// Lets plain `npx @11ty/eleventy` (and `--serve`) build the website from content/ with the Strategy
// Press plugin. `npm run build` does more (open data, PDFs, search index, a safe swap into _site);
// all the site's real work lives in src/site.
import { register } from "tsx/esm/api";

register();
const { readModel } = await import("./src/pipeline.ts");
const { default: strategyPressSite } = await import("./src/site/index.ts");

export default function (eleventyConfig) {
  const { model } = readModel("content");
  eleventyConfig.addPlugin(strategyPressSite, { model });
  return {
    // The plugin brings every page; content/ holds only YAML, so Eleventy finds no templates of its own there.
    dir: { input: "content", output: "_site" },
    templateFormats: ["njk"],
    pathPrefix: model.site.path_prefix ?? "/",
  };
}
