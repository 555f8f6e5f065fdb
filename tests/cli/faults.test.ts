import { createServer } from "node:net";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cli, spawnCli } from "../helpers/cli.ts";
import { copyFixture, edit, headlines, MINI } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

describe("faults a user can cause are diagnostics with a documented exit code", () => {
  it("a build run from / (as a service would) publishes the site", async () => {
    const dir = copyFixture();
    const out = join(scratch("sp-out-"), "_site");
    const said = await spawnCli(["build", dir, "--out", out], "/");
    expect(said.text).not.toContain("entry._pages is not iterable");
    expect(said.code, said.text).toBe(0);
    expect(existsSync(join(out, MINI, "index.html"))).toBe(true);
  });

  it("a lead name of 256 characters builds, with a short unique page name for its dashboard view", async () => {
    const dir = copyFixture();
    const long = `${"Very long partnership name ".repeat(10)}`.slice(0, 256);
    edit(dir, `${MINI}/plan.yaml`, "lead: Testshire CCG", `lead: ${long}`);
    edit(dir, `${MINI}/plan.yaml`, "lead: Testshire Council", `lead: ${long.slice(0, 255)}X`);
    const out = join(scratch("sp-out-"), "_site");
    const said = await cli(["build", dir, "--out", out], dir);
    expect(said.code, said.text).toBe(0);
    const views = readdirSync(join(out, MINI, "dashboard", "lead"));
    expect(views).toHaveLength(2);
    expect(new Set(views).size).toBe(2);
    for (const view of views) expect(view.length).toBeLessThanOrEqual(64);
  });

  it("a report with the id latest is refused: reports/latest.pdf is the newest paper", () => {
    const dir = copyFixture();
    edit(dir, `${MINI}/reports.yaml`, "  - id: r1", "  - id: latest");
    edit(dir, `${MINI}/plan.yaml`, /report: r1/g, "report: latest");
    expect(headlines(dir)).toEqual([
      `${MINI}/reports.yaml:3:9: error: the report id "latest" is reserved: reports/latest.pdf is always the newest report's paper`,
    ]);
  });

  it("report --out <directory> says to name a file (exit 2), and writes nothing", async () => {
    const dir = copyFixture();
    const folder = scratch("sp-pdf-");
    const said = await cli(["report", MINI, "r1", "--content", dir, "--out", folder], folder);
    expect(said.code).toBe(2);
    expect(said.text).toContain(
      `strategy-press: --out . is a folder; give the PDF file's name, such as ${MINI}-r1.pdf`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it("serve on a port already in use says so (exit 3), with no stack", async () => {
    const dir = copyFixture();
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, "127.0.0.1", done));
    const port = (taken.address() as AddressInfo).port;
    try {
      const said = await spawnCli(
        ["serve", dir, "--out", join(scratch("sp-out-"), "_site"), "--port", String(port)],
        dir,
      );
      expect(said.text).not.toContain("internal error");
      expect(said.text).toContain(
        `strategy-press: port ${port} is already in use on 127.0.0.1; stop what is using it, or choose another with --port (0 picks a free one)`,
      );
      expect(said.code).toBe(3);
    } finally {
      taken.close();
    }
  });
});

/** `strategy-press serve` in its own process, with what it has said so far. */
function startServe(dir: string, out: string, port: number) {
  const child = spawn(process.execPath, [BIN, "serve", dir, "--out", out, "--port", String(port)], { cwd: dir });
  let text = "";
  child.stdout.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr.on("data", (d: Buffer) => (text += d.toString()));
  const closed = new Promise((r) => child.once("close", r));
  return {
    said: () => text,
    async until(test: () => boolean, what: string): Promise<void> {
      for (let waited = 0; !test(); waited += 100) {
        if (waited > 120_000) throw new Error(`${what} did not happen:\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(): Promise<void> {
      child.kill("SIGINT");
      await closed;
    },
  };
}

describe("serve", () => {
  it("keeps rebuilding after an editor saves a file by renaming a new one over it", async () => {
    const dir = copyFixture();
    const out = join(scratch("sp-out-"), "_site");
    const serve = startServe(dir, out, 0);
    const plan = join(dir, MINI, "plan.yaml");
    const renameSave = (from: string, to: string) => {
      writeFileSync(`${plan}.swp`, readFileSync(plan, "utf8").replace(from, to));
      renameSync(`${plan}.swp`, plan);
    };
    const page = () =>
      existsSync(join(out, MINI, "actions", "index.html"))
        ? readFileSync(join(out, MINI, "actions", "index.html"), "utf8")
        : "";
    try {
      await serve.until(
        () => serve.said().includes("Previewing") && page().includes("More services provided in the community"),
        "the first build",
      );
      // Eleventy's watcher may finish its first scan just after the preview says it is ready.
      await new Promise((r) => setTimeout(r, 2000));
      let current = "More services provided in the community";
      for (const title of ["Renamed once", "Renamed twice"]) {
        renameSave(`title: ${current}`, `title: ${title}`);
        current = title;
        await serve.until(() => page().includes(title), `the rebuild after saving "${title}"`);
      }
      expect(serve.said()).not.toContain("internal error");
    } finally {
      await serve.stop();
    }
    // A first build and two rebuilds in a process of its own: its own budget on a busy machine.
  }, 300_000);
});
