import type { UpdateContent } from "./content.ts";

/** What a mention of an action reads as: its number and title. */
/** An action as a mention of it reads: "action 2.1.1 (Commission a short breaks service)", in the strategy's word for an action; its title alone where it has no number. */
export interface Mentioned {
  id: string;
  text: string;
}

/**
 * The link target a mention is written with once resolved: a fragment, which every markdown renderer
 * keeps as a relative link. The site turns it into the address of the action's page; the paper keeps
 * only the words. `mentionTarget` names it and `mentionedId` reads it back: the one form of it.
 */
const _PREFIX = "#sp-action=";

export function mentionTarget(id: string): string {
  return `${_PREFIX}${id}`;
}

/** The action id a link target names, or null for any other link. */
export function mentionedId(href: string): string | null {
  return href.startsWith(_PREFIX) ? href.slice(_PREFIX.length) : null;
}

/**
 * Text with each bare mention of an action's id ("builds on gp-carers-register") turned into a
 * markdown link that reads as the action's number and title, so a reader never sees the raw id.
 * An id inside a link, code, a web address or a longer word is left alone.
 */
export function withMentions(text: string, actions: ReadonlyMap<string, Mentioned>): string {
  if (actions.size === 0) return text;
  // A mention is a whole run of word characters and hyphens: each run is looked up, so the cost is the
  // text's length, not the text times the plan (which made a 5,000-action plan's model quadratic).
  return text.replace(_MENTION, (whole: string, skipped: string | undefined, id: string | undefined) => {
    const action = id ? actions.get(id) : undefined;
    if (skipped || !action) return whole;
    return `[${action.text.replace(/[[\]]/g, "")}](${mentionTarget(action.id)})`;
  });
}

// Skipped whole: code, a link (its words and its address), and a bare web address. Then a whole run of
// word characters and hyphens, which names an action only if it is exactly that action's id.
const _SKIP = "`[^`]*`|\\[[^\\]]*\\](?:\\([^)]*\\))?|<[^>]*>|https?://\\S+";
const _MENTION = new RegExp(`(${_SKIP})|(?<![\\w-])([\\w-]+)(?![\\w-])`, "g");

/** An update with its markdown fields' mentions resolved. */
export function updateWithMentions(update: UpdateContent, actions: ReadonlyMap<string, Mentioned>): UpdateContent {
  const resolve = (text: string | undefined) => (text === undefined ? undefined : withMentions(text, actions));
  return {
    ...update,
    note: withMentions(update.note, actions),
    ...(update.reason !== undefined ? { reason: resolve(update.reason) } : {}),
    ...(update.recovery !== undefined ? { recovery: resolve(update.recovery) } : {}),
    ...(update.request !== undefined ? { request: resolve(update.request) } : {}),
  };
}
