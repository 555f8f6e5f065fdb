import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { run } from "../../src/cli.ts";
import { AS_AT } from "./clock.ts";
import { CONTENT, REPO } from "./scratch.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Derby site, built once for the whole run with the real CLI; tests only read it. */
    derbySite: string;
    /** The carers fixture's site (tests/fixtures/carers), built the same way: a strategy of another shape. */
    carersSite: string;
  }
}

/** Builds Derby once per run, so no test file pays for a whole-site build of its own just to read it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "sp-derby-"));
  const site = join(root, "_site");
  const messages: string[] = [];
  const code = await run(
    ["build", CONTENT, "--out", site, "--as-at", AS_AT.derby],
    { out: (t) => messages.push(t), err: (t) => messages.push(t) },
    REPO,
  );
  if (code !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`Derby did not build (exit ${code}):\n${messages.join("\n")}`);
  }
  project.provide("derbySite", site);
  const carers = join(root, "_carers");
  const carersCode = await run(
    ["build", join(REPO, "tests", "fixtures", "carers"), "--out", carers, "--as-at", AS_AT.carers],
    { out: (t) => messages.push(t), err: (t) => messages.push(t) },
    REPO,
  );
  if (carersCode !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`The carers fixture did not build (exit ${carersCode}):\n${messages.join("\n")}`);
  }
  project.provide("carersSite", carers);
  return () => rmSync(root, { recursive: true, force: true });
}
