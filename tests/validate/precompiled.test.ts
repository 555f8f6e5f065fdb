import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileValidators, validatorsSource } from "../../src/validate/schemas.ts";
import { FIXTURES, MINI } from "../helpers/content.ts";
import { REPO } from "../helpers/scratch.ts";

type Validator = ((data: unknown) => boolean) & { errors?: unknown };

// Written inside the repository, so the generated code finds ajv and ajv-formats as dist/validators.cjs does.
const file = join(REPO, "tests", ".output", `validators-${process.pid}.cjs`);
afterAll(() => rmSync(file, { force: true }));

/**
 * The validators `npm run compile` writes out must report exactly what compiling the schemas at run
 * time reports, or a mistake would read differently depending on how the command was started.
 */
describe("validators compiled ahead of time", () => {
  it("give the same errors as the schemas compiled at run time", () => {
    mkdirSync(join(REPO, "tests", ".output"), { recursive: true });
    writeFileSync(file, validatorsSource());
    const ahead = (createRequire(import.meta.url)(file) as Record<string, Validator>)["plan"];
    const now = compileValidators().plan;
    const plan = parse(readFileSync(join(FIXTURES, "mini", MINI, "plan.yaml"), "utf8")) as {
      actions: Record<string, unknown>[];
    };
    expect(ahead?.(plan)).toBe(true);

    const first = plan.actions[0] as Record<string, unknown>;
    Object.assign(first, { horizon: "soon", due: "2015-02-30x", laed: "Someone" });
    delete first["title"];
    expect(now(plan)).toBe(false);
    expect(ahead?.(plan)).toBe(false);
    expect(ahead?.errors).toEqual(now.errors);
    expect((now.errors as unknown[]).map((e) => (e as { keyword: string }).keyword).sort()).toEqual([
      "additionalProperties",
      "enum",
      "pattern",
      "required",
    ]);
  });
});
