import { resolve } from "node:path";
import { LiveContent } from "./live-content.ts";
import { OnDemand } from "./on-demand.ts";
import { caught, guardRequests } from "./preview-server.ts";

/**
 * Everything one live preview keeps from one rebuild to the next: the content as it last read it (its
 * last good model and its errors now) and the papers and search index made on demand for the last
 * rebuild, with the dev server's middleware that answers for them. One per Eleventy instance, made
 * where the instance is (`preview()`, eleventy.config.js) and handed to the plugin, which runs again
 * at every configuration reload: nothing of a preview lives in a module, so two previews in one
 * process never read each other's content or serve each other's papers.
 */
export class PreviewSession {
  readonly content: LiveContent;
  readonly onDemand = new OnDemand();
  /** The same functions for the whole preview: the dev server restarts when its options change. */
  readonly middleware = [guardRequests, caught(this.onDemand.middleware)];

  constructor(contentDir: string) {
    this.content = new LiveContent(resolve(contentDir));
  }
}
