import { resolveContentPath } from "../load/content-path.ts";
import type { SourceFile } from "../load/source-file.ts";
import { pictureProblem } from "./pictures.ts";
import { record, text } from "./raw.ts";

/**
 * The files site.yaml names (the publisher's logo) are found through the content-folder resolver: regular
 * files inside the content folder, of the type their name says. A path or a symbolic link that leads out of
 * it would publish a file the author never meant to (../../secret.svg, /etc/passwd), and an SVG that runs
 * script would run it on the site's own address.
 */
export function checkSiteFiles(site: SourceFile, contentRoot: string): void {
  const logo = text(record(record(site.data)["publisher"])["logo"]);
  if (!logo) return;
  const found = resolveContentPath(contentRoot, contentRoot, logo);
  const problem = "problem" in found ? found.problem : pictureProblem(found.real, ["svg", "png", "jpeg"]);
  if (problem)
    site.reportAt(
      ["publisher", "logo"],
      "error",
      `the logo file "${logo}" ${problem}`,
      "Put the SVG or PNG file in the content folder (e.g. content/assets/logo.svg) and give its path from there.",
    );
}
