import { existsSync } from "node:fs";
import { join } from "node:path";
import { elements, pagesUnder, readPage, type Document } from "./build.ts";

export interface Link {
  page: string;
  attribute: "href" | "src";
  value: string;
}

export interface LinkProblem extends Link {
  problem: string;
}

const ORIGIN = "http://site.invalid";

/** Every href and src in the site's pages. */
export function linksIn(dir: string): Link[] {
  return pagesUnder(dir).flatMap((page) =>
    elements(readPage(dir, page)).flatMap((el) =>
      (["href", "src"] as const).flatMap((attribute) => {
        const value = el.attribs[attribute];
        return value === undefined ? [] : [{ page, attribute, value }];
      }),
    ),
  );
}

/**
 * Checks that each link within the site reaches a file the build wrote (and, with a #fragment, an
 * element with that id). Links are resolved as a browser would from the page's address; the site
 * lives under `prefix`, so an internal link must start with it.
 */
export function brokenLinks(dir: string, prefix = "/"): { checked: number; problems: LinkProblem[] } {
  const docs = new Map<string, Document>();
  const doc = (file: string) => docs.get(file) ?? docs.set(file, readPage(dir, file)).get(file)!;
  const problems: LinkProblem[] = [];
  let checked = 0;
  for (const link of linksIn(dir)) {
    const url = new URL(link.value, `${ORIGIN}${prefix}${link.page}`);
    if (url.origin !== ORIGIN) continue;
    checked++;
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      problems.push({ ...link, problem: `outside the path prefix ${prefix}` });
      continue;
    }
    const file = path.slice(prefix.length) + (path.endsWith("/") ? "index.html" : "");
    if (!existsSync(join(dir, file))) {
      problems.push({ ...link, problem: `no file ${file}` });
      continue;
    }
    const id = url.hash ? decodeURIComponent(url.hash.slice(1)) : "";
    if (id && file.endsWith(".html") && elements(doc(file), (el) => el.attribs["id"] === id).length === 0) {
      problems.push({ ...link, problem: `no element with id "${id}" in ${file}` });
    }
  }
  return { checked, problems };
}
