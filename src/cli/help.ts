import type { Command } from "./command.ts";

/** The whole CLI in a screen: each command with what it does, and how to learn more. */
export function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: strategy-press <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `strategy-press <command> --help` for a command's options and an example.",
  ].join("\n");
}

/** One command's help: usage, what it does, every flag with its default, and an example. */
export function commandHelp(command: Command): string {
  const flags = Object.entries(command.flags).map(([name, f]) => ({
    name: `--${name}${f.value ? " <value>" : ""}`,
    text: `${f.description}${f.default ? ` (default: ${f.default})` : ""}`,
  }));
  flags.push({ name: "--help", text: "show this help" });
  const width = Math.max(...flags.map((f) => f.name.length));
  return [
    `Usage: ${command.usage}`,
    "",
    command.summary,
    "",
    "Options:",
    ...flags.map((f) => `  ${f.name.padEnd(width)}  ${f.text}`),
    "",
    "Example:",
    `  ${command.example}`,
  ].join("\n");
}
