import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { downloads, PaperThread, paperFiles, startPaperThread } from "../../src/eleventy/papers.ts";
import { renderPapers } from "../../src/eleventy/render-papers.ts";
import type { SiteModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { StrategyPressError } from "../../src/errors.ts";
import { REPO } from "../site/build.ts";

const content = join(REPO, "content");

// A worker thread starts (loading pdfkit, through tsx when run from the sources) and renders Derby's papers.
describe("the board papers' thread", { timeout: 60_000 }, () => {
  it("renders the same files, byte for byte, as rendering them here", async () => {
    const { model } = readModel(content);
    startPaperThread();
    const inThread = await paperFiles(model, content);
    const here = await renderPapers(model, content);
    expect(inThread.map((f) => f.path)).toEqual([
      "/derby-mental-health/reports/2015-03.pdf",
      "/derby-mental-health/reports/2015-03.docx",
      "/derby-mental-health/reports/2015-09.pdf",
      "/derby-mental-health/reports/2015-09.docx",
      "/derby-mental-health/reports/latest.pdf",
      "/derby-mental-health/easy-read.pdf",
    ]);
    expect(inThread.map((f) => Buffer.from(f.bytes).toString("base64"))).toEqual(
      here.map((f) => Buffer.from(f.bytes).toString("base64")),
    );
    // Asked again for the same model, the files are not rendered again.
    expect(await paperFiles(model, content)).toBe(inThread);
    const facts = await downloads(model, content);
    expect(facts["/derby-mental-health/reports/latest.pdf"]).toEqual(facts["/derby-mental-health/reports/2015-09.pdf"]);
    // 14 since Appendix A gives each latest note across the table, not down a narrow column.
    expect(facts["/derby-mental-health/reports/2015-09.pdf"]?.pages).toBe(14);
    // A Word document's pages are Word's to lay out: only its size is told.
    expect(facts["/derby-mental-health/reports/2015-09.docx"]?.pages).toBe(0);
  });

  it("hands a failure in the thread back as the error it was, with its stack, not as one of ours", async () => {
    const broken = { site: {}, strategies: [{ id: "x", reports: [{ id: "r" }] }] } as unknown as SiteModel;
    const failure = await paperFiles(broken).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(StrategyPressError);
    expect((failure as Error).stack).toMatch(/render/);
  });

  it("reports a thread that stopped while it waited for its job when the job is given, rather than waiting for ever", async () => {
    const thread = new PaperThread();
    await thread.worker.terminate();
    const { model } = readModel(content);
    await expect(thread.render({ model })).rejects.toThrow(
      /^the board papers could not be rendered: their thread stopped \(exit code \d+\)$/,
    );
  });
});
