import { performance } from "node:perf_hooks";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import sirv from "sirv";

/** Debian's Chromium, never a downloaded browser; flags keep it quiet and off the network. The browser tests use it too. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Chromium's print-to-PDF of one built page, timed from launch to PDF bytes, as a board-paper alternative would be. */
export async function chromiumPrint(siteDir: string, path: string): Promise<{ ms: number; bytes: number }> {
  const server = createServer(sirv(siteDir, { dev: false }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const started = performance.now();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${path}`);
    const pdf = await page.pdf({ format: "A4", tagged: true, outline: true });
    return { ms: Math.round(performance.now() - started), bytes: pdf.length };
  } finally {
    await browser.close();
    server.close();
  }
}
