#!/usr/bin/env node
// Starts one of Strategy Press's modules (`node bin/start.js src/main.ts …`). It runs the compiled
// JavaScript in dist/, which `npm install` makes (the `prepare` script) and `npm run compile`
// remakes, as long as it is newer than every source file; otherwise, as when src/ has just been
// edited, it runs the TypeScript sources through tsx, slower to start but never out of date.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = ["src", "bench"];

/** The latest change to any file under `dir`. */
function latestChange(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? latestChange(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The file to run for a source module: its compiled JavaScript when that is up to date, else the source. */
export function moduleFor(source) {
  const compiled = join(ROOT, "dist", source.replace(/\.ts$/, ".js"));
  if (!existsSync(compiled)) return { path: join(ROOT, source), compiled: false };
  const built = statSync(compiled).mtimeMs;
  const fresh = SOURCES.every((dir) => !existsSync(join(ROOT, dir)) || latestChange(join(ROOT, dir)) <= built);
  return fresh ? { path: compiled, compiled: true } : { path: join(ROOT, source), compiled: false };
}

/** Runs a source module (a path under the package, e.g. "src/main.ts") as if node had been given it. */
export async function start(source) {
  const { path, compiled } = moduleFor(source);
  if (!compiled) {
    const { register } = await import("tsx/esm/api");
    register();
  }
  // The module sees itself as the script node was given, so its own "am I the main module?" check holds.
  process.argv[1] = path;
  await import(pathToFileURL(path).href);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [source, ...rest] = process.argv.slice(2);
  if (!source) {
    process.stderr.write("usage: node bin/start.js <module.ts> [arguments…]\n");
    process.exitCode = 2;
  } else {
    process.argv.splice(2, process.argv.length - 2, ...rest);
    await start(source);
  }
}
