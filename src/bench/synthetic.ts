import {
  type ActionContent,
  type Clock,
  type ReportContent,
  type Status,
  type StrategyFiles,
  type ThemeContent,
  type UpdateContent,
} from "../model/index.ts";

/**
 * A synthetic strategy of any size, for tests and benchmarks: `actions` actions spread across
 * `themes` themes, each with progress updates either side of two board reports, so reports have
 * changes, exceptions and overdue actions. Everything is derived from the action's number, so the
 * same options always give the same strategy.
 */
export interface SyntheticOptions {
  actions: number;
  /** The strategy's id (default "synthetic"); several strategies in one repository each need their own. */
  id?: string;
  /** Number of themes (default 10). */
  themes?: number;
  /** Leave the last theme with no actions, as a real strategy may (default false). */
  emptyLastTheme?: boolean;
  /** Sentences in each update note (default 2); long notes make tall table rows. */
  noteSentences?: number;
  /** Put every action under the first theme, to make one table that runs over many pages. */
  oneTheme?: boolean;
  /** Override an action's title, e.g. to carry text in another language. */
  title?: (n: number) => string;
}

const _SENTENCES = [
  "The working group met and agreed the **next steps** with partners.",
  "A draft specification went out for comment; responses are due next month.",
  "Funding of £25,000 is agreed for the pilot → it starts in the spring.",
  "People with lived experience reviewed the plan and asked for “plain words” throughout.",
  "Recruitment to the two new posts is under way, with interviews booked.",
  "The provider’s quarterly return shows referrals up by a fifth on last year.",
];

const _STATUS_CYCLE: readonly Status[] = [
  "on-track",
  "at-risk",
  "on-track",
  "off-track",
  "complete",
  "on-track",
  "not-started",
  "withdrawn",
  "on-track",
  "at-risk",
];

export function syntheticStrategy(options: SyntheticOptions): StrategyFiles {
  const themeCount = options.themes ?? 10;
  const themes: ThemeContent[] = Array.from({ length: themeCount }, (_, i) => ({
    id: `theme-${i + 1}`,
    order: i + 1,
    title: `Theme ${i + 1}: ${["Prevention", "Recovery", "Inclusion", "Treatment", "Integration", "Carers", "Housing", "Employment", "Technology", "Leadership"][i % 10]}`,
    issues: [`Issue for theme ${i + 1}`],
    initiatives: [{ id: `init-${i + 1}`, text: `Current initiative for theme ${i + 1}` }],
  }));
  const carrying = options.emptyLastTheme ? Math.max(1, themeCount - 1) : themeCount;
  const actions = Array.from({ length: options.actions }, (_, i) =>
    _action(i + 1, options, options.oneTheme ? 1 : carrying),
  );
  return {
    strategy: {
      id: options.id ?? "synthetic",
      title: options.id ? `A synthetic wellbeing strategy (${options.id})` : "A synthetic wellbeing strategy",
      short_title: "Synthetic strategy",
      organisations: [{ id: "council", name: "Example Council" }],
      period: { start: 2020, end: 2025 },
      status: "published",
      published: "2020-01-31",
      board: "Example Health and Wellbeing Board",
      language: "en-GB",
      illustrative: true,
      vision: "People live **well** for longer, with help close to home.\n\n- Early help\n- Choice and control",
    },
    drivers: { drivers: [{ id: "driver-1", title: "National policy", summary: "A national driver." }] },
    themes,
    plan: {
      current_model: { year: 2020, statements: [{ id: "now-1", text: "Services are organised around teams" }] },
      desired_model: { year: 2025, statements: [{ id: "by-1", text: "Services are organised around outcomes" }] },
      actions,
    },
    reports: {
      reports: [
        _report("2021-h1", "2021-01-01", "2021-06-30", "2021-07-15"),
        _report("2021-h2", "2021-07-01", "2021-12-31", "2022-01-20"),
      ],
    },
  };
}

function _action(n: number, options: SyntheticOptions, themeCount: number): ActionContent {
  const sentences = options.noteSentences ?? 2;
  const note = (k: number) =>
    `Update ${k + 1} on action ${n}. ` +
    Array.from({ length: sentences }, (_, s) => _SENTENCES[(n + k + s) % _SENTENCES.length]).join(" ");
  // Updates before the first report, in it, and (for most actions) in the second.
  const dates = ["2020-11-10", "2021-04-20", ...(n % 4 === 0 ? [] : ["2021-10-05"])];
  const updates: UpdateContent[] = dates.map((date, k) => ({
    date,
    status: _STATUS_CYCLE[(n * 3 + k * 7) % _STATUS_CYCLE.length] ?? "on-track",
    percent: Math.min(95, 15 * (k + 1) + (n % 5) * 5),
    note: note(k),
  }));
  return {
    id: `action-${String(n).padStart(4, "0")}`,
    title: options.title?.(n) ?? `Synthetic action number ${n} to improve services`,
    ...(n % 3 === 0
      ? { kind: "commissioning-intention" as const, commissioning: "review" as const }
      : { kind: "action" as const }),
    themes: [`theme-${((n - 1) % themeCount) + 1}`],
    drivers: ["driver-1"],
    horizon: (["short", "medium", "long"] as const)[n % 3] ?? "short",
    lead: `Lead team ${(n % 7) + 1}`,
    start: "2020-10-01",
    due: n % 5 === 0 ? "2021-09-30" : "2023-03-31",
    from: ["now-1"],
    towards: ["by-1"],
    updates,
  };
}

function _report(id: string, start: string, end: string, meeting: string): ReportContent {
  return {
    id,
    title: `Synthetic strategy: progress report to ${end}`,
    board: "Example Health and Wellbeing Board",
    meeting,
    agenda_item: "Item 5",
    period: { start, end },
    author: { name: "Alex Example", role: "Strategy Lead" },
    purpose: "information",
    summary: "Most actions are on track.",
    recommendations: ["The Board is asked to note the progress made."],
    risks: "Some actions have had no update.",
    implications: { financial: "None beyond the £25,000 already agreed." },
  };
}

/** The day a synthetic strategy is judged at: the end of its second report's period, so both reports are in the past. */
export const SYNTHETIC_CLOCK: Clock = { day: "2021-12-31" };
