import { UnknownNameError } from "../errors.ts";

/** Asked for a report the strategy does not have. */
export class UnknownReportError extends UnknownNameError {
  override name = "UnknownReportError";
}
