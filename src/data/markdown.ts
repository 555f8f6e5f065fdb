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

/** Renders markdown (a progress note, a vision, a summary) to an HTML fragment. */
export function noteHtml(markdown: string): string {
  return _md.render(markdown);
}
