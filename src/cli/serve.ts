import { createServer } from "node:net";
import { resolve } from "node:path";
import { contentPathPrefix } from "../eleventy/path-prefix.ts";
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
  usage: "strategy-press serve [dir] [--out _site] [--port 8080] [--as-at YYYY-MM-DD]",
  summary: "Preview the site on this computer; the browser reloads itself as you edit the content.",
  example: "strategy-press serve content --port 8080",
  flags: {
    out: { value: true, description: "output folder", default: "_site" },
    port: { value: true, description: "port to listen on; 0 picks a free one", default: "8080" },
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
    // Eleventy writes into the folder as it goes: never into one that holds something else.
    checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);
    // Take the port's measure before the first build, so a port in use is said at once.
    const port = asked === 0 ? await _freePort() : await _checkFree(asked);
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
        eleventyConfig.addPlugin((config: EleventyConfig) => strategyPress(config, { content: contentDir, preview: true, ...(asAt ? { asAt } : {}) }));
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

function _freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
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
function _checkFree(port: number): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      fail(error.code === "EADDRINUSE" ? new EnvironmentError(`port ${port} is already in use on 127.0.0.1; stop what is using it, or choose another with --port (0 picks a free one)`) : error),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(port)));
  });
}

function _interrupted(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}
