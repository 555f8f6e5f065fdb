import { describe, expect, it } from "vitest";
import { STATUSES } from "../../src/model/index.ts";
import { STATUS_COLOURS, TEXT } from "../../src/pdf/styles.ts";

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("board paper colours", () => {
  it("gives every status chip's word at least 4.5:1 contrast on its fill", () => {
    for (const s of STATUSES)
      expect(contrast(STATUS_COLOURS[s].text, STATUS_COLOURS[s].fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every chart bar at least 3:1 contrast against the white page", () => {
    for (const s of STATUSES) expect(contrast(STATUS_COLOURS[s].bar, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("keeps every text style at least 4.5:1 against the page", () => {
    for (const style of Object.values(TEXT)) expect(contrast(style.colour, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});
