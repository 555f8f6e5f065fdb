import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { SiteContent, StrategyFiles } from "../src/model/index.ts";

/** Actions per file under plan/: well under the 4 MiB cap, and a size an author could still page through. */
const ACTIONS_PER_FILE = 500;

/**
 * Writes a strategy out as a content folder, the way an author would keep it, so a benchmark
 * measures reading and checking YAML as well as everything after. The service models stay in
 * plan.yaml and the actions go in files of 500 under plan/, as a long plan must be written.
 */
export function writeContent(root: string, site: SiteContent, files: StrategyFiles): string {
  const dir = join(root, files.strategy.id);
  mkdirSync(join(dir, "themes"), { recursive: true });
  const write = (path: string, kind: string, depth: number, data: unknown) =>
    writeFileSync(
      path,
      `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${kind}.schema.json\n${stringify(data, { lineWidth: 0 })}`,
    );
  write(join(root, "site.yaml"), "site", 1, site);
  write(join(dir, "strategy.yaml"), "strategy", 2, files.strategy);
  write(join(dir, "drivers.yaml"), "drivers", 2, files.drivers);
  const { actions, ...models } = files.plan;
  write(join(dir, "plan.yaml"), "plan", 2, models);
  mkdirSync(join(dir, "plan"), { recursive: true });
  for (let i = 0; i * ACTIONS_PER_FILE < actions.length; i++) {
    const share = actions.slice(i * ACTIONS_PER_FILE, (i + 1) * ACTIONS_PER_FILE);
    write(join(dir, "plan", `${String(i + 1).padStart(3, "0")}.yaml`), "actions", 3, { actions: share });
  }
  write(join(dir, "reports.yaml"), "reports", 2, files.reports);
  if (files.risks) write(join(dir, "risks.yaml"), "risks", 2, files.risks);
  files.themes.forEach((theme, i) =>
    write(join(dir, "themes", `${String(i + 1).padStart(2, "0")}-${theme.id}.yaml`), "theme", 3, theme),
  );
  return dir;
}
