import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import { record } from "./raw.ts";

/** A plan needs actions: in plan.yaml, in files under plan/, or both. */
export function checkPlanFiles(s: LoadedStrategy): void {
  const plan = s.plan;
  // Only a plan that could be read is checked: a file that failed to parse has said why already.
  if (
    !plan ||
    plan.data === undefined ||
    s.actionFiles.some((f) => f.data === undefined) ||
    s.refused?.some((k) => k === "plan" || k === "actions")
  )
    return;
  // An empty `actions:` list is the schema's to report; this is for a plan that names none anywhere.
  if (actionSites(s).length > 0 || [plan, ...s.actionFiles].some((f) => "actions" in record(f.data))) return;
  plan.reportAt(
    [],
    "error",
    "the plan has no actions",
    "Add `actions:` to plan.yaml, or put the actions in files under plan/ (see docs/content-model.md).",
  );
}
