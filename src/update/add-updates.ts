import { resolve } from "node:path";
import { ContentError } from "../errors.ts";
import type { LoadedContent, LoadedStrategy } from "../load/content-folder.ts";
import { actionsById } from "../load/plan-actions.ts";
import { SourceFile } from "../load/source-file.ts";
import { readClock } from "../clock.ts";
import type { Clock } from "../model/clock.ts";
import type { UpdateContent } from "../model/content.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { validateContent } from "../validate/index.ts";
import { appendUpdate } from "./append-update.ts";

export interface NewUpdate { actionId: string; update: UpdateContent }

/** A plan file (plan.yaml or one under plan/) with updates added, checked and ready to write. */
export interface UpdatedPlan { path: string; text: string }

/**
 * Adds updates to the plans of one or more strategies, each by inserting text (so comments and
 * layout stay), then validates the whole content with every new plan in place. Throws
 * ContentError, writing nothing, when the result would not read back cleanly (an update dated after
 * the clock's day among the reasons).
 */
export function planUpdates(loaded: LoadedContent, changes: ReadonlyMap<LoadedStrategy, readonly NewUpdate[]>, message = "The updates were not added", clock: Clock = readClock()): UpdatedPlan[] {
  // Each update goes into the file that holds its action: plan.yaml, or one under plan/.
  const edited = new Map<SourceFile, SourceFile>();
  for (const [strategy, updates] of changes) {
    const plan = strategy.plan;
    if (!plan || updates.length === 0) continue;
    const holders = actionsById(strategy);
    for (const { actionId, update } of updates) {
      const original = holders.get(actionId)?.file ?? plan;
      const current = edited.get(original) ?? original;
      edited.set(original, new SourceFile(current.path, new TextEncoder().encode(appendUpdate(current, actionId, update))));
    }
  }
  const swap = (file: SourceFile) => edited.get(file) ?? file;
  const withPlans: LoadedContent = {
    ...loaded,
    strategies: loaded.strategies.map((s) => ({ ...s, plan: s.plan && swap(s.plan), actionFiles: s.actionFiles.map(swap) })),
  };
  const checked = validateContent(withPlans, clock);
  if (checked.errors) throw new ContentError(checked.diagnostics.filter((d) => d.severity === "error"), message);
  return [...edited.values()].map((plan) => ({ path: plan.path, text: plan.text }));
}

/** Writes the plans, each whole or not at all. */
export function writePlans(plans: readonly UpdatedPlan[], cwd: string): void {
  for (const plan of plans) writeFileAtomically(resolve(cwd, plan.path), plan.text);
}
