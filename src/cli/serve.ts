import { createServer, isIP } from "node:net";
import { resolve } from "node:path";
import { contentPathPrefix } from "../eleventy/path-prefix.ts";
import { PREVIEW_HOST } from "../eleventy/preview-server.ts";
import { EnvironmentError, UsageError } from "../errors.ts";
import { checkOutFolder } from "../output/out-folder.ts";
import { guardedFolders } from "../build.ts";
import type { EleventyConfig } from "../site/eleventy-types.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import type { Command } from "./command.ts";
import { contentFolder } from "./find.ts";
import { stringFlag } from "./flag-values.ts";

/**
 * The live preview, on Eleventy's own dev server: the same as `npx @11ty/eleventy --serve`
 * (`npm start`) with the content folder and port chosen here. Runs until interrupted (Ctrl+C).
 */
export const serveCommand: Command = {
  name: "serve",
  usage: "strategy-press serve [dir] [--out _site] [--port 8080] [--host 127.0.0.1] [--as-at YYYY-MM-DD]",
  summary: "Preview the site on this computer; the browser reloads itself as you edit the content.",
  example: "strategy-press serve content --port 8080",
  flags: {
    out: { value: true, description: "output folder", default: "_site" },
    port: { value: true, description: "port to listen on; 0 picks a free one", default: "8080" },
    host: { value: true, description: "address to listen on; 0.0.0.0 opens the preview to every computer that can reach this one", default: "127.0.0.1: this computer only" },
    "as-at": AS_AT_FLAG,
  },
  async run({ args, flags, output, cwd }) {
    const contentDir = contentFolder(cwd, args[0]);
    // A fixed day stays fixed for the whole preview; without one, each rebuild reads the clock afresh.
    const asAt = stringFlag(flags["as-at"]);
    if (asAt !== undefined) readClock(asAt);
    const outDir = resolve(cwd, typeof flags["out"] === "string" ? flags["out"] : "_site");
    const asked = Number(flags["port"] ?? 8080);
    if (!Number.isInteger(asked) || asked < 0 || asked > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${String(flags["port"])}"`);
    const host = stringFlag(flags["host"]) ?? PREVIEW_HOST;
    if (!isIP(host) && host !== "localhost") throw new UsageError(`--host must be an IP address such as 127.0.0.1 or 0.0.0.0, not "${host}"`);
    // Eleventy writes into the folder as it goes: never into one that holds something else.
    checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);
    // Take the port's measure before the first build, so a port in use is said at once.
    const port = asked === 0 ? await _freePort(host) : await _checkFree(asked, host);
    if (!["127.0.0.1", "::1", "localhost"].includes(host)) output.err(`warning: the preview is listening on ${host}: anyone who can reach this computer on port ${port} can read the site, drafts and content errors included. Leave out --host to keep it to this computer.`);
    const prefix = contentPathPrefix(contentDir);
    // Eleventy and the site are loaded here, not with the CLI: every other command starts without them.
    const [{ default: Eleventy }, { default: strategyPress }, { previewErrors }] = await Promise.all([
      import("@11ty/eleventy"),
      import("../eleventy/plugin.ts"),
      import("../eleventy/live-content.ts"),
    ]);

    let started = 0;
    const eleventy = new Eleventy(contentDir, outDir, {
      runMode: "serve",
      configPath: false,
      quietMode: true,
      pathPrefix: prefix,
      config: (eleventyConfig) => {
        // As a plugin, so it runs after Eleventy's own defaults (the url filter it wraps among them).
        eleventyConfig.addPlugin((config: EleventyConfig) => strategyPress(config, { content: contentDir, preview: true, host, ...(asAt ? { asAt } : {}) }));
        eleventyConfig.on("eleventy.before", () => (started = performance.now()));
        eleventyConfig.on("eleventy.after", () => {
          // A build with content errors has said so already, through the plugin's diagnostics.
          if (previewErrors(contentDir) === 0) output.out(`✓ built in ${Math.round(performance.now() - started)} ms`);
        });
      },
    });
    eleventy.setFormats("njk");
    await eleventy.init();
    await eleventy.watch();
    await eleventy.serve(port);
    // Say it is ready only once the dev server answers: an edit saved before then could be missed.
    await _answering(`http://localhost:${port}${prefix}`);
    output.out(`Previewing at http://localhost:${port}${prefix} — edits to the content and templates show in the browser by themselves (Ctrl+C to stop)`);
    await _interrupted();
    await eleventy.stopWatch();
    return 0;
  },
};

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
    if (await fetch(url).then(() => true, () => false)) return;
  }
}

/** The port, once it is known to be free; a port in use is the computer's problem, not a bug (exit 3). */
function _checkFree(port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      fail(error.code === "EADDRINUSE" ? new EnvironmentError(`port ${port} is already in use on ${host}; stop what is using it, or choose another with --port (0 picks a free one)`) : error),
    );
    probe.listen(port, host, () => probe.close(() => done(port)));
  });
}

function _interrupted(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}
