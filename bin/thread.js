// The entry of a worker thread that runs one of Strategy Press's modules (named in workerData.module,
// e.g. "src/eleventy/paper-thread.ts"): compiled when dist/ is up to date, else through tsx, as start.js decides.
import { workerData } from "node:worker_threads";
import { start } from "./start.js";

await start(workerData.module);
