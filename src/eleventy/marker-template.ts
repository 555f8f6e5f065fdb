import { MARKER, MARKER_TEXT } from "../output/out-folder.ts";

/**
 * The marker that lets the next `strategy-press build` replace the folder, whichever way it was
 * published (`strategy-press build` or plain `npx @11ty/eleventy`): a file Eleventy writes like any other.
 */
export class MarkerTemplate {
  data(): Record<string, unknown> {
    // A dot file with no extension, on purpose: no one is meant to download it.
    return { permalink: `/${MARKER}`, eleventyExcludeFromCollections: true, eleventyAllowMissingExtension: true };
  }

  render(): string {
    return MARKER_TEXT;
  }
}
