import { resolve } from "node:path";
import { build } from "../build.ts";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { shownDiagnostics } from "../diagnostic/format.ts";
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
  flags: {
    out: { value: true, description: "output folder, replaced whole only when the build succeeds", default: "_site" },
    "as-at": AS_AT_FLAG,
  },
  async run({ args, flags, output, cwd }) {
    const started = performance.now();
    const contentDir = contentFolder(cwd, args[0]);
    const outDir = resolve(cwd, stringFlag(flags["out"]) ?? "_site");
    const checked = (diagnostics: readonly Diagnostic[]) => {
      for (const text of shownDiagnostics(diagnostics)) output.err(`${text}\n`);
    };
    const { model, validated } = await build({
      contentDir,
      outDir,
      cwd,
      clock: readClock(stringFlag(flags["as-at"])),
      checked,
    });
    const ms = Math.round(performance.now() - started);
    for (const w of model.withheld ?? []) {
      output.out(
        `  not published: ${w.strategyId} report ${w.reportId} is exempt (paragraph ${w.paragraph} of Schedule 12A); \`strategy-press report ${w.strategyId} ${w.reportId}\` writes its paper`,
      );
    }
    output.out(
      `✓ built ${counted(model.strategies.length, "strategy")} into ${outDir} in ${ms} ms (${counted(validated.warnings, "warning")})`,
    );
    return 0;
  },
};
