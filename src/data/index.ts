import type { SiteContent, StrategyModel } from "../model/index.ts";
import { actionsCsv, risksCsv, updatesCsv } from "./csv.ts";
import { atomFeed } from "./feed.ts";
import { measuresCsv } from "./measures-csv.ts";
import { strategyJson } from "./json.ts";

/** A file of open data, named relative to the strategy's folder. */
export interface DataFile { name: string; text: string }

/** Every open data file for one strategy: the strategy and its progress as JSON (format 2), the plan and the updates as CSV, the feed. */
export function dataFiles(site: SiteContent, strategy: StrategyModel): DataFile[] {
  return [
    { name: "strategy.json", text: strategyJson(strategy) },
    { name: "actions.csv", text: actionsCsv(strategy) },
    { name: "updates.csv", text: updatesCsv(strategy) },
    ...(strategy.risks.length ? [{ name: "risks.csv", text: risksCsv(strategy) }] : []),
    ...(strategy.measures?.length ? [{ name: "measures.csv", text: measuresCsv(strategy) }] : []),
    { name: "feed.xml", text: atomFeed(site, strategy) },
  ];
}

export { strategyJson, STRATEGY_JSON_FORMAT, STRATEGY_JSON_SCHEMA, STRATEGY_JSON_VERSION } from "./json.ts";
export { actionsCsv, updatesCsv, risksCsv, ratingColumns, ACTION_COLUMNS, UPDATE_COLUMNS, RISK_COLUMNS } from "./csv.ts";
export { measuresCsv, MEASURE_COLUMNS } from "./measures-csv.ts";
export { atomFeed } from "./feed.ts";
export { strategyUrls, type StrategyUrls } from "./urls.ts";
export { noteHtml } from "./markdown.ts";
