import { PHASES, type Measured, type PhaseName } from "./measure.ts";

/** The targets of issue #12, as numbers. */
export const TARGETS = {
  /** ms per action at a larger size ÷ ms per action at the smallest size, for every phase. */
  growth: 1.3,
  /** The site phase ÷ plain Eleventy writing as many pages. */
  siteOverPlain: 3,
  validateMs: 1000,
  peakRssMiB: 1024,
  /** One board paper ÷ Chromium printing the same report page. */
  pdfOverChromium: 0.5,
} as const;

export interface Verdict {
  met: boolean;
  /** One line: each target, its figure, and ✓ or ✗. */
  line: string;
}

export const perAction = (m: Measured, phase: PhaseName): number => m.phases[phase] / m.actions;

const _x = (n: number) => `${n.toFixed(2)}×`;
const _check = (ok: boolean) => (ok ? "✓" : "✗");

/** The run's verdict against the targets; `smallest` is the smallest size run with as many strategies, for growth. */
export function verdict(m: Measured, smallest: Measured | undefined): Verdict {
  const parts: { ok: boolean; text: string }[] = [];
  const site = m.phases.site / m.plainEleventyMs;
  parts.push({
    ok: site <= TARGETS.siteOverPlain,
    text: `site ${_x(site)} plain Eleventy (≤ ${TARGETS.siteOverPlain}×)`,
  });
  parts.push({
    ok: m.phases.validate <= TARGETS.validateMs,
    text: `validate ${(m.phases.validate / 1000).toFixed(2)} s (≤ 1 s)`,
  });
  parts.push({ ok: m.peakRssMiB <= TARGETS.peakRssMiB, text: `peak RSS ${Math.round(m.peakRssMiB)} MiB (≤ 1024)` });
  if (m.chromiumPrintMs !== null) {
    const pdf = m.firstPdfMs / m.chromiumPrintMs;
    parts.push({
      ok: pdf <= TARGETS.pdfOverChromium,
      text: `board paper ${_x(pdf)} Chromium print (≤ ${TARGETS.pdfOverChromium}×)`,
    });
  }
  if (smallest && smallest.actions < m.actions) {
    const growth = PHASES.map((p) => ({ p, g: perAction(m, p) / Math.max(perAction(smallest, p), 1e-9) }));
    const worst = growth.filter((g) => g.g > TARGETS.growth);
    const shown = growth.map((g) => `${g.p} ${_x(g.g)}`).join(", ");
    parts.push({
      ok: worst.length === 0,
      text: `ms/action vs ${smallest.actions.toLocaleString("en-GB")}: ${shown} (≤ ${TARGETS.growth}× each)`,
    });
  }
  const met = parts.every((p) => p.ok);
  const head = `${m.actions.toLocaleString("en-GB")} actions × ${m.strategies} ${m.strategies === 1 ? "strategy" : "strategies"}: ${met ? "all targets met" : "targets missed"}`;
  return { met, line: `${head} — ${parts.map((p) => `${_check(p.ok)} ${p.text}`).join("; ")}` };
}
