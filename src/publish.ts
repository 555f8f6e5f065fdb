import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strategyJson } from "./data/json.ts";
import type { SiteModel } from "./model/index.ts";

/**
 * Writes everything one build publishes into `outDir` (a fresh temporary folder: the caller
 * swaps it in only when every step has succeeded).
 */
export async function publish(model: SiteModel, outDir: string): Promise<void> {
  for (const strategy of model.strategies) {
    const dir = join(outDir, strategy.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "strategy.json"), strategyJson(strategy));
  }
}
