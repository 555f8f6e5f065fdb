/**
 * The files of a new, valid strategy folder: the smallest content that builds, with every
 * field an author must change marked "Replace". Text, not objects, so the comments survive.
 */
export function newStrategyFiles(id: string, title: string): Record<string, string> {
  const schema = (kind: string, depth: number) => `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${kind}.schema.json\n`;
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
# Remove once the progress data is real.
illustrative: true
vision: Replace with the vision, in a paragraph or two of markdown.
`,
    "drivers.yaml": `${schema("drivers", 2)}drivers:
  - id: first-driver
    title: Replace with a national policy driver
    summary: Replace with what the policy says and what it means here.
`,
    "themes/01-first-theme.yaml": `${schema("theme", 3)}id: first-theme
order: 1
title: Replace with the theme's title
issues:
  - Replace with an issue the theme must address
initiatives: []
`,
    "plan.yaml": `${schema("plan", 2)}current_model:
  year: 2026
  statements:
    - id: now-first
      text: Replace with how services are now
desired_model:
  year: 2031
  statements:
    - id: by-first
      text: Replace with how services will be
actions:
  - id: a01-first-action
    title: Replace with the first action
    kind: action
    themes: [first-theme]
    drivers: [first-driver]
    horizon: short
    lead: Replace with the lead
    start: 2026-04-01
    due: 2027-03-31
    from: [now-first]
    towards: [by-first]
    # Add a progress update each quarter with: strategy-press update ${id} a01-first-action --status on-track --note "…"
    updates: []
`,
    "reports.yaml": `${schema("reports", 2)}# Add a board report for each reporting period.
reports: []
`,
  };
}
