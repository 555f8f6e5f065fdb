import { watch, type FSWatcher } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { formatDiagnostic } from "../diagnostic/format.ts";
import { ContentError, UsageError } from "../errors.ts";
import { checkOutFolder } from "../output/out-folder.ts";
import { writeAtomically } from "../output/swap.ts";
import { readModel } from "../pipeline.ts";
import { publish } from "../publish.ts";
import { TEMPLATES_DIR } from "../site/paths.ts";
import { guardedFolders } from "./build.ts";
import type { Command, Output } from "./command.ts";

/**
 * A live preview: builds the site, serves it on 127.0.0.1, and builds again whenever the content or
 * templates change. A build that fails keeps the last good site in place and says what is wrong.
 * Runs until the process is interrupted (Ctrl+C).
 */
export const serveCommand: Command = {
  name: "serve",
  usage: "strategy-press serve [dir] [--out _site] [--port 8080]",
  summary: "Preview the site on this computer, rebuilding it when the content changes.",
  example: "strategy-press serve content --port 8080",
  flags: {
    out: { value: true, description: "output folder", default: "_site" },
    port: { value: true, description: "port to listen on; 0 picks a free one", default: "8080" },
  },
  async run({ args, flags, output, cwd }) {
    const contentDir = resolve(cwd, args[0] ?? "content");
    const outDir = resolve(cwd, typeof flags["out"] === "string" ? flags["out"] : "_site");
    const port = Number(flags["port"] ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${String(flags["port"])}"`);
    checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);

    let prefix = "/";
    const rebuild = async () => {
      const built = await _build(contentDir, outDir, output);
      if (built) prefix = built.prefix;
    };
    await rebuild();

    const { default: sirv } = await import("sirv");
    const files = sirv(outDir, { dev: true });
    const server = createServer((req, res) => _serveUnder(prefix, req, res, files));
    await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
    output.out(`Previewing at http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix} (Ctrl+C to stop)`);

    // A bug in a rebuild is reported, and the preview carries on with the last good site.
    const onChange = _debounced(() => rebuild().catch((error: Error) => output.err(`strategy-press: internal error — please report it\n${error.stack}`)), 150);
    const watchers = _watch([contentDir, TEMPLATES_DIR], onChange);
    await _interrupted();
    for (const w of watchers) w.close();
    await new Promise((done) => server.close(done));
    return 0;
  },
};

/** One build; content errors are shown and the last good site stays. Returns null when it failed. */
async function _build(contentDir: string, outDir: string, output: Output): Promise<{ prefix: string } | null> {
  const started = performance.now();
  try {
    const { model, validated, contentRoot } = readModel(contentDir);
    for (const d of validated.diagnostics) output.err(`${formatDiagnostic(d)}\n`);
    await writeAtomically(outDir, (tmp) => publish(model, tmp, { contentDir: contentRoot }));
    output.out(`✓ built in ${Math.round(performance.now() - started)} ms`);
    return { prefix: model.site.path_prefix ?? "/" };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const d of error.diagnostics) output.err(`${formatDiagnostic(d)}\n`);
    output.err("✗ the content has errors: the preview still shows the last good build.");
    return null;
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Serves the site where it will live: under its path prefix, as the published site will be. */
function _serveUnder(prefix: string, req: IncomingMessage, res: ServerResponse, files: Handler): void {
  const notFound = () => {
    res.statusCode = 404;
    res.end("Not found");
  };
  if (!req.url?.startsWith(prefix)) return notFound();
  req.url = `/${req.url.slice(prefix.length)}`;
  files(req, res, notFound);
}

function _watch(dirs: string[], onChange: () => void): FSWatcher[] {
  return dirs.map((dir) => watch(dir, { recursive: true }, onChange));
}

/** Runs `task` once changes settle, never two at a time. */
function _debounced(task: () => Promise<void>, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(task);
    }, ms);
  };
}

function _interrupted(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}
