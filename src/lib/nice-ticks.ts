/**
 * Round axis ticks for the hand-drawn charts (issue 14 item 8: "3.8 s, 7.7 s"
 * read as noise): a step of 1, 2 or 5 × 10^n, the smallest that draws at
 * most `maxTicks` intervals from 0 to at least `max`.
 *
 * @example niceTicks(7.7) // { step: 2, ticks: [0, 2, 4, 6, 8] }
 * @example niceTicks(0.34, 4) // { step: 0.1, ticks: [0, 0.1, 0.2, 0.3, 0.4] }
 */
export function niceTicks(
  max: number,
  maxTicks = 5,
): {
  readonly step: number;
  readonly ticks: readonly number[];
  readonly top: number;
} {
  if (!(max > 0) || !Number.isFinite(max))
    return { step: 1, ticks: [0, 1], top: 1 };
  const rough = max / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10]
      .map((m) => m * power)
      .find((s) => s >= rough - 1e-12 * power) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  // Rounded to the step's decimals, so 0.1 × 3 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks = Array.from({ length: count + 1 }, (_, i) =>
    Number((i * step).toFixed(decimals)),
  );
  return { step, ticks, top: ticks[ticks.length - 1]! };
}
