import { describe, expect, it } from "vitest";
import { rate, risksAt, type RiskContent } from "../../src/model/index.ts";

describe("risk ratings", () => {
  it("rate likelihood × impact in the 5 × 5 matrix's bands, at their edges", () => {
    const band = (likelihood: number, impact: number) =>
      `${rate({ likelihood, impact }).score} ${rate({ likelihood, impact }).rating}`;
    expect([band(1, 3), band(2, 2), band(2, 3), band(2, 4), band(3, 4), band(3, 5), band(5, 5)]).toEqual([
      "3 low",
      "4 moderate",
      "6 moderate",
      "8 high",
      "12 high",
      "15 extreme",
      "25 extreme",
    ]);
  });
});

describe("the register at a date", () => {
  const risk: RiskContent = {
    id: "k1",
    title: "Funding ends",
    owner: "CCG",
    raised: "2015-01-10",
    mitigation: "Bid.",
    before_mitigation: { likelihood: 4, impact: 4 },
    after_mitigation: { likelihood: 3, impact: 4 },
    reviews: [
      { date: "2015-06-01", note: "Funded for a year.", likelihood: 1 },
      { date: "2015-12-01", note: "Funded for good.", status: "closed" },
    ],
  };
  const later: RiskContent = { ...risk, id: "k2", raised: "2015-07-01", reviews: [] };

  it("holds only the risks raised by then, numbered by their place in the whole register", () => {
    expect(risksAt([later, risk], "2015-01-09")).toEqual([]);
    expect(risksAt([later, risk], "2015-03-01").map((r) => `R${r.number} ${r.id}`)).toEqual(["R2 k1"]);
  });

  it("rates after mitigation by the latest review by then, and takes its status from it", () => {
    expect(risksAt([risk], "2015-05-31")[0]).toMatchObject({
      after: { score: 12, rating: "high" },
      status: "open",
      reviews: [],
    });
    expect(risksAt([risk], "2015-06-01")[0]).toMatchObject({
      after: { likelihood: 1, impact: 4, score: 4, rating: "moderate" },
      status: "open",
    });
    expect(risksAt([risk], "2016-01-01")[0]).toMatchObject({ after: { score: 4 }, status: "closed" });
    expect(risksAt([risk], "2016-01-01")[0]?.before).toEqual({
      likelihood: 4,
      impact: 4,
      score: 16,
      rating: "extreme",
    });
  });
});
