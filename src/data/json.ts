import type { StrategyModel } from "../model/index.ts";

/** The whole strategy with its derived progress, as published open data. Keys keep model order so output is stable. */
export function strategyJson(strategy: StrategyModel): string {
  return `${JSON.stringify(strategy, null, 2)}\n`;
}
