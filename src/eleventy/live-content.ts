import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";
import { ContentError } from "../errors.ts";
import { readClock } from "../clock.ts";
import type { Clock, SiteModel } from "../model/index.ts";
import { readModel } from "../pipeline.ts";

/** The content as a preview shows it: the model to render, and the errors that stop the content as it is now. */
export interface PreviewContent {
  /** The content's model, or the last one that built when the content now has errors; null when none has. */
  model: SiteModel | null;
  /** Errors in the content as it is now: empty when `model` is the content's own. */
  errors: Diagnostic[];
}

/**
 * A content folder as one preview reads it, build after build: the last model that built, kept so a
 * mistake never blanks the site, how many errors the content has now, and its files as they were
 * when last read. One per preview (see PreviewSession), so two previews never read each other's.
 */
export class LiveContent {
  readonly contentDir: string;
  #lastGood: SiteModel | null = null;
  #errorsNow = 0;
  #readAs: string | null = null;

  constructor(contentDir: string) {
    this.contentDir = contentDir;
  }

  /** The number of errors in the content as it was last read. */
  get errors(): number {
    return this.#errorsNow;
  }

  /**
   * Reads the content. Content errors do not stop the preview: it goes on showing the last good model
   * with the errors beside it, and a fix brings the new content back.
   */
  read(clock: () => Clock = () => readClock()): PreviewContent {
    this.#readAs = _fingerprint(this.contentDir);
    try {
      const { model } = readModel(this.contentDir, process.cwd(), { drafts: true, clock: clock() });
      this.#lastGood = model;
      this.#errorsNow = 0;
      return { model, errors: [] };
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      const errors = error.diagnostics.filter((d) => d.severity === "error");
      this.#errorsNow = errors.length;
      return { model: this.#lastGood, errors };
    }
  }

  /**
   * Brings `content` up to date when a content file has changed since it was read, and says whether it did.
   * Eleventy reloads its configuration (and so the content) for a file saved between builds, but a file
   * saved while a build runs is rebuilt afterwards without that reload: this is what catches it.
   */
  refresh(content: PreviewContent, clock: () => Clock = () => readClock()): boolean {
    if (this.#readAs === _fingerprint(this.contentDir)) return false;
    Object.assign(content, this.read(clock));
    return true;
  }
}

/** Every content file's path, size and time of change: any save changes it, whatever the editor does. */
function _fingerprint(dir: string): string {
  const parts: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return "";
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) parts.push(_fingerprint(path));
    else if (/\.ya?ml$/.test(entry.name)) {
      const stat = statSync(path, { throwIfNoEntry: false });
      parts.push(`${path}:${stat?.size ?? -1}:${stat?.mtimeMs ?? -1}`);
    }
  }
  return parts.join("\n");
}
