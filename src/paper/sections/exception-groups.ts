import type { Report, ReportException } from "../../model/index.ts";

/**
 * The exceptions their leads have said something about (a reason, a recovery action, a proposed date or a
 * request), or that a recommendation concerns, each get a card; the rest share one compact table, so a
 * long list of silent actions stays short and the ones asking for something stand out.
 */
export function exceptionGroups(report: Report): { cards: ReportException[]; listed: ReportException[] } {
  const said = (e: ReportException) =>
    Boolean(e.reason || e.recovery || e.proposedDue || e.request || e.recommendations.length);
  return { cards: report.exceptions.filter(said), listed: report.exceptions.filter((e) => !said(e)) };
}
