import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli.ts";
import { loadContent } from "../../src/load/content-folder.ts";
import { buildSite } from "../../src/model/index.ts";
import { validateContent } from "../../src/validate/index.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";
import { copyFixture, headlines, MINI } from "../helpers/content.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The mini fixture with its second action moved out of plan.yaml into plan/02-campaigns.yaml. */
function splitFixture(): string {
  const dir = copyFixture();
  made.push(dir);
  const planPath = join(dir, MINI, "plan.yaml");
  const plan = readFileSync(planPath, "utf8");
  const at = plan.indexOf("  - id: a02-stigma");
  writeFileSync(planPath, plan.slice(0, at));
  mkdirSync(join(dir, MINI, "plan"));
  writeFileSync(
    join(dir, MINI, "plan", "02-campaigns.yaml"),
    `# yaml-language-server: $schema=../../../../../../schemas/actions.schema.json\nactions:\n${plan.slice(at)}`,
  );
  return dir;
}

const quiet = () => ({ out: () => {}, err: () => {} });

describe("a plan split over files under plan/", () => {
  it("validates and models the actions in plan order: plan.yaml's first, then each file by name", () => {
    const dir = splitFixture();
    expect(headlines(dir)).toEqual([]);
    const content = validateContent(loadContent(dir, dir)).content;
    const strategy = content && buildSite(content.site, content.strategies, clockAt(AS_AT.mini)).strategies[0];
    expect(strategy?.actions.map((a) => `${a.number} ${a.id}`)).toEqual(["1 a01-community", "2 a02-stigma"]);
  });

  it("reports a mistake in a plan file at its own file, line and column", () => {
    const dir = splitFixture();
    const file = join(dir, MINI, "plan", "02-campaigns.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("themes: [inclusion]", "themes: [inclusoin]"));
    expect(headlines(dir)).toEqual([
      `${MINI}/plan/02-campaigns.yaml:6:14: error: theme "inclusoin" does not exist`,
      `${MINI}/themes/01-inclusion.yaml:2:5: warning: no action serves the theme "inclusion"`,
    ]);
  });

  it("finds an id used twice across files", () => {
    const dir = splitFixture();
    const file = join(dir, MINI, "plan", "02-campaigns.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("id: a02-stigma", "id: a01-community"));
    expect(headlines(dir)).toContain(
      `${MINI}/plan/02-campaigns.yaml:3:9: error: id "a01-community" is already used by the action at ${MINI}/plan.yaml:13:9`,
    );
  });

  it("says so when no file holds any action", () => {
    const dir = splitFixture();
    rmSync(join(dir, MINI, "plan"), { recursive: true });
    const planPath = join(dir, MINI, "plan.yaml");
    writeFileSync(planPath, readFileSync(planPath, "utf8").replace(/actions:[\s\S]*$/, ""));
    expect(headlines(dir)).toContain(`${MINI}/plan.yaml:2:1: error: the plan has no actions`);
  });

  it("update appends to the file that holds the action and leaves plan.yaml alone", async () => {
    const dir = splitFixture();
    const planBefore = readFileSync(join(dir, MINI, "plan.yaml"), "utf8");
    const messages: string[] = [];
    const code = await run(
      [
        "update",
        MINI,
        "a02-stigma",
        "--content",
        dir,
        "--status",
        "on-track",
        "--note",
        "Campaign planned",
        "--date",
        "2014-11-03",
      ],
      { out: (t) => messages.push(t), err: (t) => messages.push(t) },
      dir,
    );
    expect(messages).toEqual([
      `✓ a02-stigma: on-track on 2014-11-03, counted in report r1 — added to ${MINI}/plan/02-campaigns.yaml`,
    ]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, MINI, "plan.yaml"), "utf8")).toBe(planBefore);
    expect(readFileSync(join(dir, MINI, "plan", "02-campaigns.yaml"), "utf8")).toContain(
      "    updates:\n      - date: 2014-11-03\n        status: on-track\n",
    );
    expect(headlines(dir)).toEqual([]);
    expect(
      await run(
        [
          "update",
          MINI,
          "a01-community",
          "--content",
          dir,
          "--status",
          "complete",
          "--note",
          "Done",
          "--date",
          "2014-12-20",
        ],
        quiet(),
        dir,
      ),
    ).toBe(0);
    expect(readFileSync(join(dir, MINI, "plan.yaml"), "utf8")).toContain("        status: complete\n");
  });

  it("refuses a plan file over the size cap with a hint that says how to split it", () => {
    const dir = splitFixture();
    const planPath = join(dir, MINI, "plan.yaml");
    writeFileSync(planPath, `${readFileSync(planPath, "utf8")}# ${"x".repeat(4 * 1024 * 1024)}\n`);
    const problem = validateContent(loadContent(dir, dir)).diagnostics.find((d) => d.file === `${MINI}/plan.yaml`);
    expect(problem?.message).toBe("the file is 4097 KiB; content files may be at most 4 MiB");
    expect(problem?.hint).toMatch(/^Split the actions over several files under plan\/ \(plan\/01-….yaml/);
  });
});

describe("validating a split plan twice", () => {
  it("gives the same diagnostics each time: a plan file's problems are not kept between runs", () => {
    const dir = splitFixture();
    const file = join(dir, MINI, "plan", "02-campaigns.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("themes: [inclusion]", "themes: [inclusoin]"));
    const loaded = loadContent(dir, dir);
    const first = validateContent(loaded).diagnostics;
    expect(validateContent(loaded).diagnostics).toEqual(first);
    expect(first.filter((d) => d.file.endsWith("02-campaigns.yaml"))).toHaveLength(1);
  });
});
