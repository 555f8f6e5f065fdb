import { createServer, type Server } from "node:http";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sirv from "sirv";
import type { TestProject } from "vitest/node";
import { run } from "../../../src/cli.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built site's folder. */
    siteDir: string;
    /** Where it is served, ending in "/". */
    siteUrl: string;
  }
}

const REPO = join(import.meta.dirname, "..", "..", "..");

/**
 * Builds the Derby content, with the long-titled, carers and council plan fixture strategies beside it, once with the real CLI,
 * then serves it on a free port of 127.0.0.1.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = mkdtempSync(join(tmpdir(), "sp-browser-"));
  const content = join(scratch, "content");
  cpSync(join(REPO, "content"), content, { recursive: true });
  cpSync(
    join(REPO, "tests", "fixtures", "long-titles", "long-titled-strategy"),
    join(content, "long-titled-strategy"),
    { recursive: true },
  );
  // A strategy of another shape, with its own publisher and words, and real (not illustrative) progress.
  cpSync(join(REPO, "tests", "fixtures", "carers", "carers-strategy"), join(content, "carers-strategy"), {
    recursive: true,
  });
  // A council plan with key performance indicators: targets by period, ratings, a comparator, a page per measure.
  cpSync(
    join(REPO, "tests", "fixtures", "council-plan", "bracknell-council-plan"),
    join(content, "bracknell-council-plan"),
    { recursive: true },
  );
  const siteDir = join(scratch, "_site");
  const messages: string[] = [];
  const code = await run(
    ["build", content, "--out", siteDir],
    { out: (t) => messages.push(t), err: (t) => messages.push(t) },
    REPO,
  );
  if (code !== 0) throw new Error(`the site did not build (exit ${code}):\n${messages.join("\n")}`);

  const server = createServer(sirv(siteDir, { dev: false, etag: false }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("siteDir", siteDir);
  project.provide("siteUrl", `http://127.0.0.1:${port}/`);

  return async () => {
    await _close(server);
    rmSync(scratch, { recursive: true, force: true });
  };
}

function _close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}
