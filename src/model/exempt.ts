import { exemptParagraph } from "./paper-settings.ts";
import type { StrategyModel, WithheldReport } from "./strategy.ts";

/**
 * The strategy as the public may see it: every report exempt from publication under Schedule 12A
 * taken out, with its point in the strategy's trend and each action's timeline (a public report is
 * already worked out from the public reports before it alone). Due dates it revised stay revised:
 * the decision is the board's, in force either way.
 */
export function withoutExempt(strategy: StrategyModel): { strategy: StrategyModel; withheld: WithheldReport[] } {
  const withheld = strategy.reports.flatMap((r) => {
    const paragraph = exemptParagraph(r);
    return paragraph === null ? [] : [{ strategyId: strategy.id, reportId: r.id, title: r.title, paragraph }];
  });
  if (!withheld.length) return { strategy, withheld };
  const hidden = new Set(withheld.map((w) => w.reportId));
  const shown = <T extends { reportId: string }>(points: readonly T[]): T[] =>
    points.filter((p) => !hidden.has(p.reportId));
  const publicReports = strategy.reports.filter((r) => !hidden.has(r.id));
  return {
    strategy: {
      ...strategy,
      reports: publicReports,
      latestReport: publicReports.at(-1) ?? null,
      trend: shown(strategy.trend),
      actions: strategy.actions.map((a) => ({ ...a, timeline: shown(a.timeline) })),
    },
    withheld,
  };
}
