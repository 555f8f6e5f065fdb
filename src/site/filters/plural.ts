import { counted, formFor, listed, type Word } from "../../model/index.ts";

/**
 * "1 current initiative", "3 current initiatives": a count with its noun, in the model's one home
 * for counting words. `pluralForm` names an irregular plural; a strategy's Word counts in its own forms.
 */
export function plural(count: number, singular: string | Word, pluralForm?: string): string {
  return counted(count, singular, pluralForm);
}

/** The noun alone in the form a count takes: "update was" or "updates were". */
export function pluralForm(count: number, singular: string, many?: string): string {
  return formFor(count, singular, many);
}

/** "a, b and c". */
export function listAnd(items: readonly string[]): string {
  return listed(items);
}

/** "a, b or c". */
export function listOr(items: readonly string[]): string {
  return listed(items, "or");
}
