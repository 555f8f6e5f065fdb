/**
 * The files of a new, valid strategy folder: the smallest content that builds, with every
 * field an author must change marked "Replace". Text, not objects, so the comments survive.
 * `schemas` is the path from the strategy's folder to the schemas folder, wherever the two are, so
 * each file's modeline leads an editor to its schema.
 */
export function newStrategyFiles(id: string, title: string, schemas = "../../schemas"): Record<string, string> {
  const schema = (kind: string, depth: number) =>
    `# yaml-language-server: $schema=${"../".repeat(depth - 2)}${schemas}/${kind}.schema.json\n`;
  return {
    "strategy.yaml": `${schema("strategy", 2)}id: ${id}
title: ${JSON.stringify(title)}
organisations:
  - id: council
    name: Replace with the owning organisation
period:
  start: 2026
  end: 2031
status: draft
board: Replace with the owning board
language: en-GB
# Optional: what the strategy calls its levels and the body its reports go to, e.g.
# words:
#   theme: Priority
#   report: Progress report
#   board: Replace with the partnership board's name
# Remove once the progress data is real.
illustrative: true
vision: Replace with the vision, in a paragraph or two of markdown.
`,
    "themes/01-first-theme.yaml": `${schema("theme", 3)}id: first-theme
order: 1
title: Replace with the theme's title
# Optional: issues, initiatives, and objectives (the level between a theme and its actions):
# objectives:
#   - id: first-objective
#     ref: "1.1"
#     title: Replace with the objective
`,
    "plan.yaml": `${schema("plan", 2)}# Only id, title and due are required. Optional: ref (the plan's own number, e.g. "1.1.1"),
# objective, leads (a person and/or an organisation id from strategy.yaml, or all-partners),
# start, horizon, drivers (with a drivers.yaml), and service models (current_model, desired_model).
actions:
  - id: first-action
    ref: "1.1"
    title: Replace with the first action
    themes: [first-theme]
    leads:
      - organisation: council
    # A day (2027-03-31), a month (2027-03), a quarter (2027-Q1), a financial year (2026/27) or ongoing.
    due: 2027-03
    # Add a progress update each quarter with: strategy-press update ${id} first-action --status on-track --note "…"
    updates: []
`,
    "reports.yaml": `${schema("reports", 2)}# Add a board report for each reporting period.
reports: []
`,
  };
}
