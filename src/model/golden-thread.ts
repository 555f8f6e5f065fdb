import type { ActionContent, StatementContent, ThemeContent } from "./content.ts";

/** Gaps in the line from the 2019 model back through actions to themes and drivers. */
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
): GoldenThread {
  const reached = new Set(actions.flatMap((a) => a.towards ?? []));
  const themed = new Set(actions.flatMap((a) => a.themes));
  return {
    unreachedStatements: desired.filter((s) => !reached.has(s.id)),
    actionsWithoutTheme: actions.filter((a) => a.themes.length === 0),
    actionsWithoutDriver: actions.filter((a) => a.drivers.length === 0),
    themesWithoutAction: themes.filter((t) => !themed.has(t.id)),
  };
}
