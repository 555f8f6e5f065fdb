import { longDate as _longDate } from "../../model/index.ts";

/** "19 March 2015" from "2015-03-19"; empty when there is no date. */
export function longDate(date: string | null | undefined): string {
  return date ? _longDate(date) : "";
}
