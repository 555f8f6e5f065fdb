import { inflateRawSync } from "node:zlib";

/**
 * How large a return may be, checked before it is parsed: a return lists one lead's actions, a few
 * hundred rows at most, so these are far above any real one and far below what would exhaust memory.
 */
export const RETURN_LIMITS = {
  /** The file as it is on disk. */
  bytes: 5 * 1024 * 1024,
  /** A spreadsheet's parts once unzipped, all together. */
  unzippedBytes: 25 * 1024 * 1024,
  /** Rows of the table (lines of a CSV, `<row>`s of the sheet). */
  rows: 10_000,
  /** Cells in all. */
  cells: 200_000,
} as const;

/** Why a return is refused before it is parsed, naming the limit; null when it is within every limit. */
export type LimitProblem = { message: string; hint: string } | null;

const MIB = 1024 * 1024;

/** The file's size on disk against the limit. */
export function sizeProblem(bytes: number): LimitProblem {
  if (bytes <= RETURN_LIMITS.bytes) return null;
  return {
    message: `the file is ${_size(bytes)}, over the limit of ${_size(RETURN_LIMITS.bytes)} for a return's file size`,
    hint: "Import the return `strategy-press returns` wrote, filled in: one lead's actions, not a whole workbook of other data.",
  };
}

/** A CSV's rows and cells, counted from its line breaks and commas (never fewer than it has) before it is parsed. */
export function csvProblem(bytes: Uint8Array): LimitProblem {
  let rows = 1;
  let cells = 1;
  for (const b of bytes) {
    if (b === 0x0a) rows++;
    else if (b === 0x2c) cells++;
  }
  cells += rows;
  return _countProblem(rows, cells);
}

/**
 * A spreadsheet (a zip of XML parts), checked from its central directory before anything is inflated: the
 * sizes it declares, then each part inflated with its declared size as the most it may produce (so a part
 * that lies about its size stops there), then the sheet's rows and cells counted in its XML.
 */
export function xlsxProblem(bytes: Buffer): LimitProblem {
  const entries = zipEntries(bytes);
  if (!entries) return null; // Not a zip: the spreadsheet reader says so in its own words.
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > RETURN_LIMITS.unzippedBytes) return _unzipped(declared);
  let rows = 0;
  let cells = 0;
  for (const entry of entries) {
    let data: Buffer;
    try {
      data =
        entry.method === 0
          ? bytes.subarray(entry.dataStart, entry.dataStart + entry.size)
          : inflateRawSync(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), {
              maxOutputLength: Math.max(1, entry.size),
            });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return _unzipped(declared, entry.name);
      continue; // A part that does not inflate: the spreadsheet reader reports it.
    }
    if (data.length !== entry.size) return _unzipped(declared, entry.name);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      const xml = data.toString("latin1");
      rows += _count(xml, "<row");
      cells += _count(xml, "<c ") + _count(xml, "<c>");
    }
  }
  return _countProblem(rows, cells);
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

/** The entries a zip's central directory lists, with where each one's data starts; null when it is not a zip. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const end = _endOfCentralDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return null;
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the end-of-central-directory record is: within the last 64 KiB and 22 bytes of the file. */
function _endOfCentralDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

function _countProblem(rows: number, cells: number): LimitProblem {
  if (rows > RETURN_LIMITS.rows)
    return {
      message: `the return has more than ${RETURN_LIMITS.rows.toLocaleString("en-GB")} rows (${rows.toLocaleString("en-GB")}), over the limit on rows`,
      hint: "A return lists one lead's actions: import the one `strategy-press returns` wrote.",
    };
  if (cells > RETURN_LIMITS.cells)
    return {
      message: `the return has more than ${RETURN_LIMITS.cells.toLocaleString("en-GB")} cells (${cells.toLocaleString("en-GB")}), over the limit on cells`,
      hint: "A return has fourteen columns: import the one `strategy-press returns` wrote.",
    };
  return null;
}

function _unzipped(declared: number, part?: string): LimitProblem {
  return {
    message: part
      ? `the spreadsheet's part ${part} unzips to more than it declares, so it is not read (the limit on unzipped size is ${_size(RETURN_LIMITS.unzippedBytes)})`
      : `the spreadsheet unzips to ${_size(declared)}, over the limit of ${_size(RETURN_LIMITS.unzippedBytes)} for a return's unzipped size`,
    hint: "Import the return `strategy-press returns` wrote, filled in; a spreadsheet of one lead's actions unzips to well under a megabyte.",
  };
}

function _count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function _size(bytes: number): string {
  return bytes >= MIB
    ? `${(bytes / MIB).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MiB`
    : `${Math.ceil(bytes / 1024).toLocaleString("en-GB")} KiB`;
}
