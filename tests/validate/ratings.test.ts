import { describe, expect, it } from "vitest";
import { contrastRatio, ratingLook, ratingScaleOf, statusFromWord, TOOL_SCALE } from "../../src/model/index.ts";
import { fixtureWithMistake, headlines } from "../helpers/content.ts";

const STRATEGY = "bracknell-council-plan/strategy.yaml";
const PLAN = "bracknell-council-plan/plan.yaml";

describe("a strategy's own rating scale", () => {
  it("refuses a status rated twice, so a status always reads as one word", () => {
    const dir = fixtureWithMistake(
      "council-plan",
      STRATEGY,
      "{ means: off-track, label: Red",
      "{ means: at-risk, label: Red",
    );
    expect(headlines(dir)).toEqual([`${STRATEGY}:37:14: error: at-risk is already rated "Amber" (rating 2)`]);
  });

  it("refuses a stage in a strategy that does not say it reports stages", () => {
    const dir = fixtureWithMistake("council-plan", STRATEGY, "stages: true\n", "");
    expect(headlines(dir)).toContain(`${PLAN}:14:16: error: this strategy does not report stages`);
  });

  it("writes each rating's word on its colour in black or white, whichever reads at 4.5:1 or more, and keeps a light colour off chart bars", () => {
    const scale = ratingScaleOf({
      ratings: [
        { means: "on-track", label: "Green", colour: "#00703c" },
        { means: "at-risk", label: "Amber", colour: "#ffbf47" },
      ],
    });
    expect(scale.words).toMatchObject({
      "on-track": "Green",
      "at-risk": "Amber",
      "off-track": "Off track",
      complete: "Complete",
    });
    expect(scale.colours["on-track"]).toEqual({ fill: "#00703c", text: "#ffffff", bar: "#00703c" });
    expect(scale.colours["at-risk"]).toEqual({ fill: "#ffbf47", text: "#0b0c0c", bar: "#8f6200" });
    for (const colour of ["#767676", "#777777", "#ffdd00", "#1d70b8", "#000000", "#ffffff"]) {
      const look = ratingLook(colour, "#505a5f");
      expect(contrastRatio(look.text, look.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(look.bar, "#ffffff")).toBeGreaterThanOrEqual(3);
    }
  });

  it("reads a return's status as the tool's code, or the strategy's word in any capitals, where it has a scale of its own", () => {
    const scale = ratingScaleOf({ ratings: [{ means: "at-risk", label: "Amber" }] });
    expect([
      statusFromWord(scale, "Amber"),
      statusFromWord(scale, "amber"),
      statusFromWord(scale, "at-risk"),
      statusFromWord(scale, "Red"),
    ]).toEqual(["at-risk", "at-risk", "at-risk", null]);
    expect([statusFromWord(TOOL_SCALE, "at-risk"), statusFromWord(TOOL_SCALE, "At risk")]).toEqual(["at-risk", null]);
  });
});
