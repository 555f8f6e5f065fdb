import { join } from "node:path";
import type { ActionContent, Clock, StrategyFiles } from "../src/model/index.ts";
import { PACKAGE_ROOT } from "../src/package-root.ts";
import { readModel } from "../src/pipeline.ts";

/** The day Derby's strategy is judged at in the bench: the end of its latest report's period. */
export const DERBY_CLOCK: Clock = { day: "2015-08-31" };

let _derby: StrategyFiles | null = null;

/**
 * A strategy of Derby's shape with `actions` actions: Derby's own content (its themes, drivers, service
 * models, reports and risks), its sixteen actions copied round until there are enough, each copy with
 * an id of its own, its prose cut to a sentence so the bench measures the shape rather than the text.
 */
export function derbyShaped(actions: number, id: string): StrategyFiles {
  const derby = (_derby ??= _readDerby());
  const originals = derby.plan.actions;
  const copied: ActionContent[] = Array.from({ length: actions }, (_, i) => {
    const source = originals[i % originals.length] as ActionContent;
    const round = Math.floor(i / originals.length);
    // The first round keeps Derby's ids, which its reports and risks name.
    const copy: ActionContent = {
      ...source,
      id: round === 0 ? source.id : `${source.id}-${round + 1}`,
      ...(source.ref ? { ref: round === 0 ? source.ref : `${source.ref}.${round + 1}` } : {}),
    };
    if (round > 0) delete copy.depends_on;
    if (copy.description) copy.description = _firstSentence(copy.description);
    copy.updates = (source.updates ?? []).map((u) => ({ ...u, note: _firstSentence(u.note) }));
    return copy;
  });
  return { ...derby, strategy: { ...derby.strategy, id }, plan: { ...derby.plan, actions: copied } };
}

function _readDerby(): StrategyFiles {
  // From the package folder: the bench also runs compiled, from dist/bench/.
  const { validated } = readModel(join(PACKAGE_ROOT, "content"), process.cwd(), { clock: DERBY_CLOCK });
  const derby = validated.content?.strategies.find((s) => s.strategy.id === "derby-mental-health");
  if (!derby) throw new Error("content/derby-mental-health is needed for --shape derby");
  // Outputs the bench does not write.
  const { easyRead: _e, measures: _m, ...rest } = derby;
  return rest;
}

function _firstSentence(text: string): string {
  return /^[\s\S]*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text;
}
