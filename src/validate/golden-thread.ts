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
  // A plan that could not be read has actions nobody can see: every gap it would show is false.
  if (!plan || plan.data === undefined) return;
  const data = record(plan.data);
  // Only items with a real id take part: one without is already a schema error, and "undefined" helps nobody.
  const hasId = (item: Record<string, unknown>) => typeof item["id"] === "string";
  const allActions = list(data["actions"]).map(record);
  const allDesired = list(record(data["desired_model"])["statements"]).map(record);
  const desired = allDesired.filter(hasId) as unknown as StatementContent[];
  const themeFiles = s.themes.filter((t) => hasId(record(t.data)));
  const themes = themeFiles.map((t) => record(t.data) as unknown as ThemeContent);
  // Positions in the file, looked up once, so a plan with many gaps is not searched once per gap.
  const actionPlace = new Map<ActionContent, number>();
  const safe: ActionContent[] = [];
  allActions.forEach((a, i) => {
    if (!hasId(a)) return;
    const action = { ...a, themes: list(a["themes"]) as string[], drivers: list(a["drivers"]) as string[], towards: list(a["towards"]) as string[] } as unknown as ActionContent;
    actionPlace.set(action, i);
    safe.push(action);
  });
  const gaps = goldenThread(safe, desired, themes);
  const statementPlace = new Map<unknown, number>(allDesired.map((item, i) => [item, i]));
  const statementAt = (item: StatementContent) => statementPlace.get(item) ?? -1;
  const actionAt = (item: ActionContent) => actionPlace.get(item) ?? -1;
  const themeAt = (item: ThemeContent) => themes.indexOf(item);

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
    themeFiles[themeAt(theme)]?.reportAt(["id"], "warning", `no action serves the theme "${theme.id}"`, "Add the theme's id to the `themes` of the actions that serve it.");
  }
}
