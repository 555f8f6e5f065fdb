import type { Diagnostic } from "./diagnostic/diagnostic.ts";

/**
 * Who must act on an error, and so the exit code every command gives it: the author fixes the
 * content (1), the user fixes the command line (2), the computer stopped it (3), or it is a bug in
 * Strategy Press (70). The same mistake is the same kind, and so the same code, in every command.
 */
export type ErrorKind = "content" | "usage" | "environment" | "bug";

/** 0 done; then one code per kind of error. The one table of exit codes. */
export const EXIT = { ok: 0, content: 1, usage: 2, environment: 3, bug: 70 } as const satisfies Record<
  ErrorKind | "ok",
  number
>;

/** The base of every error Strategy Press throws on purpose, each of one kind. Anything else is a bug and keeps its stack. */
export abstract class StrategyPressError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Content the author must fix: carries every diagnostic found, so all can be shown at once. */
export class ContentError extends StrategyPressError {
  override name = "ContentError";
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    message = "The content has errors",
  ) {
    super(message);
  }

  get kind(): ErrorKind {
    return diagnosticsKind(this.diagnostics);
  }
}

/** Whose errors these are: a file the computer would not let us read is the computer's doing, not the author's. */
export function diagnosticsKind(diagnostics: readonly Diagnostic[]): "content" | "environment" {
  return diagnostics.some((d) => d.severity === "error" && d.environment) ? "environment" : "content";
}

/** The content lacks what a command needs, said in a sentence ("has no board reports yet"). */
export class ContentGapError extends StrategyPressError {
  override name = "ContentGapError";
  readonly kind = "content";
}

/** The command was used wrongly: an unknown command, strategy or report, a bad flag, an output folder it must not touch. */
export class UsageError extends StrategyPressError {
  override name = "UsageError";
  readonly kind: ErrorKind = "usage";
  /** Whether the command's usage helps: it does for a missing argument or a bad flag, not for a name that is not there. */
  readonly showUsage: boolean = true;
}

/** The command names a strategy, report, action, measure or file that is not there (a misuse, exit 2); the message lists what there is. */
export class UnknownNameError extends UsageError {
  override name = "UnknownNameError";
  override readonly showUsage = false;
}

/** The computer, not the content, stopped the command: permissions, a full disk, a port in use, a lock held, a tool that failed. */
export class EnvironmentError extends StrategyPressError {
  override name = "EnvironmentError";
  readonly kind = "environment";
}

/** Something that cannot happen if Strategy Press is right, found where it happened (a worker thread that died). */
export class BugError extends StrategyPressError {
  override name = "BugError";
  readonly kind = "bug";
}

/** The error of a kind, for one that crossed a thread as a kind and a message. */
export function errorOfKind(kind: ErrorKind, message: string): StrategyPressError {
  switch (kind) {
    case "content":
      return new ContentGapError(message);
    case "usage":
      return new UsageError(message);
    case "environment":
      return new EnvironmentError(message);
    default:
      return new BugError(message);
  }
}
