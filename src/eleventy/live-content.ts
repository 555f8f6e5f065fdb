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

/** The last model each content folder built, kept while the preview runs so a mistake never blanks the site. */
const _lastGood = new Map<string, SiteModel>();
/** How many errors each content folder had when it was last read. */
const _errorsNow = new Map<string, number>();
/** Each content folder's files as they were when it was last read: see `_fingerprint`. */
const _readAs = new Map<string, string>();

/** The number of errors in a content folder as the preview last read it. */
export function previewErrors(contentDir: string): number {
  return _errorsNow.get(contentDir) ?? 0;
}

/**
 * Reads the content for a preview. Content errors do not stop the preview: it goes on showing the
 * last good model with the errors beside it, and a fix brings the new content back.
 */
export function readForPreview(contentDir: string, clock: () => Clock = () => readClock()): PreviewContent {
  _readAs.set(contentDir, _fingerprint(contentDir));
  try {
    const { model } = readModel(contentDir, process.cwd(), { drafts: true, clock: clock() });
    _lastGood.set(contentDir, model);
    _errorsNow.set(contentDir, 0);
    return { model, errors: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const errors = error.diagnostics.filter((d) => d.severity === "error");
    _errorsNow.set(contentDir, errors.length);
    return { model: _lastGood.get(contentDir) ?? null, errors };
  }
}

/**
 * Brings `content` up to date when a content file has changed since it was read, and says whether it did.
 * Eleventy reloads its configuration (and so the content) for a file saved between builds, but a file
 * saved while a build runs is rebuilt afterwards without that reload: this is what catches it.
 */
export function refreshPreview(contentDir: string, content: PreviewContent, clock: () => Clock = () => readClock()): boolean {
  if (_readAs.get(contentDir) === _fingerprint(contentDir)) return false;
  Object.assign(content, readForPreview(contentDir, clock));
  return true;
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
