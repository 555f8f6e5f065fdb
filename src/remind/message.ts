import {
  counted,
  longDate,
  returnsLate,
  type OrganisationReturn,
  type Report,
  type StrategyModel,
} from "../model/index.ts";

/** One reminder, ready to send or to write as an .eml file. */
export interface Reminder {
  organisation: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  replyTo?: string;
  attachment: { filename: string; content: Uint8Array };
}

/**
 * The reminder to an organisation that has not returned: who it is to, what is asked, by when, and its
 * return attached. Every sentence comes from the report and the model's rule for who has returned;
 * the deadline is said as passed only when it has (`today`).
 */
export function reminder(
  strategy: StrategyModel,
  report: Report,
  status: OrganisationReturn & { contact: NonNullable<OrganisationReturn["contact"]> },
  attachment: Reminder["attachment"],
  today: string,
): Reminder {
  const name = strategy.meta.short_title ?? strategy.meta.title;
  const due = report.returns_due
    ? returnsLate(report, today)
      ? `It was due on ${longDate(report.returns_due)}.`
      : `It is due by ${longDate(report.returns_due)}.`
    : "";
  const actions = counted(status.actionIds.length, strategy.words.action);
  const replyTo = report.contact?.email;
  const signature = report.author ? [report.author.name, report.author.role].filter(Boolean).join(", ") : "";
  const text = [
    `Dear ${status.contact.name},`,
    "",
    `No progress has been returned yet from ${status.organisation} on the ${actions} it leads for report ${report.id} of ${strategy.meta.title}: "${report.title}", covering ${longDate(report.period.start)} to ${longDate(report.period.end)}. ${due}`.trimEnd(),
    "",
    `Your return is attached (${attachment.filename}). For each ${strategy.words.action.lower}, please fill in the shaded columns (the new status, percent complete, and a note on what happened and what comes next) and send it back${replyTo ? ` to ${replyTo}` : ""}.`,
    ...(signature ? ["", signature] : []),
    "",
  ].join("\n");
  return {
    organisation: status.organisation,
    to: { name: status.contact.name, address: status.contact.email },
    subject: `${name}: progress return for report ${report.id}${report.returns_due ? `, due ${longDate(report.returns_due)}` : ""}`,
    text,
    ...(replyTo ? { replyTo } : {}),
    attachment,
  };
}
