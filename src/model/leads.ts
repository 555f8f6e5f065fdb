import type { ActionContent, LeadContent, StrategyContent } from "./content.ts";

/** An organisation the strategy declares, as an action's lead names it. */
export interface LeadOrganisation {
  id: string;
  name: string;
}

/**
 * One lead of an action: a person, an organisation, both, or every partner together. A `lead`
 * written as free text (the older form) is kept as `text` when it names no declared organisation.
 */
export interface Lead {
  person: string | null;
  organisation: LeadOrganisation | null;
  allPartners: boolean;
  text: string | null;
}

/** What "all partners" is called wherever readers see it. */
export const ALL_PARTNERS = "All partners";

/**
 * An action's leads: its `leads` list, else its single `lead`. A `lead` that is a declared
 * organisation's id is that organisation, so its actions roll up with the others it leads; any
 * other text stays as written.
 */
export function leadsOf(
  action: Pick<ActionContent, "lead" | "leads">,
  organisations: StrategyContent["organisations"],
): Lead[] {
  const byId = new Map(organisations.map((o) => [o.id, { id: o.id, name: o.name }]));
  if (action.leads) return action.leads.map((l) => _lead(l, byId));
  const text = action.lead?.trim();
  if (!text) return [];
  const organisation = byId.get(text) ?? null;
  return [{ person: null, organisation, allPartners: false, text: organisation ? null : text }];
}

function _lead(written: LeadContent, byId: ReadonlyMap<string, LeadOrganisation>): Lead {
  if (written === "all-partners") return { person: null, organisation: null, allPartners: true, text: null };
  const id = written.organisation;
  // An unknown id is a validation error; were it to get this far, its id still names it.
  const organisation = id ? (byId.get(id) ?? { id, name: id }) : null;
  return { person: written.person ?? null, organisation, allPartners: false, text: null };
}

/** A lead in words: "Priya Shah, Northbury CCG", "Northbury Carers Centre", "All partners". */
export function leadLabel(lead: Lead): string {
  if (lead.allPartners) return ALL_PARTNERS;
  return [lead.person, lead.organisation?.name, lead.text].filter((p): p is string => Boolean(p)).join(", ");
}

/** Every lead of an action in words, one after another. */
export function leadsLabel(leads: readonly Lead[]): string {
  return leads.map(leadLabel).join("; ");
}

/**
 * Who an action's work is found under: each person once, whatever organisation is written beside
 * them; else the organisation; else the text. One person's actions are then together in one group.
 */
export function leadKey(lead: Lead): string {
  return lead.allPartners ? ALL_PARTNERS : (lead.person ?? lead.organisation?.name ?? lead.text ?? "");
}

/**
 * The organisations that lead an action, by name: who a progress return for the action goes to. A
 * lead with no organisation is its own (a person, free text, or all partners together).
 */
export function leadOrganisations(action: { leads: readonly Lead[] }): string[] {
  return [
    ...new Set(
      action.leads
        .map((l) => (l.allPartners ? ALL_PARTNERS : (l.organisation?.name ?? l.person ?? l.text ?? "")))
        .filter(Boolean),
    ),
  ];
}

/** Every lead organisation of a set of actions, in the order they first appear. */
export function allLeadOrganisations(actions: readonly { leads: readonly Lead[] }[]): string[] {
  return [...new Set(actions.flatMap(leadOrganisations))];
}
