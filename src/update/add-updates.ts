import { resolve } from "node:path";
import { ContentError } from "../errors.ts";
import type { LoadedContent, LoadedStrategy } from "../load/content-folder.ts";
import { SourceFile } from "../load/source-file.ts";
import type { UpdateContent } from "../model/content.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { validateContent } from "../validate/index.ts";
import { appendUpdate } from "./append-update.ts";

export interface NewUpdate { actionId: string; update: UpdateContent }

/** A strategy's plan.yaml with updates added, checked and ready to write. */
export interface UpdatedPlan { path: string; text: string }

/**
 * Adds updates to the plans of one or more strategies, each by inserting text (so comments and
 * layout stay), then validates the whole content with every new plan in place. Throws
 * ContentError, writing nothing, when the result would not read back cleanly.
 */
export function planUpdates(loaded: LoadedContent, changes: ReadonlyMap<LoadedStrategy, readonly NewUpdate[]>, message = "The updates were not added"): UpdatedPlan[] {
  const plans = new Map<LoadedStrategy, SourceFile>();
  for (const [strategy, updates] of changes) {
    let plan = strategy.plan;
    if (!plan || updates.length === 0) continue;
    for (const { actionId, update } of updates) plan = new SourceFile(plan.path, new TextEncoder().encode(appendUpdate(plan, actionId, update)));
    plans.set(strategy, plan);
  }
  const withPlans: LoadedContent = { ...loaded, strategies: loaded.strategies.map((s) => ({ ...s, plan: plans.get(s) ?? s.plan })) };
  const checked = validateContent(withPlans);
  if (checked.errors) throw new ContentError(checked.diagnostics.filter((d) => d.severity === "error"), message);
  return [...plans.values()].map((plan) => ({ path: plan.path, text: plan.text }));
}

/** Writes the plans, each whole or not at all. */
export function writePlans(plans: readonly UpdatedPlan[], cwd: string): void {
  for (const plan of plans) writeFileAtomically(resolve(cwd, plan.path), plan.text);
}
