import { UsageError } from "../errors.ts";

/** Asked for a report the strategy does not have. */
export class UnknownReportError extends UsageError {
  override name = "UnknownReportError";
}
