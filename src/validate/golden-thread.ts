import type { LoadedStrategy } from "../load/content-folder.ts";
import type { ActionContent, StatementContent, ThemeContent } from "../model/content.ts";
import { goldenThread } from "../model/golden-thread.ts";
import { list, record } from "./raw.ts";

/**
 * The golden thread from the 2019 model back through actions to themes and drivers. Gaps are
 * warnings: a plan can be published with them, but the board should see them. The rule itself
 * lives in the model, so the site's golden-thread page and these warnings never disagree.
 */
export function checkGoldenThread(s: LoadedStrategy): void {
  const plan = s.plan;
  if (!plan) return;
  const data = record(plan.data);
  const actions = list(data["actions"]).map(record) as unknown as ActionContent[];
  const desired = list(record(data["desired_model"])["statements"]).map(record) as unknown as StatementContent[];
  const themes = s.themes.map((t) => record(t.data) as unknown as ThemeContent);
  const safe: ActionContent[] = actions.map((a) => ({ ...a, themes: list(a.themes) as string[], drivers: list(a.drivers) as string[], towards: list(a.towards) as string[] }));
  const gaps = goldenThread(safe, desired, themes);
  // Positions looked up once, so a plan with many gaps is not searched once per gap.
  const place = <T>(items: readonly T[]) => {
    const at = new Map(items.map((item, i) => [item, i]));
    return (item: T) => at.get(item) ?? -1;
  };
  const statementAt = place(desired);
  const actionAt = place(safe);
  const themeAt = place(themes);

  for (const statement of gaps.unreachedStatements) {
    plan.reportAt(["desired_model", "statements", statementAt(statement), "id"], "warning", `no action moves towards the 2019 statement "${statement.id}"`, "Add its id to the `towards` list of the action that delivers it, or add an action.");
  }
  for (const action of gaps.actionsWithoutTheme) {
    plan.reportAt(["actions", actionAt(action), "themes"], "warning", `action "${action.id}" has no theme`, "Name the theme(s) it serves in `themes`.");
  }
  for (const action of gaps.actionsWithoutDriver) {
    plan.reportAt(["actions", actionAt(action), "drivers"], "warning", `action "${action.id}" has no driver`, "Name the policy driver(s) it answers to in `drivers`.");
  }
  for (const theme of gaps.themesWithoutAction) {
    s.themes[themeAt(theme)]?.reportAt(["id"], "warning", `no action serves the theme "${theme.id}"`, "Add the theme's id to the `themes` of the actions that serve it.");
  }
}
