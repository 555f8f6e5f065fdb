import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { actionsCsv, risksCsv, updatesCsv } from "../../src/data/index.ts";
import type { StrategyModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";

let derby: StrategyModel;
const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

beforeAll(() => {
  derby = readModel(join(import.meta.dirname, "..", "..", "content")).model.strategies[0] as StrategyModel;
});

describe("the board's records in the open data", () => {
  it("gives both due dates of a revised action, and the decision that revised it", () => {
    const a01 = rows(actionsCsv(derby)).find((r) => r["id"] === "a01-generic-model");
    expect(a01).toMatchObject({
      due: "2015-06-30",
      original_due: "2015-03-31",
      revised_due: "2015-06-30",
      revised_by: "report 2015-03 recommendation 4, 2015-03-19",
      overdue: "yes",
    });
    expect(rows(actionsCsv(derby)).find((r) => r["id"] === "a02-board-commitment")).toMatchObject({
      revised_due: "",
      revised_by: "",
    });
  });

  it("carries each update's reason, recovery action, proposed date and request", () => {
    const update = rows(updatesCsv(derby)).find(
      (r) => r["action_id"] === "a01-generic-model" && r["date"] === "2015-08-12",
    );
    expect(update).toMatchObject({ proposed_due: "2015-12-31" });
    expect(update?.["recovery"]).toContain("clinical reference group on 8 October");
    expect(update?.["request"]).toContain("Approve a further revised due date");
  });

  it("publishes the risk register, rated in numbers and words", () => {
    const risks = rows(risksCsv(derby));
    expect(risks).toHaveLength(7);
    expect(risks[1]).toMatchObject({
      id: "r02-county-lead",
      number: "2",
      score_before: "12",
      rating_before: "high",
      likelihood_after: "4",
      score_after: "12",
      rating_after: "high",
      actions: "a09-cross-boundary-working",
      last_review_date: "2015-08-20",
    });
  });
});
