import { resolve } from "node:path";
import { readClock } from "../clock.ts";
import { ContentError } from "../errors.ts";
import { loadContent, type LoadedContent } from "../load/content-folder.ts";
import { SourceFile } from "../load/source-file.ts";
import type { Clock } from "../model/clock.ts";
import { withLocks } from "../output/lock.ts";
import { writeTogether } from "../output/write-together.ts";
import { validateContent, type Validated } from "../validate/index.ts";

/** What an edit is given: the content as read under the locks, and its checked, typed form. */
export interface EditInput {
  loaded: LoadedContent;
  content: NonNullable<Validated["content"]>;
  clock: Clock;
}

/** What an edit gives back: each file it changes with its new text, what the command reports, and what to do just before writing. */
export interface ContentEdit<T> {
  files: ReadonlyMap<SourceFile, string>;
  result: T;
  before?: () => void;
}

export interface EditOptions {
  /** The content folder (or one strategy's folder) to read. */
  contentDir: string;
  cwd: string;
  /** The files to hold locked while the edit runs: those it may change. */
  locks: readonly string[];
  /** What to say when the content has errors before the edit ("Fix these errors before adding an update"). */
  refusedBefore: string;
  /** What to say when the edit would leave errors ("The update was not added"). */
  refused: string;
  /** The day the edit is made on (its "today"); default SOURCE_DATE_EPOCH, else now. */
  clock?: Clock;
  /**
   * Whether the edited content is checked against that day too, so an entry dated after it is refused
   * (progress updates are); content already written is checked without it.
   */
  checkAgainstClock?: boolean;
}

/**
 * The one way a command changes content (update, measure, import, report new…): under the files'
 * locks it reads the content afresh, refuses content that has errors already, makes the edit (new
 * text for each file it changes, so comments and layout stay), checks the whole content with the
 * edit in place, and writes the changed files as one set — or, on any error, nothing.
 */
export async function editContent<T>(
  options: EditOptions,
  edit: (input: EditInput) => ContentEdit<T> | Promise<ContentEdit<T>>,
): Promise<T> {
  const clock = options.clock ?? readClock();
  return withLocks(options.locks, async () => {
    const loaded = loadContent(options.contentDir, options.cwd);
    const before = validateContent(loaded);
    if (!before.content) throw new ContentError(before.diagnostics, options.refusedBefore);
    const { files, result, before: beforeWrite } = await edit({ loaded, content: before.content, clock });
    const edited = new Map(
      [...files].map(([file, text]) => [file, new SourceFile(file.path, new TextEncoder().encode(text))]),
    );
    // Never write a file that cannot be read back cleanly.
    const checked = validateContent(withEditedFiles(loaded, edited), options.checkAgainstClock ? clock : undefined);
    if (checked.errors)
      throw new ContentError(
        checked.diagnostics.filter((d) => d.severity === "error"),
        options.refused,
      );
    beforeWrite?.();
    // All or nothing across every file it changes (a journalled set: see writeTogether), never through a link.
    writeTogether(
      [...edited.values()].map((file) => ({ path: resolve(options.cwd, file.path), text: file.text })),
      options.contentDir,
    );
    return result;
  });
}

/** The content with some of its files replaced by their edited versions. */
export function withEditedFiles(loaded: LoadedContent, edited: ReadonlyMap<SourceFile, SourceFile>): LoadedContent {
  const swap = <F extends SourceFile | null | undefined>(file: F): F => ((file && edited.get(file)) ?? file) as F;
  return {
    ...loaded,
    site: swap(loaded.site),
    strategies: loaded.strategies.map((s) => ({
      ...s,
      strategy: swap(s.strategy),
      drivers: swap(s.drivers),
      plan: swap(s.plan),
      actionFiles: s.actionFiles.map(swap),
      reports: swap(s.reports),
      risks: swap(s.risks),
      themes: s.themes.map(swap),
      ...(s.measures !== undefined ? { measures: swap(s.measures) } : {}),
      ...(s.easyRead !== undefined ? { easyRead: swap(s.easyRead) } : {}),
    })),
  };
}
