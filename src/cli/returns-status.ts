import {
  counted,
  longDate,
  returnsLate,
  returnsStatus,
  RETURN_STATE_LABELS,
  RETURN_STATES,
  type IsoDate,
  type Report,
  type StrategyModel,
} from "../model/index.ts";

/**
 * What `returns status` prints: a line per lead organisation (returned, partly or not returned, with
 * how many of its actions have an update counted in the report, and whom to chase), then the counts.
 * The deadline is said to have passed only once it has on `today` (the clock's day: --as-at).
 */
export function returnsStatusLines(strategy: StrategyModel, report: Report, today: IsoDate): string[] {
  const status = returnsStatus(strategy, report);
  const passed = returnsLate(report, today) ? ` (passed, as at ${longDate(today)})` : "";
  const due = report.returns_due
    ? `, due ${longDate(report.returns_due)}${passed}`
    : ", no return deadline set (returns_due in reports.yaml)";
  const lines = [
    `Returns for ${strategy.id} report ${report.id} (${report.period.start} to ${report.period.end})${due}:`,
  ];
  for (const r of status) {
    const updated = `${r.updatedIds.length} of ${counted(r.actionIds.length, strategy.words.action)} updated`;
    const chase =
      r.state === "returned"
        ? ""
        : r.contact
          ? ` — contact ${r.contact.name} <${r.contact.email}>`
          : " — no contact in strategy.yaml";
    lines.push(`  ${r.organisation}: ${RETURN_STATE_LABELS[r.state]} (${updated})${chase}`);
  }
  const counts = RETURN_STATES.map((state) => ({ state, n: status.filter((r) => r.state === state).length })).filter(
    (c) => c.n > 0,
  );
  lines.push(
    status.length === 0
      ? `✓ no ${strategy.words.action.lower} was open in report ${report.id}'s period: no returns are due`
      : `✓ ${counts.map((c) => `${c.n} ${RETURN_STATE_LABELS[c.state]}`).join(", ")}`,
  );
  return lines;
}
