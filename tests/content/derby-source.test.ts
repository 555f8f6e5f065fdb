import { describe, expect, it } from "vitest";
import { STATUSES } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { CONTENT } from "../helpers/scratch.ts";
import { readSource } from "./_source.ts";

/** Every item of the council's document is in the YAML, in order and in the council's own words. */
describe("the Derby content against its source document", () => {
  const source = readSource();
  const { model } = readModel(CONTENT);
  const derby = model.strategies.find((s) => s.id === "derby-mental-health");
  if (!derby) throw new Error("the Derby strategy did not load");

  it("has the four purposes and thirteen principles", () => {
    expect(source.purposes).toHaveLength(4);
    expect(source.principles).toHaveLength(13);
    expect(derby.meta.purpose?.items).toEqual(source.purposes);
    expect(derby.meta.principles?.items).toEqual(source.principles);
  });

  it("has the six key drivers, with the implications of the first", () => {
    expect(derby.drivers).toHaveLength(source.drivers.length);
    expect(source.drivers).toHaveLength(6);
    derby.drivers.forEach((d, i) => expect(source.drivers[i]).toContain(d.title));
    expect(derby.drivers[0]?.implications).toEqual(source.implications);
  });

  it("has the thirteen other policy documents and thirty messages", () => {
    expect(source.policyDocuments).toHaveLength(13);
    expect(derby.policyDocuments.items.map((p) => p.title)).toHaveLength(13);
    derby.policyDocuments.items.forEach((p, i) => expect(source.policyDocuments[i]?.startsWith(p.title)).toBe(true));
    expect(source.messages).toHaveLength(30);
    expect(derby.messages?.items).toEqual(source.messages);
  });

  it("has the ten themes with every issue and current initiative", () => {
    expect(source.themes).toHaveLength(10);
    expect(derby.themes.map((t) => t.title)).toEqual(source.themes.map((t) => t.title));
    derby.themes.forEach((theme, i) => {
      expect(theme.issues, theme.title).toEqual(source.themes[i]?.issues);
      expect(theme.initiatives.map((x) => x.text), theme.title).toEqual(source.themes[i]?.initiatives);
    });
    expect(derby.counts.initiatives).toBe(26);
    expect(derby.themes.find((t) => t.id === "technology")?.initiatives).toEqual([]);
  });

  it("has the twelve current-model statements, sixteen actions and twelve desired-model statements", () => {
    expect(derby.currentModel?.statements.map((s) => s.text)).toEqual(source.currentModel);
    expect(derby.actions.map((a) => a.title)).toEqual(source.actions);
    expect(derby.desiredModel?.statements.map((s) => s.text)).toEqual(source.desiredModel);
    expect([source.currentModel.length, source.actions.length, source.desiredModel.length]).toEqual([12, 16, 12]);
  });

  it("ties every action to a theme, a driver and the statements it moves between", () => {
    for (const a of derby.actions) {
      expect(a.themes.length, a.id).toBeGreaterThan(0);
      expect(a.drivers.length, a.id).toBeGreaterThan(0);
      expect((a.from ?? []).length + (a.towards ?? []).length, a.id).toBeGreaterThan(0);
    }
  });

  it("is marked illustrative, with progress that shows every status, overdue and stale actions", () => {
    expect(derby.meta.illustrative).toBe(true);
    expect(derby.reports.map((r) => r.id)).toEqual(["2015-03", "2015-09"]);
    const latest = derby.latestReport;
    expect(STATUSES.every((s) => (latest?.tally.byStatus[s] ?? 0) > 0)).toBe(true);
    expect(latest?.tally.overdue).toBeGreaterThanOrEqual(2);
    expect(latest?.tally.stale).toBeGreaterThanOrEqual(2);
    expect(derby.actions.every((a) => (a.updates ?? []).length > 0)).toBe(true);
  });
});
