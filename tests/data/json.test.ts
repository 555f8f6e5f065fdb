import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  STRATEGY_JSON_FORMAT,
  STRATEGY_JSON_SCHEMA,
  STRATEGY_JSON_VERSION,
  strategyJson,
} from "../../src/data/index.ts";
import { buildStrategy, type StrategyModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { FIXTURES } from "../helpers/content.ts";
import { CONTENT, REPO } from "../helpers/scratch.ts";
import { action, strategyFiles } from "./strategy-files.ts";
import { AS_AT, clockAt, fixtureClock } from "../helpers/clock.ts";

const require = createRequire(import.meta.url);
const { Ajv2020 } = require("ajv/dist/2020.js") as {
  Ajv2020: new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown[] } };
};
const schema = JSON.parse(readFileSync(join(REPO, STRATEGY_JSON_SCHEMA), "utf8")) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Every content folder the tests keep (each fixture, Derby's), with its strategies. */
const folders = [
  CONTENT,
  ...readdirSync(FIXTURES)
    .map((n) => join(FIXTURES, n))
    .filter((d) => statSync(d).isDirectory() && readdirSync(d).includes("site.yaml")),
];
const strategies: StrategyModel[] = folders.flatMap(
  (dir) => readModel(dir, process.cwd(), { clock: fixtureClock(dir) }).model.strategies,
);

describe("strategy.json, open data format 2", () => {
  it("validates against its published schema for Derby, the carers fixture and every other fixture", () => {
    expect(strategies.map((s) => s.id)).toEqual(expect.arrayContaining(["derby-mental-health", "carers-strategy"]));
    expect(folders.length).toBeGreaterThanOrEqual(5);
    for (const strategy of strategies) {
      const ok = validate(JSON.parse(strategyJson(strategy)));
      expect(validate.errors ?? [], strategy.id).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("names its format, its version and its schema, whose file carries the major version", () => {
    const parsed = JSON.parse(strategyJson(strategies[0] as StrategyModel)) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 5)).toEqual(["format", "format_version", "schema", "illustrative", "as_at"]);
    expect(parsed["format"]).toBe(STRATEGY_JSON_FORMAT);
    expect(parsed["format_version"]).toBe(STRATEGY_JSON_VERSION);
    expect(parsed["schema"]).toBe(`../${STRATEGY_JSON_SCHEMA}`);
    expect(STRATEGY_JSON_SCHEMA).toContain(`strategy-${STRATEGY_JSON_VERSION.split(".")[0]}.schema.json`);
  });

  it("is snake_case facts: no presentation strings, no model-only fields, nothing said twice", () => {
    const text = strategyJson(strategies.find((s) => s.id === "derby-mental-health") as StrategyModel);
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v === null || typeof v !== "object") return;
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        walk(x);
      }
    };
    walk(JSON.parse(text));
    for (const key of keys) expect(key, key).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const presentation of [
      "dueLabel",
      "label",
      "tally",
      "rollups",
      "history",
      "words",
      "colour",
      "trend",
      "statusLabel",
    ])
      expect(keys.has(presentation), presentation).toBe(false);
    // The published format is not the model: smaller, and mapped field by field.
    expect(text.length).toBeLessThan(JSON.stringify(strategies[0]).length);
  });

  it("keeps each action's updates oldest first with its derived progress, and the due date as written beside the one in force", () => {
    const derby = strategies.find((s) => s.id === "derby-mental-health") as StrategyModel;
    const actions = (
      JSON.parse(strategyJson(derby)) as {
        actions: {
          id: string;
          due: string;
          due_in_force: string;
          updates: { date: string }[];
          progress: { status: string; percent: number | null };
        }[];
      }
    ).actions;
    expect(actions.map((a) => a.id)).toEqual(derby.actions.map((a) => a.id));
    for (const a of derby.actions) {
      const published = actions.find((x) => x.id === a.id);
      expect(published?.updates.map((u) => u.date)).toEqual((a.updates ?? []).map((u) => u.date));
      expect(published?.progress).toMatchObject({ status: a.progress.status, percent: a.progress.percent });
      expect(published?.due).toBe(a.dueAt.original);
      expect(published?.due_in_force).toBe(a.dueAt.due);
    }
  });

  it("is indented text ending in a newline, with dates as written and the progress as at the last thing recorded", () => {
    const strategy = buildStrategy(
      strategyFiles([action("x1", [{ date: "2021-03-01", status: "complete", note: "Done → ŵ" }])]),
      clockAt(AS_AT.handMade),
    );
    const out = strategyJson(strategy);
    expect(out.endsWith("}\n")).toBe(true);
    expect(out).toContain('"as_at": "2021-03-01"');
    expect(out).toContain("Done → ŵ");
    expect(JSON.parse(out).illustrative).toBe(false);
    expect((JSON.parse(out) as { actions: { progress: unknown }[] }).actions[0]?.progress).toMatchObject({
      status: "complete",
      percent: 100,
    });
  });
});
