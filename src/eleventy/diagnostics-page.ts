import { formatDiagnostic } from "../diagnostic/format.ts";
import { counted } from "../model/counting.ts";
import type { Diagnostic } from "../diagnostic/diagnostic.ts";

const ID = "strategy-press-diagnostics";

function _escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The content's errors as a panel at the top of a preview page, exactly as the terminal shows
 * them. Only the live preview adds it: a published page never carries it.
 */
export function diagnosticsPanel(diagnostics: readonly Diagnostic[], lastGood: boolean): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const heading = `The content has ${counted(errors.length, "error")}`;
  const after = lastGood
    ? "This page shows the last version that built. Fix the content and it updates by itself."
    : "Fix the content and the site appears by itself.";
  return [
    `<section id="${ID}" role="alert" tabindex="-1" aria-labelledby="${ID}-heading" style="margin:0;padding:16px 24px;background:#fff;color:#0b0c0c;border:5px solid #d4351c;font:16px/1.4 arial,sans-serif">`,
    `<h2 id="${ID}-heading" style="margin:0 0 8px;font-size:24px">${heading}</h2>`,
    `<p style="margin:0 0 8px">${after}</p>`,
    `<pre style="margin:0;white-space:pre-wrap;font:14px/1.4 monospace">${_escape(errors.map(formatDiagnostic).join("\n\n"))}</pre>`,
    "</section>",
  ].join("");
}

/**
 * On every preview page: brings the panel into view and moves focus to it as soon as it appears,
 * whether the page was loaded with it or the dev server patched it in while the reader was scrolled
 * down. A page reloaded with the panel does not go back to where it was scrolled (the browser's
 * scroll restoration would carry the reader past it). Focus (with role="alert") makes a screen
 * reader read it out. The same panel, kept across patches, is not brought back into view again
 * while the reader reads on.
 */
export const SHOW_DIAGNOSTICS = `<script>(function(){var name="${ID}",seen=null;function show(again){var p=document.getElementById(name);if(!p||(p===seen&&!again))return;seen=p;p.scrollIntoView({block:"start"});p.focus({preventScroll:true});}if(document.getElementById(name)&&"scrollRestoration" in history)history.scrollRestoration="manual";show();document.addEventListener("DOMContentLoaded",function(){show();});window.addEventListener("load",function(){show(true);});new MutationObserver(function(){show();}).observe(document.documentElement,{childList:true,subtree:true});})();</script>`;

/** Puts the panel first in the page's body. */
export function withDiagnostics(html: string, panel: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return html;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}${panel}${html.slice(at)}`;
}

/** A whole page for when the content has never built in this preview: there are no last good pages to show. */
export function diagnosticsPage(diagnostics: readonly Diagnostic[]): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>The content has errors — Strategy Press preview</title></head><body>${diagnosticsPanel(diagnostics, false)}${SHOW_DIAGNOSTICS}</body></html>\n`;
}
