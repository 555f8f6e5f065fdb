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

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Flags the command takes: name → whether it takes a value. */
  flags: Record<string, { value: boolean; description: string }>;
  /** Returns the exit code: 0 done, 1 content errors. Throws UsageError for misuse. */
  run(ctx: CommandContext): Promise<number>;
}
