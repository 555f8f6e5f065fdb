import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { copyFixture, MINI } from "../helpers/content.ts";

// Issue 22, item 5: import had no limits, and a date cell of 1e9 ended in exit 70.
let dir: string;
let csv: string;
let xlsx: string;

/** A zip of one part whose central directory says it unzips to `declared` bytes; its data is `data` deflated. */
function zipOfOne(name: string, data: Buffer, declared: number): Buffer {
  const body = deflateRawSync(data);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + file.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, file, body, central, file, end]);
}

const importing = (...files: string[]) => cli(["import", ...files, "--content", "."], dir);

describe("import: limits checked before parsing, each naming its limit", () => {
  beforeAll(async () => {
    dir = copyFixture();
    expect((await cli(["returns", MINI, "--report", "r1", "--out", "returns", "--content", "."], dir)).code).toBe(0);
    const files = readdirSync(join(dir, "returns"));
    csv = join("returns", files.find((f) => f.endsWith(".csv")) as string);
    xlsx = join("returns", files.find((f) => f.endsWith(".xlsx")) as string);
  });

  it("refuses a 37 MB return of 1,048,576 rows × 14 cells by its size, without reading it", async () => {
    // 14 cells and their commas in 36 bytes: 1,048,576 of them is 37.7 MB (36 MiB).
    const row = `${[...Array(8).fill("ab"), ...Array(6).fill("a")].join(",")}\n`;
    expect(row).toHaveLength(36);
    writeFileSync(join(dir, "huge.csv"), row.repeat(1_048_576));
    const said = await importing("huge.csv");
    expect(said.text).toContain(
      "huge.csv:1:1: error: the file is 36 MiB, over the limit of 5 MiB for a return's file size",
    );
    expect(said.code).toBe(1);
  });

  it("refuses a return of more rows than the limit", async () => {
    writeFileSync(join(dir, "rows.csv"), "a,b\n".repeat(20_000));
    const said = await importing("rows.csv");
    expect(said.text).toContain(
      "rows.csv:1:1: error: the return has more than 10,000 rows (20,001), over the limit on rows",
    );
  });

  it("refuses /dev/zero as not a regular file", async () => {
    const zero = await cli(["import", "/dev/zero", "--content", "."], dir);
    expect(zero.code).toBe(2);
    expect(zero.text).toContain("/dev/zero is not a return");
  });

  it("refuses a zip bomb from its central directory, and a part that unzips to more than it declares", async () => {
    writeFileSync(join(dir, "bomb.xlsx"), zipOfOne("xl/worksheets/sheet1.xml", Buffer.alloc(1 << 20), 2_300_000_000));
    const bomb = await importing("bomb.xlsx");
    expect(bomb.text).toContain(
      "bomb.xlsx:1:1: error: the spreadsheet unzips to 2,193.5 MiB, over the limit of 25 MiB for a return's unzipped size",
    );
    writeFileSync(join(dir, "liar.xlsx"), zipOfOne("xl/worksheets/sheet1.xml", Buffer.alloc(1 << 20), 1000));
    const liar = await importing("liar.xlsx");
    expect(liar.text).toContain(
      "liar.xlsx:1:1: error: the spreadsheet's part xl/worksheets/sheet1.xml unzips to more than it declares",
    );
    expect(liar.code).toBe(1);
  });

  it("says a date cell of 1e9 is not a date (exit 1, not 70)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, xlsx));
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const row = sheet.getRow(9);
    row.getCell(8).value = "on-track";
    row.getCell(10).value = 1e9;
    row.getCell(10).numFmt = "yyyy-mm-dd";
    row.getCell(11).value = "A note.";
    await workbook.xlsx.writeFile(join(dir, "dated.xlsx"));
    const said = await importing("dated.xlsx");
    expect(said.text).toContain('dated.xlsx:9:10: error: "Invalid Date" is not a date (cell J9)');
    expect(said.code).toBe(1);
  });

  it("prints the first 200 problems of 5,000 bad rows, then how many more", async () => {
    const rows = parse(readFileSync(join(dir, csv)), { relax_column_count: true }) as string[][];
    const bad = Array.from({ length: 5_000 }, (_, i) => [
      `no-such-action-${i}`,
      "",
      "",
      "",
      "",
      "",
      "",
      "on-track",
      "",
      "",
      "A note.",
      "",
      "",
      "",
    ]);
    writeFileSync(join(dir, "bad.csv"), stringify([...rows.slice(0, 8), ...bad]));
    const said = await importing("bad.csv");
    expect(said.text.match(/: error: /g)).toHaveLength(200);
    expect(said.text).toContain("… and 4,800 more problems");
    expect(said.code).toBe(1);
  });
});
