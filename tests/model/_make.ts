import type { ActionContent, Status, UpdateContent } from "../../src/model/index.ts";

/** A hand-made action: only what a test cares about needs saying. */
export function action(id: string, fields: Partial<ActionContent> = {}): ActionContent {
  return {
    id,
    title: `Action ${id}`,
    kind: "action",
    themes: ["t1"],
    drivers: ["d1"],
    horizon: "short",
    lead: "Council",
    start: "2014-04-01",
    due: "2015-03-31",
    ...fields,
  };
}

export function update(date: string, status: Status, percent?: number): UpdateContent {
  return { date, status, note: `${status} on ${date}`, ...(percent === undefined ? {} : { percent }) };
}
