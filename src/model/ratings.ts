import { STATUSES, type StrategyContent, type Status } from "./content.ts";
import { STATUS_LABELS } from "./labels.ts";
import { STATUS_COLOURS } from "./status-colours.ts";
import type { ProgressStatus } from "./status.ts";

/** How a status looks: a fill with its text (tags and chips) and a shade for chart bars. */
export interface StatusLook {
  fill: string;
  text: string;
  bar: string;
}

/** Where the work of an action is, for a plan that reports it beside its rating. */
export const STAGES = ["not-started", "in-progress", "complete"] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  complete: "Complete",
};

/**
 * The strategy's rating scale: its word and colours for each status. A strategy that declares none keeps
 * the tool's words and colours; one that rates Green, Amber, Red and Completed says those words
 * wherever a status is shown, and a status its scale leaves out keeps the tool's word.
 */
export interface RatingScale {
  /** True when the strategy declares a scale of its own. */
  own: boolean;
  /** The ratings as the strategy declares them, in its order (empty when it declares none). */
  ratings: { status: Status; label: string }[];
  /** The word for each status, and for no progress reported yet (which no scale rates). */
  words: Record<ProgressStatus, string>;
  /** The colours for each status, and for no progress reported yet. */
  colours: Record<ProgressStatus, StatusLook>;
  /** Whether updates report a stage beside the rating. */
  stages: boolean;
}

/**
 * A strategy's scale. A rating's colour is the fill of its tag, with white text where it reads at 4.5:1
 * or more, else black (one of them always does); its chart bars use the colour where it reaches 3:1
 * against the white page, and the status's own shade where it does not (a light amber would vanish).
 */
export function ratingScaleOf(strategy: Pick<StrategyContent, "ratings" | "stages">): RatingScale {
  const declared = strategy.ratings ?? [];
  const words = { ...STATUS_LABELS };
  const colours: Record<ProgressStatus, StatusLook> = { ...STATUS_COLOURS };
  for (const r of declared) {
    words[r.means] = r.label;
    if (r.colour) colours[r.means] = ratingLook(r.colour, STATUS_COLOURS[r.means].bar);
  }
  return {
    own: declared.length > 0,
    ratings: declared.map((r) => ({ status: r.means, label: r.label })),
    words,
    colours,
    stages: strategy.stages === true,
  };
}

/** The look of a rating coloured `colour`: its tag in that colour, its words readable on it. */
export function ratingLook(colour: string, fallbackBar: string): StatusLook {
  const light = "#ffffff";
  // The site's near-black where it reads well enough, else pure black: one of black and white always reaches 4.58:1.
  const text = [light, "#0b0c0c", "#000000"].find((c) => contrastRatio(colour, c) >= 4.5) ?? light;
  return {
    fill: colour.toLowerCase(),
    text,
    bar: contrastRatio(colour, light) >= 3 ? colour.toLowerCase() : fallbackBar,
  };
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [_luminance(a), _luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function _luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * What a progress return offers and writes for a status: the tool's codes (on-track) for a strategy that
 * keeps the tool's scale, the strategy's own words (Green) for one with a scale of its own.
 */
export function statusChoices(scale: RatingScale): { status: Status; word: string }[] {
  return STATUSES.map((status) => ({ status, word: scale.own ? scale.words[status] : status }));
}

/**
 * The status a word in a return stands for: the tool's code, or (in a strategy with a scale of its own)
 * the strategy's word for it, whatever its capitals ("green", "Green"); null for anything else.
 */
export function statusFromWord(scale: RatingScale, word: string): Status | null {
  const written = word.trim();
  const wanted = written.toLowerCase();
  return STATUSES.find((s) => s === written || (scale.own && scale.words[s].toLowerCase() === wanted)) ?? null;
}

/** A status's word mid-sentence: the tool's in lower case ("2 on track"), a strategy's own as it writes it ("2 Green"). */
export function statusInSentence(scale: RatingScale, status: ProgressStatus): string {
  const word = scale.words[status];
  return word === STATUS_LABELS[status] ? word.toLowerCase() : word;
}

/** The tool's own words and colours: the scale of every strategy that declares none. */
export const TOOL_SCALE: RatingScale = ratingScaleOf({});

/** A strategy's scale: its own where it declares one, else the tool's. */
export function scaleOf(strategy: { ratingScale?: RatingScale }): RatingScale {
  return strategy.ratingScale ?? TOOL_SCALE;
}
