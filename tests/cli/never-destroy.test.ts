import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MARKER } from "../../src/output/out-folder.ts";
import { canDropPrivileges, cli, spawnCli } from "../helpers/cli.ts";
import { FIXTURES } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";
import { hashTree } from "../site/build.ts";

/** A project folder as a user has it: the content in content/, a note of their own beside it. */
function project(): string {
  const dir = scratch("sp-project-");
  cpSync(join(FIXTURES, "mini"), join(dir, "content"), { recursive: true });
  writeFileSync(join(dir, "notes.txt"), "my own notes\n");
  return dir;
}

describe("build never replaces what a user made", () => {
  it("refuses --out . (the working folder) and leaves every file in place", async () => {
    const dir = project();
    const before = hashTree(dir);
    const said = await cli(["build", "content", "--out", "."], dir);
    expect(said.code).toBe(2);
    expect(said.text).toContain(
      "strategy-press: --out . is the folder you are working in; publishing there would delete it.",
    );
    expect(hashTree(dir)).toEqual(before);
  });

  it("refuses --out content (the content folder)", async () => {
    const dir = project();
    const before = hashTree(dir);
    const said = await cli(["build", "content", "--out", "content"], dir);
    expect(said.code).toBe(2);
    expect(said.text).toContain(
      "strategy-press: --out content is the content folder; publishing there would delete it.",
    );
    expect(hashTree(dir)).toEqual(before);
  });

  it("refuses a folder that holds the project (an ancestor)", async () => {
    const dir = project();
    const said = await cli(["build", "content", "--out", ".."], dir);
    expect(said.code).toBe(2);
    expect(said.text).toMatch(
      /--out \.\. holds the (content|project) folder|--out \.\. holds the folder you are working in/,
    );
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
  });

  it("refuses --out some-file and leaves the file as it was", async () => {
    const dir = project();
    const said = await cli(["build", "content", "--out", "notes.txt"], dir);
    expect(said.code).toBe(2);
    expect(said.text).toContain("--out notes.txt is a file, not a folder; publishing there would replace it.");
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("my own notes\n");
  });

  it("refuses a folder of someone else's files, builds into an empty one, and rebuilds its own", async () => {
    const dir = project();
    mkdirSync(join(dir, "photos"));
    writeFileSync(join(dir, "photos", "holiday.jpg"), "not a site");
    const refused = await cli(["build", "content", "--out", "photos"], dir);
    expect(refused.code).toBe(2);
    expect(refused.text).toContain(
      `--out photos holds files Strategy Press did not write (it has no ${MARKER} file); publishing there would delete them.`,
    );
    expect(readdirSync(join(dir, "photos"))).toEqual(["holiday.jpg"]);

    mkdirSync(join(dir, "empty"));
    expect((await cli(["build", "content", "--out", "empty"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "empty", MARKER), "utf8")).toContain("Strategy Press");
    const again = await cli(["build", "content", "--out", "empty"], dir);
    expect(again.code, again.text).toBe(0);
  });

  it("cleans up the temporary folders of killed builds at the next build, whatever their PID", async () => {
    const dir = project();
    // A build killed in a container that reused this process's PID, and one whose process has gone.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    for (const leftover of [
      `_site.building-${process.pid}`,
      `_site.previous-${process.pid}`,
      `_site.building-${gone}`,
      `_site.previous-${gone}-0a1b2c3d`,
    ]) {
      mkdirSync(join(dir, leftover, "deep"), { recursive: true });
      writeFileSync(join(dir, leftover, "deep", "index.html"), "half a site");
    }
    const said = await cli(["build", "content", "--out", "_site"], dir);
    expect(said.code, said.text).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["_site", "content", "notes.txt"]);
  });

  it.runIf(canDropPrivileges())(
    "publishes into a read-only _site without an internal error (it was exit 70)",
    async () => {
      const dir = project();
      chmodSync(dir, 0o777);
      // Published once here, then made read-only: the unprivileged build below may not write into it.
      expect((await cli(["build", "content", "--out", "_site"], dir)).code).toBe(0);
      spawnSync("chmod", ["-R", "a-w", join(dir, "_site")]);
      const said = await spawnCli(["build", "content", "--out", "_site"], dir, { asNobody: true });
      expect(said.text).not.toContain("internal error");
      expect(said.code, said.text).toBe(0);
      expect(existsSync(join(dir, "_site", MARKER))).toBe(true);
      spawnSync("chmod", ["-R", "u+w", dir]);
    },
  );

  it.runIf(canDropPrivileges())(
    "says plainly when the output folder may not be written (exit 3), and changes nothing",
    async () => {
      const dir = project();
      chmodSync(dir, 0o555);
      const said = await spawnCli(["build", "content", "--out", "_site"], dir, { asNobody: true });
      chmodSync(dir, 0o755);
      expect(said.text).not.toContain("internal error");
      expect(said.text).toMatch(
        /^strategy-press: could not (create the folder|use) .*_site.*: permission denied \(EACCES\)$/m,
      );
      expect(said.code).toBe(3);
    },
  );
});
