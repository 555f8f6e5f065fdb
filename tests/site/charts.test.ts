import { describe, expect, it } from "vitest";
import { barChart, wrapLabel } from "../../src/site/charts/bar-chart.ts";
import { DomUtils, parseDocument } from "htmlparser2";

const svgOf = (markup: string) => parseDocument(markup, { xmlMode: true });
const all = (markup: string, name: string) => DomUtils.getElementsByTagName(name, svgOf(markup).children);

describe("barChart", () => {
  const chart = barChart({
    title: "Actions by status",
    bars: [
      { label: "On track", value: 6, tone: "on-track" },
      { label: "At risk", value: 3 },
    ],
  });

  it("draws one bar per value, longest for the largest, each labelled with its name and number", () => {
    const widths = all(chart, "rect").map((r) => Number(r.attribs["width"]));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
    expect(widths[1]).toBe(Math.round((widths[0] ?? 0) / 2));
    expect(all(chart, "text").map((t) => DomUtils.textContent(t))).toEqual(["On track", "6", "At risk", "3"]);
  });

  it("is named by its title and hidden from assistive technology, which reads the table beside it", () => {
    const svg = all(chart, "svg")[0];
    expect(svg?.attribs["aria-hidden"]).toBe("true");
    expect(DomUtils.textContent(all(chart, "title"))).toBe("Actions by status");
  });

  it("escapes labels, so a name with markup stays text", () => {
    const hostile = barChart({ title: "<t>", bars: [{ label: `<script>x</script>"`, value: 1 }] });
    expect(all(hostile, "script")).toEqual([]);
    expect(DomUtils.textContent(all(hostile, "text")[0]!)).toBe(`<script>x</script>"`);
  });

  it("scales to a fixed maximum, so percentages share one scale", () => {
    const half = barChart({ title: "t", bars: [{ label: "a", value: 50 }], max: 100, unit: "%" });
    const full = barChart({ title: "t", bars: [{ label: "a", value: 100 }], max: 100, unit: "%" });
    expect(Number(all(half, "rect")[0]?.attribs["width"]) * 2).toBe(Number(all(full, "rect")[0]?.attribs["width"]));
    expect(DomUtils.textContent(all(half, "text")[1]!)).toBe("50%");
  });
});

describe("chart labels", () => {
  it("wrap at spaces onto lines that fit the chart, so a long name is never cut", () => {
    expect(wrapLabel("Prevention, Early Intervention and Community Resilience", 20)).toEqual([
      "Prevention, Early",
      "Intervention and",
      "Community Resilience",
    ]);
    expect(wrapLabel("Short", 20)).toEqual(["Short"]);
    expect(wrapLabel("Supercalifragilisticexpialidocious", 10)).toEqual([
      "Supercalif",
      "ragilistic",
      "expialidoc",
      "ious",
    ]);
  });

  it("are drawn line by line, and every word of the label is there", () => {
    const label =
      "Crisis Care, Acute Alternatives to Admission and Supporting People Safely Through and After a Mental Health Crisis";
    const chart = barChart({ title: "t", bars: [{ label, value: 1 }] });
    const tspans = all(chart, "tspan").map((t) => DomUtils.textContent(t));
    expect(tspans.length).toBeGreaterThan(2);
    expect(tspans.join(" ")).toBe(label);
    for (const line of tspans) expect(line.length).toBeLessThanOrEqual(37);
  });
});
