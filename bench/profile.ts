/**
 * Summarises a V8 CPU profile (from `node --cpu-prof`): the functions that took the most time
 * themselves, and the files whose code (with everything it called) took the most. Run
 * `node bin/start.js bench/profile.ts <file.cpuprofile> [rows]`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";

interface _Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface _Profile {
  nodes: _Node[];
  samples: number[];
  timeDeltas: number[];
}

function _where(node: _Node): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? relative(process.cwd(), url.replace(/^file:\/\//, "")) : "(native)";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

export function summarise(profile: _Profile, rows: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusiveFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id);
    if (!node) return;
    const key = _where(node);
    self.set(key, (self.get(key) ?? 0) + ms);
    // Each of our own files on the stack counts the sample once.
    const files = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? "";
      if (url.includes("/src/") && !url.includes("node_modules"))
        files.add(relative(process.cwd(), url.replace(/^file:\/\//, "")));
    }
    for (const f of files) inclusiveFile.set(f, (inclusiveFile.get(f) ?? 0) + ms);
  });
  const table = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(
        ([k, ms]) =>
          `${((ms / total) * 100).toFixed(1).padStart(5)}%  ${Math.round(ms).toString().padStart(7)} ms  ${k}`,
      )
      .join("\n");
  return `total ${Math.round(total)} ms\n\nself time:\n${table(self)}\n\nour files, with what they call:\n${table(inclusiveFile)}\n`;
}

const [file, rows] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node bin/start.js bench/profile.ts <file.cpuprofile> [rows]\n");
  process.exitCode = 2;
} else {
  process.stdout.write(summarise(JSON.parse(readFileSync(file, "utf8")) as _Profile, Number(rows ?? 25)));
}
