import MarkdownIt from "markdown-it";

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
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
  }
});

/** Renders markdown (a progress note, a vision, a summary) to an HTML fragment. */
export function noteHtml(markdown: string): string {
  return _md.render(markdown);
}
