import type { LoadedStrategy } from "../load/content-folder.ts";
import { list, record, text } from "./raw.ts";

/** Report ids that name a file the build writes itself: reports/latest.pdf is always the newest report. */
const RESERVED_REPORT_IDS: ReadonlySet<string> = new Set(["latest"]);

/**
 * Words the commands read in a strategy id's place (`report new <strategy>`, `report approve …`,
 * `report decide …`, `returns status <strategy>`): a strategy with one of them as its id could not be named.
 */
export const RESERVED_STRATEGY_IDS: readonly string[] = ["new", "approve", "decide", "status"];

/** Ids that would collide with a file the build publishes under the same name, or with a command's words. */
export function checkReservedIds(s: LoadedStrategy): void {
  const strategyId = text(record(s.strategy?.data)["id"]);
  if (strategyId && RESERVED_STRATEGY_IDS.includes(strategyId)) {
    s.strategy?.reportAt(
      ["id"],
      "error",
      `the strategy id "${strategyId}" is reserved: \`strategy-press ${strategyId === "status" ? "returns" : "report"} ${strategyId} …\` is a command of its own`,
      `Give the strategy another id (and its folder the same name); ${RESERVED_STRATEGY_IDS.map((w) => `"${w}"`).join(", ")} are taken by the commands.`,
    );
  }
  const file = s.reports;
  if (!file) return;
  list(record(file.data)["reports"]).forEach((item, i) => {
    const id = text(record(item)["id"]);
    if (id && RESERVED_REPORT_IDS.has(id)) {
      file.reportAt(
        ["reports", i, "id"],
        "error",
        `the report id "${id}" is reserved: reports/${id}.pdf is always the newest report's paper`,
        "Give the report an id of its own, such as its meeting's year and month (2015-03).",
      );
    }
  });
}
