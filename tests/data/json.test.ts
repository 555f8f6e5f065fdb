import { describe, expect, it } from "vitest";
import { STRATEGY_JSON_FORMAT, STRATEGY_JSON_VERSION, strategyJson } from "../../src/data/index.ts";
import { buildStrategy } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { CONTENT } from "../helpers/scratch.ts";
import { action, strategyFiles } from "./strategy-files.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

describe("strategy.json", () => {
  const derby = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health");
  if (!derby) throw new Error("the Derby strategy is missing from content/");
  const text = strategyJson(derby);
  const parsed = JSON.parse(text) as Record<string, unknown>;

  it("names its format and version and says whether the progress is illustrative", () => {
    expect(Object.keys(parsed).slice(0, 3)).toEqual(["format", "format_version", "illustrative"]);
    expect(parsed["format"]).toBe(STRATEGY_JSON_FORMAT);
    expect(parsed["format_version"]).toBe(STRATEGY_JSON_VERSION);
    expect(parsed["illustrative"]).toBe(true);
    expect(buildStrategy(strategyFiles([]), clockAt(AS_AT.handMade)).meta.illustrative).toBeUndefined();
    expect(JSON.parse(strategyJson(buildStrategy(strategyFiles([]), clockAt(AS_AT.handMade))))["illustrative"]).toBe(false);
  });

  it("round-trips to the whole model", () => {
    const { format: _f, format_version: _v, illustrative: _i, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(derby)));
    expect(strategyJson(JSON.parse(JSON.stringify(rest)))).toBe(text);
  });

  it("carries every action's derived progress and full history", () => {
    const actions = parsed["actions"] as { id: string; progress: unknown; history: unknown[] }[];
    expect(actions.map((a) => a.id)).toEqual(derby.actions.map((a) => a.id));
    for (const a of derby.actions) {
      const published = actions.find((x) => x.id === a.id);
      expect(published?.progress).toEqual(JSON.parse(JSON.stringify(a.progress)));
      expect(published?.history.length).toBe(a.updates?.length ?? 0);
    }
  });

  it("is indented text ending in a newline, with dates as written in the content", () => {
    const strategy = buildStrategy(strategyFiles([action("x1", [{ date: "2021-03-01", status: "complete", note: "Done → ŵ" }])]), clockAt(AS_AT.handMade));
    const out = strategyJson(strategy);
    expect(out.endsWith("}\n")).toBe(true);
    expect(out).toContain('"asAt": "2021-03-01"');
    expect(out).toContain("Done → ŵ");
    const progress = (JSON.parse(out) as { actions: { progress: { status: string; percent: number } }[] }).actions[0]?.progress;
    expect(progress).toMatchObject({ status: "complete", percent: 100 });
  });
});
