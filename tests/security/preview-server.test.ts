import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { networkInterfaces } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.ts";
import { copyFixture } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";

// Issue 22, item 4: the preview listened on every interface, died on `GET /%`, and served sibling folders.

/** A raw GET, the path sent exactly as written (fetch would tidy it), answered with its status. */
function get(host: string, port: number, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host, port, path, method: "GET", timeout: 20_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

/** `strategy-press serve` in its own process, with what it has said so far. */
function serve(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, "serve", ...args], { cwd });
  let text = "";
  child.stdout.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr.on("data", (d: Buffer) => (text += d.toString()));
  const closed = new Promise((r) => child.once("close", r));
  return {
    said: () => text,
    async port(): Promise<number> {
      for (let waited = 0; !/Previewing at http:\/\/localhost:(\d+)/.test(text); waited += 100) {
        if (waited > 180_000 || child.exitCode !== null) throw new Error(`the preview did not start:\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return Number(/Previewing at http:\/\/localhost:(\d+)/.exec(text)?.[1]);
    },
    alive: () => child.exitCode === null,
    async stop(): Promise<void> {
      child.kill("SIGINT");
      await closed;
    },
  };
}

describe("the preview server", () => {
  it("listens on 127.0.0.1 only, answers malformed and escaping paths with 400 and 404, and keeps serving", async () => {
    const dir = copyFixture();
    const out = join(scratch("sp-out-"), "_site");
    mkdirSync(join(dirname(out), "_site-sibling"), { recursive: true });
    writeFileSync(join(dirname(out), "_site-sibling", "secret.txt"), "secret\n");
    const preview = serve([dir, "--out", out, "--port", "0"], dir);
    try {
      const port = await preview.port();
      expect(await get("127.0.0.1", port, "/%")).toBe(400);
      expect(await get("127.0.0.1", port, "/..%2f_site-sibling%2fsecret.txt")).toBe(404);
      expect(await get("127.0.0.1", port, "/%2e%2e/_site-sibling/secret.txt")).toBe(404);
      expect(preview.alive()).toBe(true);
      expect(await get("127.0.0.1", port, "/")).toBe(200);
      // Not on the machine's other addresses.
      const other = Object.values(networkInterfaces())
        .flat()
        .find((a) => a && a.family === "IPv4" && !a.internal);
      if (other) expect(await get(other.address, port, "/")).toBe("ECONNREFUSED");
      expect(preview.said()).not.toContain("internal error");
    } finally {
      await preview.stop();
    }
  }, 300_000);

  it("warns when --host opens it to the network", async () => {
    const dir = copyFixture();
    const preview = serve([dir, "--out", join(scratch("sp-out-"), "_site"), "--port", "0", "--host", "0.0.0.0"], dir);
    try {
      await preview.port();
      expect(preview.said()).toContain("warning: the preview is listening on 0.0.0.0");
    } finally {
      await preview.stop();
    }
  }, 300_000);
});
