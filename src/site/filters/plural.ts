/**
 * "1 current initiative", "3 current initiatives": a count with its noun, the noun made plural
 * unless the count is one. `plural` names an irregular plural ("1 body", "2 bodies").
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
