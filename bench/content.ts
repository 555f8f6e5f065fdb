import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { SiteContent, StrategyFiles } from "../src/model/index.ts";

/**
 * Writes a strategy out as a content folder, the way an author would keep it, so a benchmark
 * measures reading and checking YAML as well as everything after.
 */
export function writeContent(root: string, site: SiteContent, files: StrategyFiles): string {
  const dir = join(root, files.strategy.id);
  mkdirSync(join(dir, "themes"), { recursive: true });
  const write = (path: string, kind: string, depth: number, data: unknown) =>
    writeFileSync(path, `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${kind}.schema.json\n${stringify(data, { lineWidth: 0 })}`);
  write(join(root, "site.yaml"), "site", 1, site);
  write(join(dir, "strategy.yaml"), "strategy", 2, files.strategy);
  write(join(dir, "drivers.yaml"), "drivers", 2, files.drivers);
  write(join(dir, "plan.yaml"), "plan", 2, files.plan);
  write(join(dir, "reports.yaml"), "reports", 2, files.reports);
  files.themes.forEach((theme, i) => write(join(dir, "themes", `${String(i + 1).padStart(2, "0")}-${theme.id}.yaml`), "theme", 3, theme));
  return dir;
}
