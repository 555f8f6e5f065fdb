import type { LoadedStrategy } from "../load/content-folder.ts";
import { actionSites, type ActionSite } from "../load/plan-actions.ts";
import type { ActionContent, StatementContent, ThemeContent } from "../model/content.ts";
import { goldenThread } from "../model/golden-thread.ts";
import { list, record, text } from "./raw.ts";

/**
 * The golden thread from the desired service model back through actions to themes and drivers. Gaps are
 * warnings: a plan can be published with them, but the board should see them. The rule itself
 * lives in the model, so the site's golden-thread page and these warnings never disagree.
 */
export function checkGoldenThread(s: LoadedStrategy): void {
  const plan = s.plan;
  // A plan that could not be read has actions nobody can see: every gap it would show is false.
  if (!plan || plan.data === undefined) return;
  // Only items with a real id take part: one without is already a schema error, and "undefined" helps nobody.
  const hasId = (item: Record<string, unknown>) => typeof item["id"] === "string";
  const allDesired = list(record(record(plan.data)["desired_model"])["statements"]).map(record);
  const desired = allDesired.filter(hasId) as unknown as StatementContent[];
  const themeFiles = s.themes.filter((t) => hasId(record(t.data)));
  const themes = themeFiles.map((t) => record(t.data) as unknown as ThemeContent);
  // Each action as the rule reads it, mapped back to where it is written (plan.yaml or a file under plan/).
  const written = new Map<ActionContent, ActionSite>();
  const safe: ActionContent[] = [];
  for (const site of actionSites(s)) {
    const a = record(site.data);
    if (!hasId(a)) continue;
    const action = {
      ...a,
      themes: list(a["themes"]) as string[],
      objective: text(a["objective"]) ?? undefined,
      drivers: list(a["drivers"]) as string[],
      towards: list(a["towards"]) as string[],
    } as unknown as ActionContent;
    written.set(action, site);
    safe.push(action);
  }
  // Drivers are optional: a strategy that names none is not warned about actions without one.
  const hasDrivers = list(record(s.drivers?.data)["drivers"]).length > 0;
  const gaps = goldenThread(safe, desired, themes, hasDrivers);
  // Positions looked up once, so a plan with many gaps is not searched once per gap.
  const statementAt = new Map<unknown, number>(allDesired.map((statement, i) => [statement, i]));
  const themeAt = new Map(themes.map((theme, i) => [theme, i]));
  const at = (action: ActionContent, field: string) => {
    const site = written.get(action);
    return site ? { file: site.file, path: [...site.path, field] } : { file: plan, path: ["actions"] };
  };

  for (const statement of gaps.unreachedStatements) {
    plan.reportAt(
      ["desired_model", "statements", statementAt.get(statement) ?? -1, "id"],
      "warning",
      `no action moves towards the desired-model statement "${statement.id}"`,
      "Add its id to the `towards` list of the action that delivers it, or add an action.",
    );
  }
  for (const action of gaps.actionsWithoutTheme) {
    const { file, path } = at(action, "themes");
    file.reportAt(path, "warning", `action "${action.id}" has no theme`, "Name the theme(s) it serves in `themes`.");
  }
  for (const action of gaps.actionsWithoutDriver) {
    const { file, path } = at(action, "drivers");
    file.reportAt(
      path,
      "warning",
      `action "${action.id}" has no driver`,
      "Name the policy driver(s) it answers to in `drivers`.",
    );
  }
  for (const theme of gaps.themesWithoutAction) {
    themeFiles[themeAt.get(theme) ?? -1]?.reportAt(
      ["id"],
      "warning",
      `no action serves the theme "${theme.id}"`,
      "Add the theme's id to the `themes` of the actions that serve it.",
    );
  }
}
