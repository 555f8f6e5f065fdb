import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { DERBY, build, copyContent, hashTree, scratch } from "./build.ts";

const PLAN = join(DERBY, "plan.yaml");
const REMOVED = "a16-choice-and-control";

function editPlan(content: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = join(content, PLAN);
  const doc = parseDocument(readFileSync(path, "utf8"));
  change(doc);
  writeFileSync(path, stringify(doc));
}

const outsideSearch = (file: string) => file.startsWith("pagefind/");

let content: string;
let out: string;

beforeAll(async () => {
  content = copyContent();
  out = join(scratch("sp-rebuild-"), "_site");
  const first = await build(content, out);
  expect(first.code, first.messages.join("\n")).toBe(0);
});

describe("building again", () => {
  it("gives byte-identical output for the same content (search index aside)", async () => {
    const again = await build(content);
    expect(again.code).toBe(0);
    const a = hashTree(out, outsideSearch);
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(hashTree(again.outDir, outsideSearch)).toEqual(a);
  });

  it("leaves the previous site byte-identical when the content has an error, and says so", async () => {
    const before = hashTree(out);
    const broken = copyContent();
    editPlan(broken, (d) => d.setIn(["actions", 0, "themes"], ["no-such-theme"]));
    const result = await build(broken, out);
    expect(result.code).toBe(1);
    expect(result.messages.join("\n")).toMatch(/plan\.yaml:\d+:\d+: error: .*no-such-theme/);
    expect(hashTree(out)).toEqual(before);
  });

  it("leaves no page, link or sitemap entry for an action removed from the plan", async () => {
    const page = join(out, DERBY, "actions", REMOVED, "index.html");
    expect(existsSync(page)).toBe(true);
    editPlan(content, (d) => {
      const actions = d.get("actions") as { items: { get(key: string): unknown }[] };
      const index = actions.items.findIndex((a) => a.get("id") === REMOVED);
      expect(index).toBeGreaterThan(-1);
      d.deleteIn(["actions", index]);
    });
    const result = await build(content, out);
    expect(result.code, result.messages.join("\n")).toBe(0);
    expect(existsSync(page)).toBe(false);
    expect(readFileSync(join(out, DERBY, "actions", "index.html"), "utf8")).not.toContain(REMOVED);
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).not.toContain(REMOVED);
  });
});
