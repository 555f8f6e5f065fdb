import { renameSync, writeFileSync } from "node:fs";

/** Writes a file whole or not at all: readers never see a half-written PDF or YAML file. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
