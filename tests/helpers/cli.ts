import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { run } from "../../src/cli.ts";
import type { Output } from "../../src/cli/command.ts";
import { REPO } from "./scratch.ts";

export const BIN = join(REPO, "bin", "strategy-press.js");

export interface Said {
  code: number;
  text: string;
}

/** Runs the CLI in this process, as `strategy-press <args>` typed in `cwd`, and keeps what it said. */
export async function cli(args: string[], cwd: string): Promise<Said> {
  const lines: string[] = [];
  const output: Output = { out: (t) => lines.push(t), err: (t) => lines.push(t) };
  const code = await run(args, output, cwd);
  return { code, text: lines.join("\n") };
}

/** Runs the real command in its own process, as a shell would; resolves when it exits. */
export function spawnCli(args: string[], cwd: string, options: { asNobody?: boolean } = {}): Promise<Said> {
  const [command, argv] =
    options.asNobody && process.getuid?.() === 0
      ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, ...args]]
      : [process.execPath, [BIN, ...args]];
  return new Promise((resolve, reject) => {
    // The unprivileged user needs a temporary folder it may write (tsx keeps its cache there): the system's own.
    const env = { ...process.env, NO_COLOR: "1", ...(options.asNobody ? { TMPDIR: "/tmp" } : {}) };
    const child = spawn(command, argv, { cwd, env });
    let text = "";
    child.stdout.on("data", (d: Buffer) => (text += d.toString()));
    child.stderr.on("data", (d: Buffer) => (text += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, text }));
  });
}

/** Whether a process can be run as an unprivileged user here, so permission tests mean something. */
export function canDropPrivileges(): boolean {
  if (process.getuid?.() !== 0) return true;
  return spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0;
}
