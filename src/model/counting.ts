import type { Word } from "./words.ts";

/**
 * The one home for counting words: every output (site, paper, returns, CLI) says "1 action", "3
 * actions", "0 actions" and "a, b and c" through these, so no sentence reads "1 warnings".
 */
const _RULES = new Intl.PluralRules("en-GB");
const _AND = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });
const _OR = new Intl.ListFormat("en-GB", { style: "long", type: "disjunction" });

/** The form of a noun for a count: `one` for 1, `many` otherwise (English plural rules, by Intl.PluralRules). */
export function formFor(n: number, one: string, many: string = pluralOf(one)): string {
  return _RULES.select(n) === "one" ? one : many;
}

/**
 * "1 action", "3 actions", "1 action is", "2 actions are": a count with its noun (and verb) in the form
 * the count takes. A strategy's own word counts in its lower-case forms ("3 commitments").
 */
export function counted(n: number, one: string | Word, many?: string): string {
  if (typeof one !== "string") return `${n} ${formFor(n, one.lower, one.lowerPlural)}`;
  return `${n} ${formFor(n, one, many)}`;
}

/** "a", "a and b", "a, b and c" (British English: no comma before "and"); "a, b or c" with `or`. */
export function listed(items: readonly string[], joiner: "and" | "or" = "and"): string {
  return (joiner === "and" ? _AND : _OR).format(items);
}

/** English plurals of the nouns the outputs count: "Priority" → "Priorities", "box" → "boxes", "action" → "actions". */
export function pluralOf(singular: string): string {
  if (/[^aeiou]y$/i.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(singular)) return `${singular}es`;
  return `${singular}s`;
}
