import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf, squash } from "../pdf/read-pdf.ts";
import { launchChromium, newPage } from "./helpers/browser.ts";

const REPO = join(import.meta.dirname, "..", "..");
const ACTION = "/derby-mental-health/actions/a01-generic-model/";
const TITLE = "To develop the generic model to reflect mental health practice effectively";

let scratch: string;
let plan: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
const log: string[] = [];

async function heading(): Promise<string> {
  return ((await page.locator("h1").textContent()) ?? "").trim();
}

/** Saves as many editors do: write a new file beside the old one, then rename it over. */
function saveByRename(path: string, text: string): void {
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function answered(url: string, ms: number): Promise<void> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error(`the preview never answered at ${url}:\n${log.join("")}`);
}

describe("npm start: the live preview", () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "sp-preview-"));
    cpSync(join(REPO, "content"), join(scratch, "content"), { recursive: true });
    plan = join(scratch, "content", "derby-mental-health", "plan.yaml");
    const port = await freePort();
    base = `http://localhost:${port}`;
    // As a user runs it, on a copy of the content and with the output kept out of the project.
    server = spawn("npm", ["start", "--", "--port", String(port), "--output", join(scratch, "_site")], {
      cwd: REPO,
      env: { ...process.env, STRATEGY_PRESS_CONTENT: join(scratch, "content") },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    await answered(`${base}${ACTION}`, 180_000);
    browser = await launchChromium();
    page = await newPage(browser);
    await page.goto(`${base}${ACTION}`, { waitUntil: "load" });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    // npm starts a shell that starts Eleventy: stop the whole group it leads.
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(scratch, { recursive: true, force: true });
  });

  it("reloads the open page with the new text when a YAML value is edited", async () => {
    expect(await heading()).toContain(TITLE);
    const before = readFileSync(plan, "utf8");
    const edited = "To develop the generic model with the Trust's clinical reference group";
    const saved = performance.now();
    saveByRename(plan, before.replace(`title: ${TITLE}`, `title: ${edited}`));
    await page.locator("h1", { hasText: edited }).waitFor({ timeout: 60_000 });
    // How long a one-line edit takes to show; printed so it can be watched over time.
    process.stdout.write(
      `live preview: edit visible in the browser after ${Math.round(performance.now() - saved)} ms\n`,
    );
  });

  it("shows the diagnostics in the page when the content breaks, keeping the last good page", async () => {
    const good = readFileSync(plan, "utf8");
    // The reader is at the foot of the page when the content breaks.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    saveByRename(plan, good.replace("    horizon: short\n", "    horizon: shortish\n"));
    const panel = page.locator("#strategy-press-diagnostics");
    await panel.waitFor({ timeout: 60_000 });
    // Brought into view and focused, so it is seen, and read out (it is an alert) by a screen reader.
    await expect.poll(() => panel.evaluate((el) => document.activeElement === el), { timeout: 10_000 }).toBe(true);
    expect(await panel.evaluate((el) => el.getAttribute("role"))).toBe("alert");
    await expect
      .poll(() => panel.evaluate((el) => Math.abs(el.getBoundingClientRect().top)), { timeout: 10_000 })
      .toBeLessThan(50);
    const shown = (await panel.textContent()) ?? "";
    expect(shown).toContain("The content has 1 error");
    expect(shown).toMatch(/plan\.yaml:\d+:\d+: error: Horizon must be one of short, medium, long; found "shortish"/);
    expect(shown).toContain("hint: Use one of: short, medium, long.");
    expect(await heading()).toContain("clinical reference group");

    saveByRename(plan, good);
    await panel.waitFor({ state: "detached", timeout: 60_000 });
    expect(await heading()).toContain("clinical reference group");
  });

  it("answers a board paper when it is asked for, from the content as it is now", async () => {
    const response = await page.request.get(`${base}/derby-mental-health/reports/2015-09.pdf`, { timeout: 120_000 });
    expect(response.status()).toBe(200);
    const bytes = Buffer.from(await response.body());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // It cites the published site's address, as the published paper does, not the preview's.
    const { text } = await readPdf(bytes);
    expect(squash(text)).toContain("https://strategies.derby.example/derby-mental-health/reports/2015-09/");
    expect(text).not.toContain("localhost");
  });
});
