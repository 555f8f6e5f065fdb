import type { ActionContent, StatementContent, ThemeContent } from "./content.ts";

/**
 * Gaps in the line from the desired service model back through actions to themes and drivers. Each
 * check runs only where what it checks exists: no statements, no unreached statement; no drivers, no
 * action without one.
 */
export interface GoldenThread {
  /** Desired-model statements no action moves towards. */
  unreachedStatements: StatementContent[];
  actionsWithoutTheme: ActionContent[];
  actionsWithoutDriver: ActionContent[];
  themesWithoutAction: ThemeContent[];
}

export function goldenThread(
  actions: readonly ActionContent[],
  desired: readonly StatementContent[],
  themes: readonly ThemeContent[],
  hasDrivers = true,
): GoldenThread {
  const reached = new Set(actions.flatMap((a) => a.towards ?? []));
  // An action serves its objective's theme as well as those it names.
  const themeOf = new Map(themes.flatMap((t) => (t.objectives ?? []).map((o) => [o.id, t.id] as const)));
  const themesOf = (a: ActionContent) => [
    ...(a.themes ?? []),
    ...(a.objective && themeOf.has(a.objective) ? [themeOf.get(a.objective) as string] : []),
  ];
  const themed = new Set(actions.flatMap(themesOf));
  return {
    unreachedStatements: desired.filter((s) => !reached.has(s.id)),
    // An action naming an objective that does not exist has a reference error already; no second warning.
    actionsWithoutTheme: actions.filter((a) => themesOf(a).length === 0 && !a.objective),
    actionsWithoutDriver: hasDrivers ? actions.filter((a) => (a.drivers ?? []).length === 0) : [],
    themesWithoutAction: themes.filter((t) => !themed.has(t.id)),
  };
}
