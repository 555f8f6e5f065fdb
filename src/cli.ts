import { parseArgs } from "node:util";
import { buildCommand } from "./cli/build.ts";
import type { Command, Output } from "./cli/command.ts";
import { reportCommand } from "./cli/report.ts";
import { serveCommand } from "./cli/serve.ts";
import { newCommand } from "./cli/new.ts";
import { commandHelp, overview } from "./cli/help.ts";
import { importCommand } from "./cli/import.ts";
import { returnsCommand } from "./cli/returns.ts";
import { updateCommand } from "./cli/update.ts";
import { measureCommand } from "./cli/measure.ts";
import { remindCommand } from "./cli/remind.ts";
import { validateCommand } from "./cli/validate.ts";
import { shownDiagnostics } from "./diagnostic/format.ts";
import { countBySeverity } from "./diagnostic/diagnostic.ts";
import { ContentError, EXIT, StrategyPressError, UsageError } from "./errors.ts";
import { printable } from "./output/printable.ts";
import { describeSystemError, isSystemError } from "./output/system-error.ts";
import { closest } from "./validate/suggest.ts";
import { counted } from "./model/counting.ts";

export const COMMANDS: readonly Command[] = [
  validateCommand,
  buildCommand,
  serveCommand,
  reportCommand,
  updateCommand,
  measureCommand,
  returnsCommand,
  importCommand,
  remindCommand,
  newCommand,
];

/**
 * Exit codes: 0 done, 1 content has errors, 2 the command was misused, 3 the computer stopped it
 * (permissions, a full disk, a port in use, a lock held), 70 a bug in Strategy Press: one per kind
 * of error (errors.ts), whichever command meets it.
 */
export { EXIT };

function _usage(): string {
  return overview(COMMANDS);
}

/** Runs one command line and returns its exit code. Everything the user sees passes through `output`. */
export async function run(argv: readonly string[], terminal: Output, cwd = process.cwd()): Promise<number> {
  // Whatever a command says passes through here, so no content or return value can act on the terminal.
  const output: Output = { out: (text) => terminal.out(printable(text)), err: (text) => terminal.err(printable(text)) };
  const [name, ...rest] = argv;
  const asked = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
  if (asked) {
    output.out(commandHelp(asked));
    return EXIT.ok;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    output.out(_usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"${_near(name)}`);
    if (rest.includes("--help") || rest.includes("-h")) {
      output.out(commandHelp(command));
      return EXIT.ok;
    }
    const options = Object.fromEntries(
      Object.entries(command.flags).map(([flag, f]) => [
        flag,
        { type: f.value ? ("string" as const) : ("boolean" as const) },
      ]),
    );
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return await command.run({ args: parsed.positionals, flags: parsed.values, output, cwd });
  } catch (error) {
    return _report(error, output, command);
  }
}

function _report(error: unknown, output: Output, command: Command | undefined): number {
  if (error instanceof ContentError) {
    for (const text of shownDiagnostics(error.diagnostics)) output.err(`${text}\n`);
    const { errors, warnings } = countBySeverity(error.diagnostics);
    output.err(
      `✗ ${error.message}: ${counted(errors, "error")}, ${counted(warnings, "warning")}: nothing was written; the previous output is unchanged.`,
    );
    return EXIT[error.kind];
  }
  if (error instanceof UsageError && !error.showUsage) {
    output.err(`strategy-press: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    output.err(
      `strategy-press: ${error.message}\n\n${command ? `Usage: ${command.usage}\nRun \`strategy-press ${command.name} --help\` for every option.` : _usage()}`,
    );
    return EXIT.usage;
  }
  if (isSystemError(error)) {
    output.err(`strategy-press: ${describeSystemError(error)}`);
    return EXIT.environment;
  }
  if (error instanceof StrategyPressError && error.kind !== "bug") {
    output.err(
      `strategy-press: ${error.message}${error.cause instanceof Error ? `\n  caused by: ${error.cause.message}` : ""}`,
    );
    return EXIT[error.kind];
  }
  // Not a mistake anyone but Strategy Press made: a bug. Show the stack so it can be reported and fixed.
  output.err(`strategy-press: internal error — please report it\n${(error as Error)?.stack ?? String(error)}`);
  return EXIT.bug;
}

function _near(name: string): string {
  const match = closest(
    name,
    COMMANDS.map((c) => c.name),
  );
  return match ? ` — did you mean "${match}"?` : "";
}

/** The one place output meets the console. */
export const consoleOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
