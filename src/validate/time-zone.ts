import type { LoadedStrategy } from "../load/content-folder.ts";
import { record, text } from "./raw.ts";

/** A time zone the runtime does not know would stop `update` later: say so now, where it is written. */
export function checkTimeZone(s: LoadedStrategy): void {
  const zone = text(record(s.strategy?.data)["time_zone"]);
  if (!zone || !s.strategy) return;
  if (!isTimeZone(zone)) {
    s.strategy.reportAt(
      ["time_zone"],
      "error",
      `"${zone}" is not a time zone`,
      "Use an IANA time zone name such as Europe/London, or remove the field to use Europe/London.",
    );
  }
}

/** Whether the runtime knows a time zone by this name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
