import { noteHtml } from "../../data/index.ts";

/**
 * Content markdown as HTML, through the project's one markdown-it instance (raw HTML shown as
 * text; only http(s), mailto and relative links). Templates mark the result `| safe`: it is ours.
 */
export function markdown(text: string | null | undefined): string {
  return text ? noteHtml(text) : "";
}
