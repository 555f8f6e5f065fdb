import type { IncomingMessage, ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import strategyPress from "../../src/eleventy/plugin.ts";
import { PreviewSession } from "../../src/eleventy/preview-session.ts";
import { copyFixture, edit, MINI } from "../helpers/content.ts";
import { scratch } from "../helpers/scratch.ts";
import { readPdf } from "../pdf/read-pdf.ts";

const PLAN = `${MINI}/plan.yaml`;
const TITLE = "More services provided in the community";

/** One live preview: its own Eleventy instance and session over its own content folder, writing its own folder. */
class Preview {
  readonly session: PreviewSession;
  readonly out = join(scratch("sp-two-previews-"), "_site");
  readonly eleventy: Eleventy;

  constructor(readonly contentDir: string) {
    this.session = new PreviewSession(contentDir);
    this.eleventy = new Eleventy(scratch("sp-two-previews-input-"), this.out, {
      quietMode: true,
      configPath: false,
      config: (eleventyConfig) =>
        strategyPress(eleventyConfig, { content: contentDir, preview: true, session: this.session }),
    });
    this.eleventy.disableLogger();
  }

  /** A rebuild after a content edit, as `--serve` makes it: the configuration (and so the content) reloaded, then the pages written. */
  async rebuild(): Promise<void> {
    // Eleventy's own steps for a watched file that resets the configuration (Eleventy.js, its watch queue); its types leave them out.
    const eleventy = this.eleventy as unknown as {
      resetConfig(): void;
      restart(): Promise<void>;
      init(options: object): Promise<void>;
    };
    eleventy.resetConfig();
    await eleventy.restart();
    await eleventy.init({ viaConfigReset: true });
    await this.eleventy.write();
  }

  actionPage(): string {
    return readFileSync(join(this.out, MINI, "actions", "a01-community", "index.html"), "utf8");
  }

  /** What the preview's dev server answers for a board paper: made on demand, from this preview's content. */
  async paperText(path: string): Promise<string> {
    const chunks: Uint8Array[] = [];
    let status = 0;
    const res = {
      statusCode: 0,
      setHeader: () => undefined,
      end: (bytes?: Uint8Array) => void (bytes && chunks.push(bytes)),
    };
    await this.session.onDemand.middleware(
      { url: path } as IncomingMessage,
      res as unknown as ServerResponse,
      () => (status = 404),
    );
    status ||= res.statusCode;
    expect(status).toBe(200);
    return (await readPdf(chunks[0] ?? new Uint8Array())).text;
  }
}

describe("two previews in one process", () => {
  it("each keep their own content, last good pages, diagnostics and board papers", async () => {
    const first = new Preview(copyFixture());
    const second = new Preview(copyFixture());
    edit(second.contentDir, PLAN, `title: ${TITLE}`, "title: Only in the second folder");
    await Promise.all([first.eleventy.write(), second.eleventy.write()]);

    // A mistake in the first folder: its preview keeps its last good pages with the diagnostics above them.
    edit(first.contentDir, PLAN, "horizon: short", "horizon: shortish");
    await Promise.all([first.rebuild(), second.rebuild()]);

    expect(first.session.content.errors).toBe(1);
    expect(second.session.content.errors).toBe(0);
    const firstPage = first.actionPage();
    expect(firstPage).toContain('id="strategy-press-diagnostics"');
    expect(firstPage).toContain("Horizon must be one of");
    expect(firstPage).toContain(TITLE);
    const secondPage = second.actionPage();
    expect(secondPage).not.toContain('id="strategy-press-diagnostics"');
    expect(secondPage).toContain("Only in the second folder");
    expect(secondPage).not.toContain(TITLE);

    // Each dev server answers a paper from its own preview's content, and none is written into the folders.
    const [firstPaper, secondPaper] = await Promise.all([
      first.paperText(`/${MINI}/reports/r1.pdf`),
      second.paperText(`/${MINI}/reports/r1.pdf`),
    ]);
    expect(firstPaper).toContain(TITLE);
    expect(firstPaper).not.toContain("Only in the second folder");
    expect(secondPaper).toContain("Only in the second folder");
    expect(secondPaper).not.toContain(TITLE);
    expect(() => readFileSync(join(first.out, MINI, "reports", "r1.pdf"))).toThrow(/ENOENT/);
  }, 240_000);
});
