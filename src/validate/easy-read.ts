import type { LoadedStrategy } from "../load/content-folder.ts";
import { resolveContentPath } from "../load/content-path.ts";
import { pictureProblem } from "./pictures.ts";
import { list, record, text } from "./raw.ts";

/**
 * The pictures easy-read.yaml names are PNG or JPEG files in the strategy's folder, found through the
 * content-folder resolver and decoded here, so the build never meets one it cannot publish. (That each
 * has alt text is the schema's rule: `alt` is required, so a picture without one is reported where it is written.)
 */
export function checkEasyRead(s: LoadedStrategy, contentRoot: string): void {
  const file = s.easyRead;
  if (!file) return;
  list(record(file.data)["sections"]).forEach((section, i) => {
    list(record(section)["points"]).forEach((point, j) => {
      const picture = text(record(record(point)["image"])["file"]);
      if (!picture) return;
      const found = resolveContentPath(contentRoot, s.dir, picture);
      const problem = "problem" in found ? found.problem : pictureProblem(found.real, ["png", "jpeg"]);
      if (problem) {
        file.reportAt(
          ["sections", i, "points", j, "image", "file"],
          "error",
          `the picture "${picture}" ${problem}`,
          `Put the PNG or JPEG file in ${s.folderName}/ (e.g. ${s.folderName}/easy-read/picture.png) and give its path from there.`,
        );
      }
    });
  });
}
