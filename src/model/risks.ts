import { inDateOrder } from "./dates.ts";
import type { IsoDate, RiskContent, RiskReviewContent, RiskScore, RiskStatus } from "./content.ts";

export type RiskRating = "low" | "moderate" | "high" | "extreme";

/** A score with its rating: likelihood × impact on the usual 5 × 5 matrix. */
export interface RatedScore extends RiskScore {
  score: number;
  rating: RiskRating;
}

/**
 * The rating bands of the 5 × 5 matrix used across the NHS and local government:
 * 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme (7, 13 and 14 cannot occur).
 */
export function rate(score: RiskScore): RatedScore {
  const product = score.likelihood * score.impact;
  const rating: RiskRating = product >= 15 ? "extreme" : product >= 8 ? "high" : product >= 4 ? "moderate" : "low";
  return { likelihood: score.likelihood, impact: score.impact, score: product, rating };
}

/** A risk as the register stood at a date. */
export interface Risk {
  /** Its place in the whole register, from 1: "R3" stays R3 in every report. */
  number: number;
  id: string;
  title: string;
  description: string | null;
  owner: string;
  raised: IsoDate;
  before: RatedScore;
  /** The rating after mitigation: the latest review's, else the one first recorded. */
  after: RatedScore;
  mitigation: string;
  actionIds: string[];
  status: RiskStatus;
  /** Reviews up to the date, oldest first. */
  reviews: RiskReviewContent[];
}

/** The register at `date`: risks raised by then, each with only the reviews made by then, in file order. */
export function risksAt(risks: readonly RiskContent[], date: IsoDate): Risk[] {
  return risks.flatMap((r, i) => {
    if (r.raised > date) return [];
    const reviews = inDateOrder((r.reviews ?? []).filter((v) => v.date <= date));
    let after: RiskScore = r.after_mitigation;
    let status: RiskStatus = r.status ?? "open";
    for (const v of reviews) {
      after = { likelihood: v.likelihood ?? after.likelihood, impact: v.impact ?? after.impact };
      status = v.status ?? status;
    }
    return [
      {
        number: i + 1,
        id: r.id,
        title: r.title,
        description: r.description ?? null,
        owner: r.owner,
        raised: r.raised,
        before: rate(r.before_mitigation),
        after: rate(after),
        mitigation: r.mitigation,
        actionIds: r.actions ?? [],
        status,
        reviews,
      },
    ];
  });
}
