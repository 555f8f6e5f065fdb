import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentGapError } from "../errors.ts";
import type { Report } from "../model/index.ts";

/** The SHA-256 of bytes, in hexadecimal as `sha256sum` prints it. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The stored file of a report's edition in a format, as reports.yaml records it; null when it has none. */
export function storedEdition(report: Pick<Report, "approved">, ext: string): { file: string; sha256: string } | null {
  return report.approved?.editions?.find((e) => e.file.endsWith(`.${ext}`)) ?? null;
}

/**
 * The bytes of an approved report's stored edition, read from the strategy folder and refused when
 * they are not the bytes that were approved: a published edition never changes.
 */
export function readStoredEdition(
  strategyDir: string,
  reportId: string,
  edition: { file: string; sha256: string },
): Uint8Array {
  const bytes = readFileSync(join(strategyDir, edition.file));
  if (sha256(bytes) !== edition.sha256)
    throw new ContentGapError(
      `report ${reportId}'s stored edition ${edition.file} is not the one approved (its SHA-256 differs): restore it from git`,
    );
  return bytes;
}
