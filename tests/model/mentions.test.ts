import { describe, expect, it } from "vitest";
import { mentionedId, withMentions, type Mentioned } from "../../src/model/index.ts";

const actions = new Map<string, Mentioned>([
  ["short-breaks", { id: "short-breaks", text: "action 2.1.1 (Commission a short breaks service)" }],
  ["short-breaks-review", { id: "short-breaks-review", text: "action 2.1.3 (Review the service)" }],
]);

describe("mentions of other actions", () => {
  it("read as the action's number and title, linked by a target only the outputs understand", () => {
    const text = withMentions("Waits on short-breaks and short-breaks-review.", actions);
    expect(text).toBe(
      "Waits on [action 2.1.1 (Commission a short breaks service)](#sp-action=short-breaks) and [action 2.1.3 (Review the service)](#sp-action=short-breaks-review).",
    );
    expect(mentionedId("#sp-action=short-breaks")).toBe("short-breaks");
    expect(mentionedId("#short-breaks")).toBeNull();
  });

  it("leave ids in code, in links and inside longer words alone", () => {
    const text = "`short-breaks`, [short-breaks](https://example.org/short-breaks) and no-short-breaks";
    expect(withMentions(text, actions)).toBe(text);
  });
});
