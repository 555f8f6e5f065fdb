import { countBySeverity, sortDiagnostics, type Diagnostic } from "../diagnostic/diagnostic.ts";
import { loadedFiles, type LoadedContent, type LoadedStrategy } from "../load/content-folder.ts";
import type { SiteContent, StrategyFiles } from "../model/content.ts";
import { checkDates } from "./dates.ts";
import { checkEasyRead } from "./easy-read.ts";
import { checkGoldenThread } from "./golden-thread.ts";
import { checkReferences } from "./references.ts";
import { checkSchema } from "./schema-check.ts";
import { checkSiteFiles } from "./site-files.ts";

export interface Validated {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** The typed content, present only when there are no errors. */
  content: { site: SiteContent; strategies: StrategyFiles[] } | null;
}

/** Runs every check on every file, so an author sees all problems in one run. */
export function validateContent(loaded: LoadedContent): Validated {
  for (const { kind, file } of loadedFiles(loaded)) checkSchema(file, kind);
  if (loaded.site) checkSiteFiles(loaded.site, loaded.root);
  for (const s of loaded.strategies) {
    checkReferences(s);
    checkDates(s);
    checkGoldenThread(s);
    checkEasyRead(s);
  }
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...loadedFiles(loaded).flatMap(({ file }) => file.diagnostics)]);
  const { errors, warnings } = countBySeverity(diagnostics);
  const content = errors === 0 && loaded.site ? { site: loaded.site.data as SiteContent, strategies: loaded.strategies.map(_typed) } : null;
  return { diagnostics, errors, warnings, content };
}

function _typed(s: LoadedStrategy): StrategyFiles {
  return {
    strategy: s.strategy?.data,
    drivers: s.drivers?.data,
    plan: s.plan?.data,
    reports: s.reports?.data,
    themes: s.themes.map((t) => t.data),
    ...(s.easyRead ? { easyRead: s.easyRead.data } : {}),
  } as StrategyFiles;
}
