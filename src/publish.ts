import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataFiles } from "./data/index.ts";
import { strategyUrls } from "./data/urls.ts";
import type { SiteModel } from "./model/index.ts";
import { renderSite } from "./site/render.ts";
import { writeReportPdfs } from "./pdf/index.ts";

const SCHEMAS_DIR = fileURLToPath(new URL("../schemas/", import.meta.url));

/**
 * Writes everything one build publishes into `outDir` (a fresh temporary folder: the caller
 * swaps it in only when every step has succeeded).
 */
export async function publish(model: SiteModel, outDir: string, options: { contentDir?: string } = {}): Promise<void> {
  // The website first: Eleventy writes only its own pages, and search indexes them once written.
  await renderSite(model, outDir, options);
  for (const strategy of model.strategies) {
    const dir = join(outDir, strategy.id);
    mkdirSync(dir, { recursive: true });
    for (const file of dataFiles(model.site, strategy)) writeFileSync(join(dir, file.name), file.text);
    await writeReportPdfs(strategy, dir, { siteHome: strategyUrls(model.site, strategy).home });
  }
  // The content schemas, published beside the data they describe so editors and the schema pages can link them.
  mkdirSync(join(outDir, "schemas"), { recursive: true });
  for (const name of readdirSync(SCHEMAS_DIR).filter((n) => n.endsWith(".json"))) copyFileSync(join(SCHEMAS_DIR, name), join(outDir, "schemas", name));
}
