import { StrategyPressError } from "../errors.ts";

/** Asked for a report the strategy does not have. */
export class UnknownReportError extends StrategyPressError {
  override name = "UnknownReportError";
}
