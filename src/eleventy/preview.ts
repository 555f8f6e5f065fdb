import { createServer } from "node:net";
import { guardedFolders } from "../build.ts";
import { EnvironmentError } from "../errors.ts";
import { checkOutFolder } from "../output/out-folder.ts";
import type { EleventyConfig } from "../site/eleventy-types.ts";
import { contentPathPrefix } from "./path-prefix.ts";
import { PREVIEW_HOST } from "./preview-server.ts";

export interface PreviewOptions {
  contentDir: string;
  outDir: string;
  cwd: string;
  /** The port to listen on; 0 picks a free one. */
  port: number;
  /** The address to listen on: 127.0.0.1 (this computer only) unless told otherwise. */
  host?: string;
  /** A fixed as-at day for the whole preview; without one, each rebuild reads the clock afresh. */
  asAt?: string;
  /** Told each time a rebuild without content errors ends, with how long it took. */
  built?: (ms: number) => void;
}

/**
 * The live preview as a library function, on Eleventy's own dev server (what `npx @11ty/eleventy
 * --serve` runs): refuses an output folder it must not write into and a port in use, builds, watches
 * the content and templates, and resolves once the server answers, with its address and a way to stop.
 */
export async function preview(
  options: PreviewOptions,
): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const { contentDir, outDir, cwd, asAt } = options;
  const host = options.host ?? PREVIEW_HOST;
  // Eleventy writes into the folder as it goes: never into one that holds something else.
  checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);
  // Take the port's measure before the first build, so a port in use is said at once.
  const port = options.port === 0 ? await _freePort(host) : await _checkFree(options.port, host);
  const prefix = contentPathPrefix(contentDir);
  // Eleventy and the site are loaded here, not with the CLI: every other command starts without them.
  const [{ default: Eleventy }, { default: strategyPress }, { PreviewSession }] = await Promise.all([
    import("@11ty/eleventy"),
    import("./plugin.ts"),
    import("./preview-session.ts"),
  ]);
  // This preview's own state, kept across the configuration reloads of its one Eleventy instance.
  const session = new PreviewSession(contentDir);

  let started = 0;
  const eleventy = new Eleventy(contentDir, outDir, {
    runMode: "serve",
    configPath: false,
    quietMode: true,
    pathPrefix: prefix,
    config: (eleventyConfig) => {
      // As a plugin, so it runs after Eleventy's own defaults (the url filter it wraps among them).
      eleventyConfig.addPlugin((config: EleventyConfig) =>
        strategyPress(config, { content: contentDir, preview: true, session, host, ...(asAt ? { asAt } : {}) }),
      );
      eleventyConfig.on("eleventy.before", () => (started = performance.now()));
      eleventyConfig.on("eleventy.after", () => {
        // A build with content errors has said so already, through the plugin's diagnostics.
        if (session.content.errors === 0) options.built?.(Math.round(performance.now() - started));
      });
    },
  });
  eleventy.setFormats("njk");
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  // Say it is ready only once the dev server answers: an edit saved before then could be missed.
  await _answering(`http://localhost:${port}${prefix}`);
  return { url: `http://localhost:${port}${prefix}`, port, stop: () => eleventy.stopWatch() };
}

function _freePort(host: string): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function _answering(url: string): Promise<void> {
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
  }
}

/** The port, once it is known to be free; a port in use is the computer's problem, not a bug (exit 3). */
function _checkFree(port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "EADDRINUSE"
          ? new EnvironmentError(
              `port ${port} is already in use on ${host}; stop what is using it, or choose another with --port (0 picks a free one)`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => done(port)));
  });
}
