import { isIP } from "node:net";
import { resolve } from "node:path";
import { PREVIEW_HOST } from "../eleventy/preview-server.ts";
import { UsageError } from "../errors.ts";
import { AS_AT_FLAG, readClock } from "../clock.ts";
import type { Command } from "./command.ts";
import { contentFolder } from "./find.ts";
import { stringFlag } from "./flag-values.ts";

/**
 * The live preview (src/eleventy/preview.ts), on Eleventy's own dev server: the same as
 * `npx @11ty/eleventy --serve` (`npm start`) with the content folder and port chosen here. Runs
 * until interrupted (Ctrl+C); this command only reads its flags and prints.
 */
export const serveCommand: Command = {
  name: "serve",
  usage: "strategy-press serve [dir] [--out _site] [--port 8080] [--host 127.0.0.1] [--as-at YYYY-MM-DD]",
  summary: "Preview the site on this computer; the browser reloads itself as you edit the content.",
  example: "strategy-press serve content --port 8080",
  flags: {
    out: { value: true, description: "output folder", default: "_site" },
    port: { value: true, description: "port to listen on; 0 picks a free one", default: "8080" },
    host: {
      value: true,
      description: "address to listen on; 0.0.0.0 opens the preview to every computer that can reach this one",
      default: "127.0.0.1: this computer only",
    },
    "as-at": AS_AT_FLAG,
  },
  async run({ args, flags, output, cwd }) {
    const contentDir = contentFolder(cwd, args[0]);
    // A fixed day stays fixed for the whole preview; without one, each rebuild reads the clock afresh.
    const asAt = stringFlag(flags["as-at"]);
    if (asAt !== undefined) readClock(asAt);
    const outDir = resolve(cwd, typeof flags["out"] === "string" ? flags["out"] : "_site");
    const asked = Number(flags["port"] ?? 8080);
    if (!Number.isInteger(asked) || asked < 0 || asked > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${String(flags["port"])}"`);
    const host = stringFlag(flags["host"]) ?? PREVIEW_HOST;
    if (!isIP(host) && host !== "localhost")
      throw new UsageError(`--host must be an IP address such as 127.0.0.1 or 0.0.0.0, not "${host}"`);
    // Loaded here, not with the CLI: every other command starts without Eleventy.
    const { preview } = await import("../eleventy/preview.ts");
    const { url, port, stop } = await preview({
      contentDir,
      outDir,
      cwd,
      port: asked,
      host,
      ...(asAt ? { asAt } : {}),
      built: (ms) => output.out(`✓ built in ${ms} ms`),
    });
    if (!["127.0.0.1", "::1", "localhost"].includes(host))
      output.err(
        `warning: the preview is listening on ${host}: anyone who can reach this computer on port ${port} can read the site, drafts and content errors included. Leave out --host to keep it to this computer.`,
      );
    output.out(
      `Previewing at ${url} — edits to the content and templates show in the browser by themselves (Ctrl+C to stop)`,
    );
    await _interrupted();
    await stop();
    return 0;
  },
};

function _interrupted(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}
