import { createServer } from "node:net";
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { contentPathPrefix } from "../eleventy/path-prefix.ts";
import strategyPress from "../eleventy/plugin.ts";
import { UsageError } from "../errors.ts";
import { checkOutFolder } from "../output/out-folder.ts";
import { guardedFolders } from "./build.ts";
import type { Command } from "./command.ts";

/**
 * The live preview, on Eleventy's own dev server: the same as `npx @11ty/eleventy --serve`
 * (`npm start`) with the content folder and port chosen here. Runs until interrupted (Ctrl+C).
 */
export const serveCommand: Command = {
  name: "serve",
  usage: "strategy-press serve [dir] [--out _site] [--port 8080]",
  summary: "Preview the site on this computer; the browser reloads itself as you edit the content.",
  example: "strategy-press serve content --port 8080",
  flags: {
    out: { value: true, description: "output folder", default: "_site" },
    port: { value: true, description: "port to listen on; 0 picks a free one", default: "8080" },
  },
  async run({ args, flags, output, cwd }) {
    const contentDir = resolve(cwd, args[0] ?? "content");
    const outDir = resolve(cwd, typeof flags["out"] === "string" ? flags["out"] : "_site");
    const asked = Number(flags["port"] ?? 8080);
    if (!Number.isInteger(asked) || asked < 0 || asked > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${String(flags["port"])}"`);
    // Eleventy writes into the folder as it goes: never into one that holds something else.
    checkOutFolder(outDir, guardedFolders(contentDir, cwd), cwd);
    const port = asked === 0 ? await _freePort() : asked;
    const prefix = contentPathPrefix(contentDir);

    const eleventy = new Eleventy(contentDir, outDir, {
      runMode: "serve",
      configPath: false,
      quietMode: true,
      pathPrefix: prefix,
      config: (eleventyConfig) => strategyPress(eleventyConfig, { content: contentDir, preview: true }),
    });
    eleventy.setFormats("njk");
    await eleventy.init();
    await eleventy.watch();
    await eleventy.serve(port);
    // Eleventy's dev server says where it listens (the next free port when this one is taken).
    output.out(`Previewing ${prefix === "/" ? "" : `under ${prefix} `}— edits to the content and templates show in the browser by themselves (Ctrl+C to stop)`);
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

function _interrupted(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}
