import type { ContactContent, IsoDate, OrganisationContent, ReportContent, UpdateContent } from "./content.ts";
import { allLeadOrganisations, leadOrganisations } from "./leads.ts";
import { inPeriod } from "./periods.ts";
import { isClosed, statusAt } from "./status.ts";
import type { Action, Report, StrategyModel } from "./strategy.ts";

/** Where one lead organisation's progress return stands: every action it leads updated, some, or none. */
export const RETURN_STATES = ["returned", "partly", "not-returned"] as const;
export type ReturnState = (typeof RETURN_STATES)[number];

export const RETURN_STATE_LABELS: Record<ReturnState, string> = {
  returned: "returned",
  partly: "partly returned",
  "not-returned": "not returned",
};

/** One lead organisation's return for a report: the actions it was asked about and those it has updated. */
export interface OrganisationReturn {
  organisation: string;
  /** Who the return goes to: the contact of the declared organisation of that name or id, else null. */
  contact: ContactContent | null;
  actionIds: string[];
  updatedIds: string[];
  state: ReturnState;
}

/** The actions a report asks leads about: every action not already closed when its period began. */
export function actionsToReturn<A extends Pick<Action, "updates">>(
  actions: readonly A[],
  report: Pick<ReportContent, "period">,
): A[] {
  const before = _dayBefore(report.period.start);
  return actions.filter((a) => !isClosed(statusAt(a, before)));
}

/**
 * Whether an update is counted in a report: it names the report, or it names none and is dated
 * inside the report's period. How it got into the plan (a return imported, `update`, a hand edit)
 * does not matter, so the answer is the same however the returns were imported.
 */
export function countedIn(
  update: Pick<UpdateContent, "date" | "report">,
  report: Pick<ReportContent, "id" | "period">,
): boolean {
  return update.report !== undefined ? update.report === report.id : inPeriod(update.date, report.period);
}

/**
 * Each lead organisation's return for a report, in the order returns are written: returned when every
 * action it was asked about has an update counted in the report, partly when some have, not returned
 * when none has.
 */
export function returnsStatus(
  strategy: Pick<StrategyModel, "actions" | "meta">,
  report: Pick<Report, "id" | "period">,
): OrganisationReturn[] {
  const asked = actionsToReturn(strategy.actions, report);
  return allLeadOrganisations(asked).map((organisation) => {
    const actions = asked.filter((a) => leadOrganisations(a).includes(organisation));
    const updated = actions.filter((a) => (a.updates ?? []).some((u) => countedIn(u, report)));
    const state: ReturnState =
      updated.length === actions.length ? "returned" : updated.length > 0 ? "partly" : "not-returned";
    return {
      organisation,
      contact: organisationContact(strategy.meta.organisations, organisation),
      actionIds: actions.map((a) => a.id),
      updatedIds: updated.map((a) => a.id),
      state,
    };
  });
}

/**
 * The contact of the organisation a return goes to. Returns are addressed by the lead as the plan
 * writes it, so the declared organisation is found by its name, its id, or its id written out
 * ("Southern Derbyshire CCG" for southern-derbyshire-ccg).
 */
export function organisationContact(
  organisations: readonly OrganisationContent[],
  lead: string,
): ContactContent | null {
  const slug = lead
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const found = organisations.find((o) => o.name === lead || o.id === lead) ?? organisations.find((o) => o.id === slug);
  return found?.contact ?? null;
}

/** Whether a return deadline has passed on a day: the deadline itself is not late. */
export function returnsLate(report: Pick<ReportContent, "returns_due">, today: IsoDate): boolean {
  return report.returns_due !== undefined && report.returns_due < today;
}

function _dayBefore(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
