import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";

/** Plain Eleventy rendering `pages` pages from one paginated Nunjucks template: the floor a site build can reach. */
export async function plainEleventy(pages: number, dir: string): Promise<{ pages: number; ms: number }> {
  const input = join(dir, "src");
  mkdirSync(input, { recursive: true });
  writeFileSync(
    join(input, "page.njk"),
    [
      "---",
      "pagination: { data: items, size: 1, alias: item }",
      'permalink: "/{{ item.id }}/index.html"',
      "---",
      '<!doctype html><html lang="en"><head><title>{{ item.title }}</title></head>',
      "<body><main><h1>{{ item.title }}</h1><p>{{ item.note }}</p></main></body></html>",
    ].join("\n"),
  );
  const items = Array.from({ length: pages }, (_, i) => ({
    id: `p${i}`,
    title: `Page ${i}`,
    note: `A note for page ${i}.`,
  }));
  writeFileSync(join(input, "items.11tydata.json"), "{}");
  const started = performance.now();
  const eleventy = new Eleventy(input, join(dir, "out"), {
    quietMode: true,
    configPath: false,
    config: (c: { addGlobalData: (k: string, v: unknown) => void }) => c.addGlobalData("items", items),
  });
  eleventy.disableLogger();
  await eleventy.write();
  return { pages, ms: Math.round(performance.now() - started) };
}
