import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder Strategy Press is installed in, holding package.json, templates/ and schemas/. Found
 * by walking up from this file, so the same code finds it running from src/ (through tsx) or
 * compiled into dist/src/.
 */
export const PACKAGE_ROOT = _packageRoot(dirname(fileURLToPath(import.meta.url)));

function _packageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates")) && existsSync(join(dir, "schemas")))
      return dir;
    if (dirname(dir) === dir) throw new Error(`Strategy Press's templates/ and schemas/ were not found above ${start}`);
  }
}
