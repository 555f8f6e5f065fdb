/**
 * How the build grows with the plan: `npm run bench -- [sizes…] [--strategies 1,40] [--shape synthetic|derby] [--json]
 * [--profile dir] [--no-chromium] [--from runs.jsonl]`. Each size (default 1,000, 5,000 and 10,000 actions), spread over
 * each number of strategies (default 1), is built in a process of its own by bench/measure.ts.
 * Printed per run: each phase's time and ms per action, peak memory, plain Eleventy writing as many
 * pages and Chromium printing the same report, the ratios, and a one-line verdict against the targets.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PACKAGE_ROOT } from "../src/package-root.ts";
import { PHASES, type Measured } from "./measure.ts";
import { perAction, verdict } from "./verdict.ts";

interface Run extends Measured {
  loadAverage?: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    strategies: { type: "string", default: "1" },
    json: { type: "boolean" },
    profile: { type: "string" },
    "no-chromium": { type: "boolean" },
    from: { type: "string" },
    shape: { type: "string", default: "synthetic" },
  },
});
const sizes = (positionals.length ? positionals : ["1000", "5000", "10000"]).map(Number);
const counts = String(values.strategies).split(",").map(Number);
if ([...sizes, ...counts].some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(
    "usage: npm run bench -- [actions…] [--strategies n[,n…]] [--shape synthetic|derby] [--json] [--profile dir] [--no-chromium]\n",
  );
  process.exit(2);
}

/** Each size runs as its own process, started as this one was: compiled when dist/ is up to date, else through tsx. */
const START = join(PACKAGE_ROOT, "bin", "start.js");

/** One size in a fresh process: its peak memory is its own, and nothing is left warm for the next size. */
function _run(actions: number, strategies: number): Run {
  const loadAverage = loadavg()[0] ?? 0;
  process.stderr.write(
    `building ${actions} actions over ${strategies} ${strategies === 1 ? "strategy" : "strategies"} (load average ${loadAverage.toFixed(2)})…\n`,
  );
  const args = [...process.execArgv, START, "bench/measure.ts", String(actions), String(strategies)];
  if (values.profile) args.push("--profile", values.profile);
  if (values["no-chromium"]) args.push("--no-chromium");
  args.push("--shape", String(values.shape));
  const child = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0) throw new Error(`the ${actions}-action build failed (exit ${child.status})`);
  const run = { ...(JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Measured), loadAverage };
  // Each run's figures as soon as it ends, so a long bench stopped early still leaves them.
  process.stderr.write(`${JSON.stringify(run)}\n`);
  return run;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const x = (n: number) => `${n.toFixed(2)}×`;
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

const runs: Run[] = [];
if (values.from) {
  // The table again from runs already made: the JSON lines a bench prints as each run ends.
  for (const line of readFileSync(values.from, "utf8").split("\n"))
    if (line.trim().startsWith("{")) runs.push(JSON.parse(line) as Run);
} else {
  for (const strategies of counts) for (const actions of sizes) runs.push(_run(actions, strategies));
}
const smallestOf = (r: Run) =>
  runs.filter((o) => o.strategies === r.strategies).sort((a, b) => a.actions - b.actions)[0];
const verdicts = runs.map((r) => verdict(r, smallestOf(r)));

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      runs.map((r, i) => ({ ...r, verdict: verdicts[i] })),
      null,
      2,
    )}\n`,
  );
} else {
  const lines = [
    "Seconds per phase, with the baselines measured in the same run:",
    "",
    row([
      "actions",
      "strategies",
      ...PHASES,
      "total",
      "peak RSS MiB",
      "plain Eleventy",
      "site ÷ plain",
      "board paper",
      "Chromium print",
      "paper ÷ Chromium",
      "load avg",
    ]),
    row(Array(11 + PHASES.length).fill("---")),
    ...runs.map((r) =>
      row([
        r.actions.toLocaleString("en-GB"),
        r.strategies,
        ...PHASES.map((p) => s(r.phases[p])),
        s(r.totalMs),
        Math.round(r.peakRssMiB),
        s(r.plainEleventyMs),
        x(r.phases.site / r.plainEleventyMs),
        s(r.firstPdfMs),
        r.chromiumPrintMs === null ? "–" : s(r.chromiumPrintMs),
        r.chromiumPrintMs === null ? "–" : x(r.firstPdfMs / r.chromiumPrintMs),
        r.loadAverage?.toFixed(2) ?? "–",
      ]),
    ),
    "",
    "Milliseconds per action:",
    "",
    row(["actions", "strategies", ...PHASES, "total"]),
    row(Array(3 + PHASES.length).fill("---")),
    ...runs.map((r) =>
      row([
        r.actions.toLocaleString("en-GB"),
        r.strategies,
        ...PHASES.map((p) => perAction(r, p).toFixed(3)),
        (r.totalMs / r.actions).toFixed(3),
      ]),
    ),
    "",
    "Peak RSS (MiB) as each phase ended, so the phase that raised it shows:",
    "",
    row(["actions", "strategies", ...PHASES]),
    row(Array(2 + PHASES.length).fill("---")),
    ...runs.map((r) =>
      row([r.actions.toLocaleString("en-GB"), r.strategies, ...PHASES.map((p) => r.peakRssAfterMiB?.[p] ?? "–")]),
    ),
    "",
    ...verdicts.map((v) => v.line),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
