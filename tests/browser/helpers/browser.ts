import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../../bench/baselines/chromium.ts";
import { afterAll, beforeAll, inject } from "vitest";

export { launchChromium };

/** The absolute address of a site path such as "/derby-mental-health/plan/". */
export function siteUrl(path: string): string {
  return new URL(path.replace(/^\//, ""), inject("siteUrl")).href;
}

/** Every HTML page the build wrote, as site paths ("/", "/x/", "/404.html"), except Pagefind's own files. */
export function sitePages(): string[] {
  const root = inject("siteDir");
  return _walk(root)
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${relative(root, file).split(sep).join("/")}`)
    .filter((path) => !path.startsWith("/pagefind/"))
    .map((path) => path.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

function _walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? _walk(path) : [path];
  });
}

/** Opens a page and fails with its address when the server does not answer 200. */
export async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(siteUrl(path), { waitUntil: "load" }).catch((error: Error) => {
    throw new Error(`the site has no page at ${path} (${error.message.split("\n")[0]})`);
  });
  if (!response || response.status() !== 200)
    throw new Error(`the site has no page at ${path} (status ${response?.status() ?? "none"})`);
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: "reduce", ...options });
  return context.newPage();
}

/** Opens Chromium and one page for a whole test file, handing the page to `use`; closes the browser after the file. */
export function withSharedPage(use: (page: Page) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    use(await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export const STRATEGY = "/derby-mental-health/";
/** The fixture strategy whose every title is long (tests/fixtures/long-titles), built beside Derby. */
export const LONG_STRATEGY = "/long-titled-strategy/";
/** The measures fixture: a strategy with outcome measures, their page and charts. */
export const MEASURED_STRATEGY = "/measured-strategy/";
