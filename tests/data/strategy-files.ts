import type { ActionContent, SiteContent, StrategyFiles, UpdateContent } from "../../src/model/index.ts";

/** A small strategy built by hand: one theme, one driver, and the actions a test gives it. */
export function strategyFiles(actions: ActionContent[], extra: Partial<StrategyFiles["strategy"]> = {}): StrategyFiles {
  return {
    strategy: {
      id: "test-strategy",
      title: "A test strategy",
      organisations: [{ id: "council", name: "Test Council" }],
      period: { start: 2020, end: 2025 },
      status: "published",
      published: "2020-01-15",
      board: "Test Board",
      language: "en-GB",
      vision: "A vision.",
      ...extra,
    },
    drivers: { drivers: [{ id: "d1", title: "Driver one", summary: "A driver." }] },
    themes: [{ id: "t1", order: 1, title: "Theme one", issues: ["An issue"], initiatives: [] }],
    plan: {
      current_model: { year: 2020, statements: [{ id: "now-1", text: "Now" }] },
      desired_model: { year: 2025, statements: [{ id: "then-1", text: "Then" }] },
      actions,
    },
    reports: { reports: [] },
  };
}

export function action(id: string, updates: UpdateContent[], extra: Partial<ActionContent> = {}): ActionContent {
  return {
    id,
    title: `Action ${id}`,
    kind: "action",
    themes: ["t1"],
    drivers: ["d1"],
    horizon: "short",
    lead: "Test Council",
    start: "2020-02-01",
    due: "2020-12-31",
    towards: ["then-1"],
    updates,
    ...extra,
  };
}

export const SITE: SiteContent = {
  title: "Test strategies",
  publisher: { name: "Test Council", url: "https://council.example/" },
  base_url: "https://strategies.example/",
  path_prefix: "/plans/",
};

/** A note with everything a CSV or XML writer can get wrong. */
export const AWKWARD_NOTE =
  'Budget of £12,500 agreed with "Cyngor Caerdydd" → next: Gŵyl\nSecond line, with a comma; and a "quote"\r\nThird & <last> line';
