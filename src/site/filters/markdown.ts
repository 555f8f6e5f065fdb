import { posix } from "node:path";
import { noteHtml } from "../../data/index.ts";

/**
 * Content markdown as HTML, through the project's one markdown-it instance (raw HTML shown as
 * text; only http(s), mailto and relative links). Templates mark the result `| safe`: it is ours.
 * A mention of another action links to its page by a relative address, so it works under any path
 * prefix. A component (a macro) does not see the page, so it passes the page's address, `from`;
 * where neither is known the mention is its words alone.
 */
export function markdown(
  this: { page?: { url?: string | false } } | void,
  text: string | null | undefined,
  from?: string,
): string {
  if (!text) return "";
  const url = typeof from === "string" ? from : this ? this.page?.url : undefined;
  return noteHtml(text, typeof url === "string" ? (id) => _actionHref(url, id) : undefined);
}

/** The address of an action's page relative to the page at `from` ("/carers-strategy/actions/x/"). */
function _actionHref(from: string, id: string): string {
  const strategy = from.split("/")[1] ?? "";
  const to = `/${strategy}/actions/${id}/`;
  const dir = from.endsWith("/") ? from : posix.dirname(from);
  return `${posix.relative(dir, to) || "."}/`;
}
