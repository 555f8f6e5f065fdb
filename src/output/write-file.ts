import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";

/**
 * Writes a file whole or not at all: readers never see a half-written PDF or YAML file, and a crash at any
 * moment leaves either the old file or the new one. The temporary name is unique, so two writers never share it.
 * A file written over keeps its mode: a plan.yaml shared by a group (660) stays so after `update`.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeNewFileSynced(tmp, data, modeOf(path));
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Creates `path` (never over an existing file) with `data` and the permission bits `mode` (null: the
 * default), and waits until it is on the disk: what is renamed into place afterwards is whole.
 */
export function writeNewFileSynced(path: string, data: string | Uint8Array, mode: number | null = null): void {
  const fd = openSync(path, "wx");
  try {
    if (mode !== null) fchmodSync(fd, mode);
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The permission bits of the file a write replaces, or null when there is none yet. */
export function modeOf(path: string): number | null {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return null;
  }
}
