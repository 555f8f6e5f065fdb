import MarkdownIt from "markdown-it";
import { mentionedId } from "../model/index.ts";

const _SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const _SAFE_SCHEME = /^(https?|mailto):/i;

/**
 * The one markdown renderer for content text, shared by the feed and the site: raw HTML is shown as
 * text, and only http(s), mailto and relative links are kept (a `javascript:` link renders as plain text).
 */
const _md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// A link with no scheme is relative (a colon later on, as in "?at=10:30", is not a scheme).
_md.validateLink = (url) => !_SCHEME.test(url.trim()) || _SAFE_SCHEME.test(url.trim());

// Content text sits under a page's own h1 and section h2s: its headings start at h3, so a
// "# heading" in a note can never add a second h1 or break the page's outline.
_md.core.ruler.push("demote_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close")
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
  }
});

// A mention of another action (model/mentions.ts) links to the action's page where the page gives
// its address (`env.actionHref`); elsewhere (the feed) it is its words alone, never a dead link.
_md.core.ruler.push("action_mentions", (state) => {
  const href = (state.env as { actionHref?: (id: string) => string }).actionHref;
  for (const block of state.tokens) {
    if (!block.children) continue;
    // Links never nest in markdown, so one flag pairs a dropped link's open and close.
    let dropping = false;
    block.children = block.children.filter((t) => {
      if (t.type === "link_open") {
        const id = mentionedId(String(t.attrGet("href") ?? ""));
        if (id === null) return true;
        if (href) {
          t.attrSet("href", href(id));
          return true;
        }
        dropping = true;
        return false;
      }
      if (t.type === "link_close" && dropping) {
        dropping = false;
        return false;
      }
      return true;
    });
  }
});

/**
 * Renders markdown (a progress note, a vision, a summary) to an HTML fragment. `actionHref` gives the
 * address of an action's page, for mentions of other actions.
 */
export function noteHtml(markdown: string, actionHref?: (id: string) => string): string {
  return _md.render(markdown, actionHref ? { actionHref } : {});
}
