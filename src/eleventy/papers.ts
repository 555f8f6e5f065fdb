import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { BugError, errorOfKind } from "../errors.ts";
import type { SiteModel } from "../model/index.ts";
import { PACKAGE_ROOT } from "../package-root.ts";
import { pdfPageCount } from "../pdf/facts.ts";
import type { Download } from "../site/data.ts";
import type { PaperJob, PaperReply } from "./paper-thread.ts";
import type { PaperFile } from "./render-papers.ts";

export type { PaperFile } from "./render-papers.ts";

const _made = new WeakMap<SiteModel, Promise<PaperFile[]>>();
let _ready: PaperThread | null = null;

/**
 * Starts the papers' thread before there is a model to give it, so pdfkit loads while the content is
 * read and checked. A thread left waiting (the content had errors) does not keep the process alive.
 */
export function startPaperThread(): void {
  if (_ready) return;
  _ready = new PaperThread();
  _ready.worker.unref();
}

/**
 * Every PDF of a build, rendered once per model in a worker thread: each board paper, the latest
 * again as latest.pdf, and each easy-read summary. Call it as soon as the model is built: the papers
 * are rendered on a second core while Eleventy loads, and the pages read their sizes and page counts
 * before they are written; the same bytes are then written beside them.
 */
export function paperFiles(model: SiteModel, contentDir?: string): Promise<PaperFile[]> {
  let made = _made.get(model);
  if (!made) {
    const thread = _ready ?? new PaperThread();
    _ready = null;
    _made.set(model, (made = thread.render({ model, ...(contentDir ? { contentDir } : {}) })));
  }
  return made;
}

/** What a reader is told before downloading each PDF: its size and page count, by its address. */
export async function downloads(model: SiteModel, contentDir?: string): Promise<Record<string, Download>> {
  const files = await paperFiles(model, contentDir);
  return Object.fromEntries(
    files.map((f) => [f.path, { bytes: f.bytes.length, pages: f.path.endsWith(".pdf") ? pdfPageCount(f.bytes) : 0 }]),
  );
}

/**
 * One papers' thread, listened to from the moment it starts: a thread that fails or stops while it
 * waits for its job (it could not load, say) is reported when the job is given, rather than lost.
 */
export class PaperThread {
  readonly worker = new Worker(join(PACKAGE_ROOT, "bin", "thread.js"), {
    workerData: { module: "src/eleventy/paper-thread.ts" },
  });
  #failure: Error | null = null;
  #settled = false;
  #waiting: { resolve: (files: PaperFile[]) => void; reject: (error: Error) => void } | null = null;

  constructor() {
    this.worker.on("message", (reply: PaperReply) => this.#settle(reply));
    this.worker.on("error", (error) => this.#fail(error));
    this.worker.on("exit", (code) =>
      this.#fail(new BugError(`the board papers could not be rendered: their thread stopped (exit code ${code})`)),
    );
  }

  render(job: PaperJob): Promise<PaperFile[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    this.worker.ref();
    this.worker.postMessage(job);
    return new Promise((resolve, reject) => (this.#waiting = { resolve, reject }));
  }

  #settle(reply: PaperReply): void {
    this.#settled = true;
    if ("files" in reply) this.#waiting?.resolve(reply.files);
    else this.#waiting?.reject(_rethrown(reply.failed));
  }

  /** The first failure counts; once the thread has answered, its ending is no failure. */
  #fail(error: Error): void {
    if (this.#settled || this.#failure) return;
    this.#failure = error;
    this.#waiting?.reject(error);
  }
}

/**
 * The thread's error as the main thread would have thrown it: one of ours stays ours, a system error
 * keeps its code (so both are reported in words), and anything else stays a bug with its stack.
 */
function _rethrown(failed: Extract<PaperReply, { failed: unknown }>["failed"]): Error {
  const error = failed.kind
    ? errorOfKind(failed.kind, failed.message)
    : Object.assign(new Error(failed.message), { code: failed.code, syscall: failed.syscall, path: failed.path });
  if (failed.stack) error.stack = failed.stack;
  return error;
}
