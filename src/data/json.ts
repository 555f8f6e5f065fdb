import type { StrategyModel } from "../model/index.ts";

/** Names the shape of strategy.json; raise the version when a field is renamed or removed. */
export const STRATEGY_JSON_FORMAT = "strategy-press/strategy";
export const STRATEGY_JSON_VERSION = 1;

/**
 * The whole strategy with its derived progress, as published open data. A short header says which
 * format this is and whether the progress is illustrative; the model's own fields follow unchanged,
 * in model order, so the same content always gives the same bytes.
 */
export function strategyJson(strategy: StrategyModel): string {
  const document = {
    format: STRATEGY_JSON_FORMAT,
    format_version: STRATEGY_JSON_VERSION,
    illustrative: strategy.meta.illustrative === true,
    ...strategy,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
