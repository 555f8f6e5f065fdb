import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";

/** Where the preview listens unless told otherwise: this computer only, never the network it is on. */
export const PREVIEW_HOST = "127.0.0.1";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => unknown) => unknown;

/**
 * The preview's first middleware: a request for an address that cannot be decoded (`GET /%`) is answered
 * 400, and one whose path steps out of the site (`/..%2f_site-sibling%2fsecret.txt`, a NUL, a backslash)
 * 404, before Eleventy's dev server maps it to a file. A request that fails further on is answered 500;
 * the preview itself never stops for one.
 */
export function guardRequests(req: IncomingMessage, res: ServerResponse, next: () => unknown): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://preview.invalid/").pathname);
  } catch {
    return Promise.resolve(_answer(res, 400, "Bad request: the address is not a well-formed URL."));
  }
  if (path.includes("\0") || path.includes("\\") || path.split("/").some((segment) => segment === "..")) {
    return Promise.resolve(_answer(res, 404, "Not found."));
  }
  return Promise.resolve()
    .then(() => next())
    .then(
      () => undefined,
      (error: unknown) =>
        _answer(res, 500, `The preview could not answer this request: ${(error as Error)?.message ?? String(error)}`),
    );
}

/** Runs a middleware so that whatever it throws, at once or later, reaches the guard's answer rather than the process. */
export function caught(middleware: Middleware): Middleware {
  return (req, res, next) => Promise.resolve().then(() => middleware(req, res, next));
}

let _bound = false;

/** The dev server option naming the address to listen on, read by the listening method `listenOn` gives the dev server. */
const _HOST_OPTION = "strategyPressHost";

/**
 * The dev server options that make Eleventy's dev server listen on `host` (127.0.0.1 unless told
 * otherwise). Its own listen names a port only, which is every interface, and it has no option for the
 * address: its one listening method is given one, once per process, that reads the address from each
 * server's own options, so two previews in one process each listen where they were told.
 */
export function listenOn(host = PREVIEW_HOST): Record<string, string> {
  if (!_bound) {
    _bound = true;
    const require = createRequire(import.meta.url);
    // Resolved from Eleventy itself, so it is the very dev server Eleventy loads.
    const devServerPath = require.resolve("@11ty/eleventy-dev-server", { paths: [require.resolve("@11ty/eleventy")] });
    type Server = {
      server: { listen(options: { port: number; host: string }): void };
      options?: Record<string, unknown>;
    };
    const DevServer = require(devServerPath) as { prototype: { _serverListen(this: Server, port: number): void } };
    DevServer.prototype._serverListen = function (this: Server, port: number) {
      const asked = this.options?.[_HOST_OPTION];
      this.server.listen({ port, host: typeof asked === "string" ? asked : PREVIEW_HOST });
    };
  }
  return { [_HOST_OPTION]: host };
}

function _answer(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(`${text}\n`);
}
