import { existsSync } from "node:fs";
import { join } from "node:path";
import type { LoadedStrategy } from "../load/content-folder.ts";
import { list, record, text } from "./raw.ts";

/**
 * The pictures easy-read.yaml names are in the strategy's folder. (That each has alt text is the
 * schema's rule: `alt` is required, so a picture without one is reported where it is written.)
 */
export function checkEasyRead(s: LoadedStrategy): void {
  const file = s.easyRead;
  if (!file) return;
  list(record(file.data)["sections"]).forEach((section, i) => {
    list(record(section)["points"]).forEach((point, j) => {
      const picture = text(record(record(point)["image"])["file"]);
      if (picture && !existsSync(join(s.dir, picture))) {
        file.reportAt(["sections", i, "points", j, "image", "file"], "error", `the picture "${picture}" is not in the strategy's folder`, `Put the PNG or JPEG file in ${s.folderName}/ (e.g. ${s.folderName}/easy-read/picture.png) and give its path from there.`);
      }
    });
  });
}
