import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionsById } from "../load/plan-actions.ts";
import { SourceFile } from "../load/source-file.ts";
import type { UpdateContent } from "../model/content.ts";
import { appendUpdate } from "./append-update.ts";

export interface NewUpdate {
  actionId: string;
  update: UpdateContent;
}

/**
 * The new text of each plan file (plan.yaml or one under plan/) that gains updates, each added by
 * inserting text so comments and layout stay; for editContent to check and write.
 */
export function withUpdates(changes: ReadonlyMap<LoadedStrategy, readonly NewUpdate[]>): Map<SourceFile, string> {
  // Each update goes into the file that holds its action: plan.yaml, or one under plan/.
  const edited = new Map<SourceFile, SourceFile>();
  for (const [strategy, updates] of changes) {
    const plan = strategy.plan;
    if (!plan || updates.length === 0) continue;
    const holders = actionsById(strategy);
    for (const { actionId, update } of updates) {
      const original = holders.get(actionId)?.file ?? plan;
      const current = edited.get(original) ?? original;
      edited.set(
        original,
        new SourceFile(current.path, new TextEncoder().encode(appendUpdate(current, actionId, update))),
      );
    }
  }
  return new Map([...edited].map(([file, now]) => [file, now.text]));
}
