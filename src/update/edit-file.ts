import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { UnknownNameError, UsageError } from "../errors.ts";
import type { LoadedContent, LoadedStrategy } from "../load/content-folder.ts";
import type { SourceFile } from "../load/source-file.ts";
import type { StrategyFiles } from "../model/content.ts";
import { editContent } from "./edit-content.ts";

/** Which file of a strategy folder an edit changes. */
export type EditedKind = "reports" | "strategy";

/** What an edit is given: the strategy's files as read and checked, and the file it changes. */
export interface EditInput {
  loaded: LoadedContent;
  strategy: LoadedStrategy;
  /** The strategy's content, typed: it validated before the edit. */
  content: StrategyFiles;
  file: SourceFile;
}

/** The edited file's text, what the command reports, and what to write before the file itself. */
export interface Edited<T> {
  text: string;
  result: T;
  before?: () => void;
}

/**
 * Edits one file of a strategy folder through editContent, the way every command that writes content
 * does: under the file's lock, read afresh, refused with errors already, checked with the edit in
 * place, written whole or not at all. `before` runs once the edit is checked and before the file
 * is written (to write files the edit names, say). Returns the edit's result.
 */
export async function editStrategyFile<T>(
  contentDir: string,
  strategyId: string,
  kind: EditedKind,
  cwd: string,
  edit: (input: EditInput) => Edited<T> | Promise<Edited<T>>,
  refused: string,
): Promise<T> {
  const folder = join(contentDir, strategyId);
  const path = join(folder, `${kind}.yaml`);
  if (!existsSync(join(folder, "strategy.yaml")))
    throw new UnknownNameError(
      `there is no strategy "${strategyId}" (no ${relative(cwd, join(folder, "strategy.yaml"))})`,
    );
  return editContent(
    { contentDir: folder, cwd, locks: [path], refusedBefore: "Fix these errors first", refused },
    async ({ loaded, content }) => {
      const strategy = loaded.strategies[0] as LoadedStrategy;
      const file = strategy[kind];
      if (!file) throw new UsageError(`there is no ${relative(cwd, path)}`);
      const { text, result, before } = await edit({
        loaded,
        strategy,
        content: content.strategies[0] as StrategyFiles,
        file,
      });
      return { files: new Map([[file, text]]), result, ...(before ? { before } : {}) };
    },
  );
}
