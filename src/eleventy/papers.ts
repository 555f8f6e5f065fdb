import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { StrategyPressError } from "../errors.ts";
import type { SiteModel } from "../model/index.ts";
import { PACKAGE_ROOT } from "../package-root.ts";
import { pdfPageCount } from "../pdf/facts.ts";
import type { Download } from "../site/data.ts";
import type { PaperJob, PaperReply } from "./paper-thread.ts";
import type { PaperFile } from "./render-papers.ts";

export type { PaperFile } from "./render-papers.ts";

const _made = new WeakMap<SiteModel, Promise<PaperFile[]>>();
let _ready: Worker | null = null;

/**
 * Starts the papers' thread before there is a model to give it, so pdfkit loads while the content is
 * read and checked. A thread left waiting (the content had errors) does not keep the process alive.
 */
export function startPaperThread(): void {
  if (_ready) return;
  _ready = _thread();
  _ready.unref();
}

/**
 * Every PDF of a build, rendered once per model in a worker thread: each board paper, the latest
 * again as latest.pdf, and each easy-read summary. Call it as soon as the model is built: the papers
 * are rendered on a second core while Eleventy loads, and the pages read their sizes and page counts
 * before they are written; the same bytes are then written beside them.
 */
export function paperFiles(model: SiteModel, contentDir?: string): Promise<PaperFile[]> {
  let made = _made.get(model);
  if (!made) _made.set(model, (made = _renderInThread(model, contentDir)));
  return made;
}

/** What a reader is told before downloading each PDF: its size and page count, by its address. */
export async function downloads(model: SiteModel, contentDir?: string): Promise<Record<string, Download>> {
  const files = await paperFiles(model, contentDir);
  return Object.fromEntries(files.map((f) => [f.path, { bytes: f.bytes.length, pages: pdfPageCount(f.bytes) }]));
}

function _thread(): Worker {
  return new Worker(join(PACKAGE_ROOT, "bin", "thread.js"), { workerData: { module: "src/eleventy/paper-thread.ts" } });
}

function _renderInThread(model: SiteModel, contentDir?: string): Promise<PaperFile[]> {
  const worker = _ready ?? _thread();
  _ready = null;
  worker.ref();
  worker.postMessage({ model, ...(contentDir ? { contentDir } : {}) } satisfies PaperJob);
  return new Promise((resolve, reject) => {
    let replied = false;
    worker.once("message", (reply: PaperReply) => {
      replied = true;
      if ("files" in reply) resolve(reply.files);
      else reject(_rethrown(reply.failed));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!replied) reject(new StrategyPressError(`the board papers could not be rendered: their thread stopped (exit code ${code})`));
    });
  });
}

/**
 * The thread's error as the main thread would have thrown it: one of ours stays ours, a system error
 * keeps its code (so both are reported in words), and anything else stays a bug with its stack.
 */
function _rethrown(failed: Extract<PaperReply, { failed: unknown }>["failed"]): Error {
  const error = failed.purposeful ? new StrategyPressError(failed.message) : Object.assign(new Error(failed.message), { code: failed.code, syscall: failed.syscall, path: failed.path });
  if (failed.stack) error.stack = failed.stack;
  return error;
}
