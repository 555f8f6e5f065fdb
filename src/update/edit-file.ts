import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ContentError, UnknownNameError, UsageError } from "../errors.ts";
import { loadContent, type LoadedContent, type LoadedStrategy } from "../load/content-folder.ts";
import { SourceFile } from "../load/source-file.ts";
import { withLock } from "../output/lock.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import type { StrategyFiles } from "../model/content.ts";
import { validateContent } from "../validate/index.ts";

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

/**
 * The edited file's text, what the command reports, what to write before the file itself, and what
 * else of the strategy's files the edit brings (stored editions, say) for the check after it.
 */
export interface Edited<T> { text: string; result: T; before?: () => void; also?: Partial<LoadedStrategy> }

/**
 * Edits one file of a strategy folder the way every command that writes content does: under the
 * file's lock, it reads the content afresh, refuses content that has errors already, makes the edit
 * (new text for the file), checks the whole content with the edit in place and writes the file whole,
 * or nothing. `before` runs once the edit is checked and before the file is written (to write files
 * the edit names, say). Returns the edit's result.
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
  if (!existsSync(join(folder, "strategy.yaml"))) throw new UnknownNameError(`there is no strategy "${strategyId}" (no ${relative(cwd, join(folder, "strategy.yaml"))})`);
  return withLock(path, async () => {
    const loaded = loadContent(folder, cwd);
    const before = validateContent(loaded);
    if (!before.content) throw new ContentError(before.diagnostics, "Fix these errors first");
    const strategy = loaded.strategies[0] as LoadedStrategy;
    const file = strategy[kind];
    if (!file) throw new UsageError(`there is no ${relative(cwd, path)}`);
    const { text, result, before: beforeWrite, also } = await edit({ loaded, strategy, content: before.content.strategies[0] as StrategyFiles, file });
    const edited = new SourceFile(file.path, new TextEncoder().encode(text));
    // Never write a file that cannot be read back cleanly.
    const checked = validateContent({ ...loaded, strategies: [{ ...strategy, ...also, [kind]: edited }] });
    if (checked.errors) throw new ContentError(checked.diagnostics.filter((d) => d.severity === "error"), refused);
    beforeWrite?.();
    writeFileAtomically(resolve(cwd, edited.path), edited.text);
    return result;
  });
}
