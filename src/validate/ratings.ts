import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionSites } from "../load/plan-actions.ts";
import { list, record, text } from "./raw.ts";

/**
 * A strategy's own rating scale beyond its schema: each status is rated once, so a status always reads
 * as one word; and an update gives a stage only in a strategy that says it reports stages.
 */
export function checkRatings(s: LoadedStrategy): void {
  const file = s.strategy;
  if (!file) return;
  const seen = new Map<string, number>();
  list(record(file.data)["ratings"]).forEach((item, i) => {
    const means = text(record(item)["means"]);
    if (!means) return;
    const first = seen.get(means);
    if (first !== undefined) {
      file.reportAt(
        ["ratings", i, "means"],
        "error",
        `${means} is already rated "${text(record(list(record(file.data)["ratings"])[first])["label"]) ?? ""}" (rating ${first + 1})`,
        "Give each status one rating: the site, papers and returns show one word for it.",
      );
    } else seen.set(means, i);
  });
  if (record(file.data)["stages"] === true) return;
  for (const { file: plan, path, data } of actionSites(s)) {
    list(record(data)["updates"]).forEach((u, j) => {
      if (record(u)["stage"] !== undefined) {
        plan.reportAt(
          [...path, "updates", j, "stage"],
          "error",
          "this strategy does not report stages",
          "Add `stages: true` to strategy.yaml if the plan reports a stage beside each rating, or remove the stage.",
        );
      }
    });
  }
}
