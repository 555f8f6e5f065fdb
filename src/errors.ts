import type { Diagnostic } from "./diagnostic/diagnostic.ts";

/** The base of every error Strategy Press throws on purpose. Anything else is a bug and keeps its stack. */
export class StrategyPressError extends Error {
  override name = "StrategyPressError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Content the author must fix: carries every diagnostic found, so all can be shown at once. */
export class ContentError extends StrategyPressError {
  override name = "ContentError";
  constructor(readonly diagnostics: readonly Diagnostic[], message = "The content has errors") {
    super(message);
  }
}

/** The command was used wrongly (unknown command, missing argument, an output folder it must not touch). */
export class UsageError extends StrategyPressError {
  override name = "UsageError";
}

/** The computer, not the content, stopped the command: permissions, a full disk, a port in use, a lock held. */
export class EnvironmentError extends StrategyPressError {
  override name = "EnvironmentError";
}
