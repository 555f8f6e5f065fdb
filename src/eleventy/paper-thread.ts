import { parentPort } from "node:worker_threads";
import { StrategyPressError, type ErrorKind } from "../errors.ts";
import type { SiteModel } from "../model/index.ts";
import { renderPapers } from "./render-papers.ts";

/**
 * A worker thread that renders a build's PDFs (started by papers.ts). It loads pdfkit as soon as it
 * starts, then waits for the one job it is given: on a second core, the papers are ready by about the
 * time Eleventy has loaded and asks for their sizes.
 */
export interface PaperJob {
  model: SiteModel;
  contentDir?: string;
}

/** What the thread sends back: the files, or what went wrong in words the main thread can rethrow. */
export type PaperReply =
  | { files: { path: string; bytes: Uint8Array }[] }
  | { failed: { kind?: ErrorKind; message: string; stack?: string; code?: string; syscall?: string; path?: string } };

async function _reply(job: PaperJob): Promise<void> {
  try {
    const files = await renderPapers(job.model, job.contentDir);
    // Copied, not transferred: a small Buffer may sit in Node's shared pool, which must not be detached.
    parentPort?.postMessage({ files } satisfies PaperReply);
  } catch (error) {
    const e = error as Error & { code?: string; syscall?: string; path?: string };
    parentPort?.postMessage({
      failed: {
        ...(error instanceof StrategyPressError ? { kind: error.kind } : {}),
        message: e.message,
        stack: e.stack,
        code: e.code,
        syscall: e.syscall,
        path: e.path,
      },
    } satisfies PaperReply);
  }
}

parentPort?.once("message", (job: PaperJob) => void _reply(job));
