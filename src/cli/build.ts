import { dirname, resolve } from "node:path";
import { shownDiagnostics } from "../diagnostic/format.ts";
import { paperFiles, startPaperThread } from "../eleventy/papers.ts";
import { checkOutFolder, type Guarded } from "../output/out-folder.ts";
import { writeAtomically } from "../output/swap.ts";
import { readModel } from "../pipeline.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import { counted } from "../model/counting.ts";
import type { Command } from "./command.ts";
import { contentFolder } from "./find.ts";
import { stringFlag } from "./flag-values.ts";

export const buildCommand: Command = {
  name: "build",
  usage: "strategy-press build [dir] [--out _site] [--as-at YYYY-MM-DD]",
  summary: "Validate the content and publish every strategy into the output folder.",
  example: "strategy-press build content --out _site",
  flags: { out: { value: true, description: "output folder, replaced whole only when the build succeeds", default: "_site" }, "as-at": AS_AT_FLAG },
  async run({ args, flags, output, cwd }) {
    const started = performance.now();
    const contentDir = contentFolder(cwd, args[0]);
    const outDir = resolve(cwd, typeof flags["out"] === "string" ? flags["out"] : "_site");
    checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);
    startPaperThread();
    const { model, validated, contentRoot } = readModel(contentDir, cwd, { clock: readClock(stringFlag(flags["as-at"])) });
    for (const text of shownDiagnostics(validated.diagnostics)) output.err(`${text}\n`);
    // The board papers render on another core while Eleventy loads.
    void paperFiles(model, contentRoot).catch(() => undefined);
    // On Node 20, Eleventy routes every later import through a module-loader thread so that a JavaScript
    // file edited during `--serve` is imported afresh. A build imports no such file, and the thread slows its start.
    process.env["ELEVENTY_SKIP_ESM_RESOLVER"] ??= "1";
    // Loaded here, not at the top: every command starts faster when `validate` does not load Eleventy, pdfkit or exceljs.
    const { publish } = await import("../publish.ts");
    await writeAtomically(outDir, (tmp) => publish(model, tmp, { contentDir: contentRoot }));
    const ms = Math.round(performance.now() - started);
    output.out(`✓ built ${counted(model.strategies.length, "strategy")} into ${outDir} in ${ms} ms (${counted(validated.warnings, "warning")})`);
    return 0;
  },
};

/** What a build must never replace: the content, the folder that holds it, and the folder the command runs in. */
export function guardedFolders(contentDir: string, cwd: string): Guarded[] {
  return [
    { path: contentDir, what: "the content folder" },
    { path: cwd, what: "the folder you are working in" },
    { path: dirname(contentDir), what: "the project folder" },
  ];
}
