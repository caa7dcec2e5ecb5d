/**
 * Where each crossover's volume label goes, so two crossovers close together
 * never print over each other ("5.99B9.4B", seen on the page and in print).
 * The chart's axes are logarithmic, so closeness is measured in decades.
 */
import type { ChartCrossover } from './chart-model';

export type CrossoverLabelPosition = 'top' | 'bottom';

/**
 * Two labels this close in volume (decades) could touch: "5.99B" at 12 px is
 * ~40 px wide, and a phone-width chart (390 px) spans five decades in ~300 px,
 * i.e. ~0.65 decade per label; 0.7 keeps a margin.
 */
export const LABEL_CLEARANCE_DECADES_X = 0.7;
/** Two labels this close in cost (decades) sit on the same text line. */
export const LABEL_CLEARANCE_DECADES_Y = 0.35;

/**
 * A position per crossover, in the given order: above the dot, except that a
 * label that would collide with an earlier one above its own dot goes below
 * its dot instead. Pure; a crossover at a non-positive volume or cost (never
 * drawn on log axes) keeps 'top'.
 */
export function crossoverLabelPositions(
  crossovers: readonly Pick<ChartCrossover, 'tokensPerMonth' | 'usdPerMonth'>[],
): CrossoverLabelPosition[] {
  const placed: { x: number; y: number; at: CrossoverLabelPosition }[] = [];
  return crossovers.map((c) => {
    if (!(c.tokensPerMonth > 0) || !(c.usdPerMonth > 0)) return 'top';
    const x = Math.log10(c.tokensPerMonth);
    const y = Math.log10(c.usdPerMonth);
    const collides = (at: CrossoverLabelPosition) =>
      placed.some(
        (p) =>
          p.at === at &&
          Math.abs(p.x - x) < LABEL_CLEARANCE_DECADES_X &&
          Math.abs(p.y - y) < LABEL_CLEARANCE_DECADES_Y,
      );
    const at: CrossoverLabelPosition =
      collides('top') && !collides('bottom') ? 'bottom' : 'top';
    placed.push({ x, y, at });
    return at;
  });
}
