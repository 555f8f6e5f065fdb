import type { LoadedStrategy } from "../load/content-folder.ts";
import { list, record, text } from "./raw.ts";

/** Report ids that name a file the build writes itself: reports/latest.pdf is always the newest report. */
const RESERVED_REPORT_IDS: ReadonlySet<string> = new Set(["latest"]);

/** Ids that would collide with a file the build publishes under the same name. */
export function checkReservedIds(s: LoadedStrategy): void {
  const file = s.reports;
  if (!file) return;
  list(record(file.data)["reports"]).forEach((item, i) => {
    const id = text(record(item)["id"]);
    if (id && RESERVED_REPORT_IDS.has(id)) {
      file.reportAt(["reports", i, "id"], "error", `the report id "${id}" is reserved: reports/${id}.pdf is always the newest report's paper`, "Give the report an id of its own, such as its meeting's year and month (2015-03).");
    }
  });
}
