import type { ActionContent } from "./content.ts";

/**
 * The organisations that lead an action: who a progress return for the action goes to. Today an
 * action names one lead as free text, so the lead is its own organisation; when an action names
 * several leads, each with the organisation they belong to, this is the one place that changes.
 */
export function leadOrganisations(action: Pick<ActionContent, "lead">): string[] {
  const lead = action.lead.trim();
  return lead ? [lead] : [];
}

/** Every lead organisation of a set of actions, in the order they first appear. */
export function allLeadOrganisations(actions: readonly Pick<ActionContent, "lead">[]): string[] {
  return [...new Set(actions.flatMap(leadOrganisations))];
}
