import { dirname } from "node:path";
import type { Diagnostic } from "./diagnostic/diagnostic.ts";
import { paperFiles, startPaperThread } from "./eleventy/papers.ts";
import type { Clock, SiteModel } from "./model/index.ts";
import { checkOutFolder, type Guarded } from "./output/out-folder.ts";
import { writeAtomically } from "./output/swap.ts";
import { readModel } from "./pipeline.ts";
import type { Validated } from "./validate/index.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  cwd: string;
  clock?: Clock;
  /** Told the content's warnings once it has validated, before the long part of the build. */
  checked?: (diagnostics: readonly Diagnostic[]) => void;
}

/**
 * The whole build, as a library function: refuse an output folder it must not replace, validate
 * and model the content (a ContentError, writing nothing, when it has errors), then publish every
 * page, paper and data file into a new folder swapped in for `outDir` only when all of it succeeded.
 */
export async function build(options: BuildOptions): Promise<{ model: SiteModel; validated: Validated }> {
  const { contentDir, outDir, cwd } = options;
  checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);
  startPaperThread();
  const { model, validated, contentRoot } = readModel(contentDir, cwd, options.clock ? { clock: options.clock } : {});
  options.checked?.(validated.diagnostics);
  // The board papers render on another core while Eleventy loads.
  void paperFiles(model, contentRoot).catch(() => undefined);
  // On Node 20, Eleventy routes every later import through a module-loader thread so that a JavaScript
  // file edited during `--serve` is imported afresh. A build imports no such file, and the thread slows its start.
  process.env["ELEVENTY_SKIP_ESM_RESOLVER"] ??= "1";
  // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit or exceljs.
  const { publish } = await import("./publish.ts");
  await writeAtomically(outDir, (tmp) => publish(model, tmp, { contentDir: contentRoot }));
  return { model, validated };
}

/** What a build must never replace: the content, the folder that holds it, and the folder the command runs in. */
export function guardedFolders(contentDir: string, cwd: string): Guarded[] {
  return [
    { path: contentDir, what: "the content folder" },
    { path: cwd, what: "the folder you are working in" },
    { path: dirname(contentDir), what: "the project folder" },
  ];
}
