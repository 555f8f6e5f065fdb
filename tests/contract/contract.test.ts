import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contractFiles } from "../../src/contract/write.ts";
import { ACTION_KINDS, DECISION_OUTCOMES, HORIZONS, RISK_STATUSES, STATUSES } from "../../src/model/content.ts";
import { DAY_PATTERN, DUE_PATTERN } from "../../src/model/due.ts";
import { compileValidators, SCHEMA_DIR } from "../../src/validate/schemas.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const schemaText = (name: string) => readFileSync(join(SCHEMA_DIR, name), "utf8");
const schema = (name: string) => JSON.parse(schemaText(name)) as unknown;
/** The value at a path of keys in a schema read as plain JSON. */
const at = (name: string, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], schema(name));

describe("the schemas are the one statement of the content contract", () => {
  it("has the content types and the docs' field tables as `npm run compile` writes them from the schemas", async () => {
    for (const { path, text } of await contractFiles()) {
      expect(readFileSync(path, "utf8"), `${relative(ROOT, path)} differs from the schemas: run npm run compile`).toBe(
        text,
      );
    }
  }, 60_000);

  it("writes the due-date grammar once: the schema's patterns are due.ts's", () => {
    expect(at("common.schema.json", "$defs", "due", "pattern")).toBe(DUE_PATTERN);
    expect(at("common.schema.json", "$defs", "date", "pattern")).toBe(DAY_PATTERN);
  });

  it("lists each set of words the code keeps exactly as the schema's enum does", () => {
    expect(at("plan.schema.json", "$defs", "update", "properties", "status", "enum")).toEqual([...STATUSES]);
    expect(at("plan.schema.json", "$defs", "action", "properties", "horizon", "enum")).toEqual([...HORIZONS]);
    expect(at("plan.schema.json", "$defs", "action", "properties", "kind", "enum")).toEqual([...ACTION_KINDS]);
    expect(at("reports.schema.json", "$defs", "decision", "properties", "decision", "enum")).toEqual([
      ...DECISION_OUTCOMES,
    ]);
    expect(at("risks.schema.json", "$defs", "risk", "properties", "status", "enum")).toEqual([...RISK_STATUSES]);
  });
});

describe("the schemas in an editor", () => {
  const names = readdirSync(SCHEMA_DIR).filter((n) => n.endsWith(".schema.json"));

  it("gives each schema an id no web server answers for, so editors resolve them offline", () => {
    for (const name of names) expect(at(name, "$id"), name).toBe(name);
  });

  it("types every enum, so completion fills a new entry's required fields, and words every pattern's failure", () => {
    for (const name of names) {
      const walk = (node: unknown, at: string): void => {
        if (node === null || typeof node !== "object") return;
        const n = node as Record<string, unknown>;
        if (n["enum"]) expect(n["type"], `${name} ${at}: an enum without a type`).toBe("string");
        if (n["pattern"])
          expect(typeof n["patternErrorMessage"], `${name} ${at}: a pattern without words for its failure`).toBe(
            "string",
          );
        for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
      };
      walk(schema(name), "#");
    }
  });

  it("refuses impossible days by pattern alone, as an editor checks them", () => {
    const day = new RegExp(DAY_PATTERN);
    const due = new RegExp(DUE_PATTERN);
    for (const bad of ["2015-13-45", "2014-02-30", "2015-02-29", "1900-02-29", "2015-04-31", "2015-00-10"])
      expect(day.test(bad), bad).toBe(false);
    for (const good of ["2016-02-29", "2000-02-29", "2015-12-31", "2015-04-30"])
      expect(day.test(good), good).toBe(true);
    for (const bad of ["2017/19", "2018-13", "2017-Q5", "2014-02-30", "Q3 2017"])
      expect(due.test(bad), bad).toBe(false);
    for (const good of ["2017/18", "2099/00", "2018-06", "2017-Q3", "2018-06-30", "ongoing"])
      expect(due.test(good), good).toBe(true);
    const plan = compileValidators().plan;
    expect(plan({ actions: [{ id: "a", title: "A", due: "2018-06", start: "2014-02-30" }] })).toBe(false);
    expect(plan.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([["/actions/0/start", "pattern"]]);
  });

  it("starts every content file with a modeline that leads to the schema of its kind", () => {
    const yamlFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith(".yaml") ? [path] : [];
      });
    const files = [...yamlFiles(join(ROOT, "content")), ...yamlFiles(join(ROOT, "tests", "fixtures"))];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(file, "utf8"))?.[1];
      if (!modeline) continue;
      const target = resolve(dirname(file), modeline);
      expect(existsSync(target), `${relative(ROOT, file)}: ${modeline} leads nowhere`).toBe(true);
      const kind = /[\\/]themes[\\/][^\\/]+$/.test(file)
        ? "theme"
        : /[\\/]plan[\\/][^\\/]+$/.test(file)
          ? "actions"
          : file.replace(/^.*[\\/]/, "").replace(/\.yaml$/, "");
      expect(target, relative(ROOT, file)).toBe(join(resolve(SCHEMA_DIR), `${kind}.schema.json`));
    }
  });
});
