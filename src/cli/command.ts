/** Where a command writes; only runMain connects it to the console, so commands are testable. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export interface CommandContext {
  /** Positional arguments after the command's name. */
  args: string[];
  flags: Record<string, string | boolean | undefined>;
  output: Output;
  cwd: string;
}

export interface Flag {
  value: boolean;
  description: string;
  /** What the flag is when it is not given, in words (printed by `--help`). */
  default?: string;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** A command line that shows the command at work, printed by `--help`. */
  example: string;
  /** Flags the command takes: whether each takes a value, what it is for, and what it is when not given. */
  flags: Record<string, Flag>;
  /** Returns the exit code: 0 done, 1 content errors. Throws UsageError for misuse. */
  run(ctx: CommandContext): Promise<number>;
}
