import { PROGRESS_STATUSES, STATUS_COLOURS, type RatingScale } from "../model/index.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/**
 * The statuses' colours as a stylesheet, written from the model's one table (the board paper reads the same
 * table), so the site's tags and chart bars can never drift from the paper: custom properties for each
 * status, then the tag and bar rules that use them.
 */
export function statusCss(): string {
  const properties = PROGRESS_STATUSES.flatMap((s) => [
    `  --sp-status-${s}-fill: ${STATUS_COLOURS[s].fill};`,
    `  --sp-status-${s}-text: ${STATUS_COLOURS[s].text};`,
    `  --sp-status-${s}-bar: ${STATUS_COLOURS[s].bar};`,
  ]);
  const rules = PROGRESS_STATUSES.flatMap((s) => [
    `.sp-status--${s} { background-color: var(--sp-status-${s}-fill); color: var(--sp-status-${s}-text); }`,
    `.sp-chart__bar--${s} { fill: var(--sp-status-${s}-bar); }`,
  ]);
  // A white tag on a white page needs an edge to read as a tag.
  rules.push(".sp-status--not-reported { box-shadow: inset 0 0 0 1px var(--sp-status-not-reported-bar); }");
  return `/* Written by Strategy Press from the model's status colours (src/model/status-colours.ts). */\n:root {\n${properties.join("\n")}\n}\n${rules.join("\n")}\n`;
}

/**
 * A strategy's own rating colours as the custom properties the status stylesheet reads, set on its pages'
 * body so its tags and bars take them ("" for a strategy that keeps the tool's colours).
 */
export function ratingStyle(scale: RatingScale | undefined): string {
  if (!scale) return "";
  return PROGRESS_STATUSES.filter((s) => scale.colours[s] !== STATUS_COLOURS[s])
    .map(
      (s) =>
        ` --sp-status-${s}-fill: ${scale.colours[s].fill}; --sp-status-${s}-text: ${scale.colours[s].text}; --sp-status-${s}-bar: ${scale.colours[s].bar};`,
    )
    .join("")
    .trim();
}

/** The page that publishes the status stylesheet: a template of its own, so that the compile step knows it. */
export const STATUS_CSS_PAGE = { body: "{{ statusCss | safe }}", permalink: "/assets/status.css" };

/** Publishes the status stylesheet at /assets/status.css. */
export function addStatusCss(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate("strategy-press/assets/status.css.njk", STATUS_CSS_PAGE.body, {
    permalink: STATUS_CSS_PAGE.permalink,
    eleventyExcludeFromCollections: true,
    statusCss: statusCss(),
  });
}
