import { countBySeverity, sortDiagnostics, type Diagnostic } from "../diagnostic/diagnostic.ts";
import { loadedFiles, type LoadedContent, type LoadedStrategy } from "../load/content-folder.ts";
import type { SourceFile } from "../load/source-file.ts";
import { actionSites } from "../load/plan-actions.ts";
import type { Clock } from "../model/clock.ts";
import type { SiteContent, StrategyFiles } from "../model/content.ts";
import { checkDates } from "./dates.ts";
import { checkEasyRead } from "./easy-read.ts";
import { checkEditionDrift, checkEditionFiles } from "./editions.ts";
import { checkGoldenThread } from "./golden-thread.ts";
import { checkMeasures } from "./measures.ts";
import { checkPaper } from "./paper.ts";
import { checkCounts, checkNumbers, withoutFollowOns } from "./numbers.ts";
import { checkRatings } from "./ratings.ts";
import { checkPlanFiles } from "./plan-files.ts";
import { checkRecordedDates } from "./recorded-dates.ts";
import { checkReferences } from "./references.ts";
import { checkReservedIds } from "./reserved.ts";
import { checkSchema } from "./schema-check.ts";
import { checkSiteFiles } from "./site-files.ts";
import { checkTimeZone } from "./time-zone.ts";

export interface Validated {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** The typed content, present only when there are no errors. */
  content: { site: SiteContent; strategies: StrategyFiles[] } | null;
}

/**
 * Runs every check on every file, so an author sees all problems in one run. Pure: the checks report into
 * copies of the files made for this run, never into the loaded files, so validating the same content twice
 * gives the same diagnostics. Given the clock, an update dated after its day is an error.
 */
export function validateContent(input: LoadedContent, clock?: Clock): Validated {
  const loaded = _forChecking(input);
  const refused: Diagnostic[] = [];
  for (const { kind, file } of loadedFiles(loaded)) {
    checkSchema(file, kind);
    refused.push(...checkNumbers(file));
  }
  if (loaded.site) checkSiteFiles(loaded.site, loaded.root);
  for (const s of loaded.strategies) {
    checkPlanFiles(s);
    checkReferences(s);
    checkReservedIds(s);
    checkDates(s, clock);
    checkTimeZone(s);
    checkGoldenThread(s);
    checkEasyRead(s, loaded.root);
    checkMeasures(s);
    checkPaper(s, loaded.site);
    checkCounts(s);
    checkRecordedDates(s, clock);
    checkRatings(s);
    checkEditionFiles(s);
  }
  const collect = () =>
    sortDiagnostics(
      withoutFollowOns(
        [...loaded.diagnostics, ...loadedFiles(loaded).flatMap(({ file }) => file.diagnostics)],
        refused,
      ),
    );
  const content =
    countBySeverity(collect()).errors === 0 && loaded.site
      ? { site: loaded.site.data as SiteContent, strategies: loaded.strategies.map(_typed) }
      : null;
  // Whether an edit changes what an approved report says needs the content whole and typed.
  if (content) loaded.strategies.forEach((s, i) => checkEditionDrift(s, content.strategies[i] as StrategyFiles));
  const diagnostics = collect();
  const { errors, warnings } = countBySeverity(diagnostics);
  return { diagnostics, errors, warnings, content };
}

/** The loaded content with every file replaced by a copy that collects this run's diagnostics. */
function _forChecking(content: LoadedContent): LoadedContent {
  const fork = (file: SourceFile | null) => file?.forChecking() ?? null;
  return {
    ...content,
    site: fork(content.site),
    strategies: content.strategies.map((s) => ({
      ...s,
      strategy: fork(s.strategy),
      drivers: fork(s.drivers),
      plan: fork(s.plan),
      actionFiles: s.actionFiles.map((f) => f.forChecking()),
      reports: fork(s.reports),
      risks: fork(s.risks),
      measures: fork(s.measures ?? null),
      themes: s.themes.map((t) => t.forChecking()),
      easyRead: fork(s.easyRead ?? null),
    })),
  };
}

function _typed(s: LoadedStrategy): StrategyFiles {
  return {
    strategy: s.strategy?.data,
    drivers: s.drivers?.data,
    // The plan's actions, wherever they are written, in plan order.
    plan: { ...(s.plan?.data as object), actions: actionSites(s).map((a) => a.data) },
    reports: s.reports?.data,
    ...(s.risks ? { risks: s.risks.data } : {}),
    ...(s.measures ? { measures: s.measures.data } : {}),
    themes: s.themes.map((t) => t.data),
    ...(s.easyRead ? { easyRead: s.easyRead.data } : {}),
  } as StrategyFiles;
}
