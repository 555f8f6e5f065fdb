import { existsSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "../load/source-file.ts";
import { record, text } from "./raw.ts";

/** The files site.yaml names (the publisher's logo) exist in the content folder. */
export function checkSiteFiles(site: SourceFile, contentRoot: string): void {
  const logo = text(record(record(site.data)["publisher"])["logo"]);
  if (logo && !existsSync(join(contentRoot, logo))) {
    site.reportAt(["publisher", "logo"], "error", `the logo file "${logo}" is not in the content folder`, "Put the SVG or PNG file in the content folder (e.g. content/assets/logo.svg) and give its path from there.");
  }
}
