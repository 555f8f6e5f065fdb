import type { SiteContent, StrategyModel } from "../model/index.ts";
import { actionsCsv, risksCsv, updatesCsv } from "./csv.ts";
import { atomFeed } from "./feed.ts";
import { measuresCsv } from "./measures-csv.ts";
import { strategyJson } from "./json.ts";

/** A file of open data, named relative to the strategy's folder. */
export interface DataFile {
  name: string;
  text: string;
}

/** One kind of open data file: its name in the strategy's folder, whether a strategy has one, and its writer. */
interface _DataKind {
  name: string;
  has?: (strategy: StrategyModel) => boolean;
  write: (site: SiteContent, strategy: StrategyModel) => string;
}

/** The open data files, in the order a strategy's folder lists them. */
const _KINDS: readonly _DataKind[] = [
  { name: "strategy.json", write: (_site, strategy) => strategyJson(strategy) },
  { name: "actions.csv", write: (_site, strategy) => actionsCsv(strategy) },
  { name: "updates.csv", write: (_site, strategy) => updatesCsv(strategy) },
  { name: "risks.csv", has: (strategy) => strategy.risks.length > 0, write: (_site, strategy) => risksCsv(strategy) },
  {
    name: "measures.csv",
    has: (strategy) => (strategy.measures?.length ?? 0) > 0,
    write: (_site, strategy) => measuresCsv(strategy),
  },
  { name: "feed.xml", write: (site, strategy) => atomFeed(site, strategy) },
];

/** The names of a strategy's open data files: known from the model before any is written. */
export function dataFileNames(strategy: StrategyModel): string[] {
  return _KINDS.filter((kind) => kind.has?.(strategy) ?? true).map((kind) => kind.name);
}

/** One open data file's text, by its name. */
export function dataFileText(site: SiteContent, strategy: StrategyModel, name: string): string {
  const kind = _KINDS.find((k) => k.name === name && (k.has?.(strategy) ?? true));
  if (!kind) throw new Error(`strategy "${strategy.id}" has no open data file "${name}"`);
  return kind.write(site, strategy);
}

/** Every open data file for one strategy: the strategy and its progress as JSON (format 2), the plan and the updates as CSV, the feed. */
export function dataFiles(site: SiteContent, strategy: StrategyModel): DataFile[] {
  return dataFileNames(strategy).map((name) => ({ name, text: dataFileText(site, strategy, name) }));
}

export { strategyJson, STRATEGY_JSON_FORMAT, STRATEGY_JSON_SCHEMA, STRATEGY_JSON_VERSION } from "./json.ts";
export {
  actionsCsv,
  updatesCsv,
  risksCsv,
  ratingColumns,
  ACTION_COLUMNS,
  UPDATE_COLUMNS,
  RISK_COLUMNS,
} from "./csv.ts";
export { measuresCsv, MEASURE_COLUMNS } from "./measures-csv.ts";
export { atomFeed } from "./feed.ts";
export { strategyUrls, type StrategyUrls } from "./urls.ts";
export { noteHtml } from "./markdown.ts";
