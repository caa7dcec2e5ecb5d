/**
 * Hybrid patterns (engine-spec §9.2): part of the traffic on a self-hosted
 * option, part on an API, each computed from the same physics and prices as
 * the pure options.
 */

/**
 * Share of monthly requests above a fixed capacity (engine-spec §9.2):
 * `Σ_h max(0, λ_h − capacity) / Σ_h λ_h`, hour by hour over the profile.
 *
 * @param hourlyRequestsPerSecond arrival rate in each hour of the day.
 * @param capacityRequestsPerSecond what the local fleet serves per second.
 * @example overflowShare(sinusoid with PAR 2, mean) // 0.3183 (V9: 1/π)
 */
export function overflowShare(
  hourlyRequestsPerSecond: readonly number[],
  capacityRequestsPerSecond: number,
): number {
  let total = 0;
  let over = 0;
  for (const rate of hourlyRequestsPerSecond) {
    total += rate;
    over += Math.max(0, rate - Math.max(0, capacityRequestsPerSecond));
  }
  return total > 0 ? over / total : 0;
}

/**
 * Closed form of `overflowShare` for a continuous sinusoid
 * `λ(θ) = λ̄(1 + a·sin θ)` against a capacity `κ·λ̄` (engine-spec §9.2).
 *
 * @example sinusoidOverflowShare(1, 1) // 1/π = 0.3183
 */
export function sinusoidOverflowShare(
  amplitude: number,
  capacityOverMean: number,
): number {
  if (!(amplitude > 0)) return capacityOverMean >= 1 ? 0 : 1 - capacityOverMean;
  const b = Math.min(1, Math.max(-1, (capacityOverMean - 1) / amplitude));
  const theta0 = Math.asin(b);
  return (
    (2 * amplitude * Math.cos(theta0) -
      (capacityOverMean - 1) * (Math.PI - 2 * theta0)) /
    (2 * Math.PI)
  );
}
