/**
 * The one home of the due-date grammar: the forms a plan writes a due date in, as a pattern (the
 * content schema's `due` and `date` patterns are these very texts, checked by tests/contract) and
 * as a reader that says which form a date is in.
 */

/** A real day written YYYY-MM-DD: months of 30 and 31 days, and 29 February in leap years only. */
export const REAL_DAY =
  "\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|02-(0[1-9]|1\\d|2[0-8]))" +
  "|(\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29";

/** A financial year from April, written with its second year's last two digits (2017/18, 2099/00). */
export const FINANCIAL_YEAR = `\\d{2}(${Array.from({ length: 100 }, (_, n) => `${_two(n)}/${_two((n + 1) % 100)}`).join("|")})`;

/** The pattern of `date` in common.schema.json. */
export const DAY_PATTERN = `^(${REAL_DAY})$`;

/** The pattern of `due` in common.schema.json: a day, a month, a quarter, a financial year, or ongoing. */
export const DUE_PATTERN = `^(${REAL_DAY}|\\d{4}-(0[1-9]|1[0-2])|\\d{4}-Q[1-4]|${FINANCIAL_YEAR}|ongoing)$`;

/** The word a plan writes for work that has no end date. */
export const ONGOING = "ongoing";

/** A due date read: its form and the numbers it names. */
export type WrittenDue =
  | { form: "day"; year: number; month: number; day: number }
  | { form: "month"; year: number; month: number }
  | { form: "quarter"; year: number; quarter: number }
  | { form: "financial-year"; year: number }
  | { form: "ongoing" };

const _DUE = new RegExp(DUE_PATTERN);

/** Which form a due date is written in, or null for text that is no due date (an impossible day included). */
export function readDue(due: string): WrittenDue | null {
  if (!_DUE.test(due)) return null;
  if (due === ONGOING) return { form: "ongoing" };
  const year = Number(due.slice(0, 4));
  if (due.length === 10) return { form: "day", year, month: Number(due.slice(5, 7)), day: Number(due.slice(8)) };
  if (due[5] === "Q") return { form: "quarter", year, quarter: Number(due[6]) };
  if (due[4] === "/") return { form: "financial-year", year };
  return { form: "month", year, month: Number(due.slice(5)) };
}

/**
 * Why text shaped like a date is not one, for a message: 2015-02-30 or 2015-13-45 is not a real
 * date, 2017/19 not a real financial year; null when the text is not shaped like one at all.
 */
export function unrealDate(text: string): { what: string; hint: string } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return { what: "date", hint: "Check the day exists in that month (30 days hath September…)." };
  if (/^\d{4}-\d{2}$/.test(text)) return { what: "month", hint: "Write the month as 01 to 12, e.g. 2018-06." };
  if (/^\d{4}\/\d{2}$/.test(text)) {
    const year = Number(text.slice(0, 4));
    return {
      what: "financial year",
      hint: `A financial year is written with its second year's last two digits, e.g. ${year}/${_two((year + 1) % 100)}.`,
    };
  }
  return null;
}

function _two(n: number): string {
  return String(n).padStart(2, "0");
}
