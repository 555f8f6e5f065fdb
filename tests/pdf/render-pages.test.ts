import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratch } from "../helpers/scratch.ts";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/pdf/index.ts";
import { readModel } from "../../src/pipeline.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "content");
const hasPdftoppm = spawnSync("pdftoppm", ["-v"]).error === undefined;
if (!hasPdftoppm)
  console.warn(
    "pdftoppm (poppler-utils) is not installed: skipping the check that every page of the board paper renders",
  );

describe("the board paper in another PDF reader (poppler)", () => {
  it.skipIf(!hasPdftoppm)("renders every page without complaint", async () => {
    const strategy = readModel(CONTENT).model.strategies.find((s) => s.id === "derby-mental-health");
    const report = strategy?.latestReport;
    if (!strategy || !report) throw new Error("the Derby strategy or its reports are missing");
    const dir = scratch("sp-pdf-");
    const file = join(dir, "report.pdf");
    writeFileSync(file, await renderReport(strategy, report.id));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    const run = spawnSync("pdftoppm", ["-png", "-r", "30", file, join(dir, "page")], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const images = readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(pages).toBeGreaterThan(0);
    expect(images).toHaveLength(pages);
    // A blank page compresses to almost nothing; every page has text on it.
    for (const image of images) expect(statSync(join(dir, image)).size).toBeGreaterThan(2000);
    // Text copied out of the file reads in the paper's order.
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    const order = [
      "1 Purpose",
      "2 Recommendations",
      "3 Summary of progress",
      "4 Exceptions",
      "5 Changes since the last report",
      "6 Risks",
      "Appendix A: Progress of every action",
    ].map((h) => text.indexOf(`${h}\n`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
