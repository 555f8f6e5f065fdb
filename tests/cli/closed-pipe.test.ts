import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.ts";
import { REPO } from "../helpers/scratch.ts";

/** Runs the command with its output read by nobody: the pipe is closed before the command writes. */
function withClosedOutput(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a command whose reader stops early (`strategy-press … | head -1`)", () => {
  it("ends quietly with its own exit code, not a crash", async () => {
    const help = await withClosedOutput(["--help"]);
    expect(help.stderr).toBe("");
    expect(help.code).toBe(0);
    const validate = await withClosedOutput(["validate", "content", "--format", "json"]);
    expect(validate.stderr).not.toContain("EPIPE");
    expect(validate.code).toBe(0);
  }, 60_000);
});
