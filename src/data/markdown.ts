import MarkdownIt from "markdown-it";

const _SAFE_LINK = /^(https?:|mailto:|[^:]*$)/i;

/**
 * The one markdown renderer for content text, shared by the feed and the site: raw HTML is shown as
 * text, and only http(s), mailto and relative links are kept (a `javascript:` link renders as plain text).
 */
const _md = new MarkdownIt({ html: false, linkify: false, typographer: false });
_md.validateLink = (url) => _SAFE_LINK.test(url.trim());

/** Renders markdown (a progress note, a vision, a summary) to an HTML fragment. */
export function noteHtml(markdown: string): string {
  return _md.render(markdown);
}
