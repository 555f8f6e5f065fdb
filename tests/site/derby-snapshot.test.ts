import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readModel } from "../../src/pipeline.ts";
import { derbySite, hashTree, REPO } from "./build.ts";

/**
 * Derby's published output, pinned: the list of every file the build writes with a hash of its
 * bytes, and the model's JSON. A change that should not alter what readers see (a faster lookup, a
 * compiled start) must leave both exactly as they are. A deliberate change to the content, the
 * templates or the model changes them on purpose: regenerate the snapshots with
 * `npx vitest run tests/site/derby-snapshot.test.ts -u` and review the diff before committing it.
 */
const SNAPSHOTS = join(import.meta.dirname, "__snapshots__");
let outDir = "";

// The run's one Derby build (tests/helpers/global-setup.ts), made with the real CLI: read, never changed.
beforeAll(async () => {
  outDir = await derbySite();
});

describe("Derby's output stays byte-identical", () => {
  it("writes the same files with the same bytes", async () => {
    // Pagefind's index is made from the pages (pinned here) by a tool of its own: its file names are
    // left out so an upgrade of Pagefind alone does not read as a change to the site.
    const hashes = hashTree(outDir, (file) => file.startsWith("pagefind/"));
    const listing = Object.entries(hashes)
      .map(([file, hash]) => `${hash.slice(0, 16)}  ${file}`)
      .join("\n");
    await expect(`${listing}\n`).toMatchFileSnapshot(join(SNAPSHOTS, "derby-files.txt"));
  });

  it("builds the same model", async () => {
    const { model } = readModel(join(REPO, "content"));
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot(join(SNAPSHOTS, "derby-model.json"));
  });
});
