import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { decodeLink } from '../../../src/url';

/** The links of ADR 17: reasoning-token source, latency strength and percentile. */
describe('reasoning and latency-requirement keys', () => {
  it('a bare link uses each model’s hidden tokens and preferred p50 targets', () => {
    const w = decodeLink('?v=1', { catalog }).inputs.workload;
    expect(w.reasoningFromModel).toBe(1);
    expect(w.latencyTargetRequired).toBe(0);
    expect(w.latencyTargetP95).toBe(0);
  });

  it('a link from before `rtm` that states `rt` keeps that count for every reasoning API', () => {
    const w = decodeLink('?v=1&uc=agent&rt=3000', { catalog }).inputs.workload;
    expect(w.reasoningTokensPerRequest).toBe(3000);
    expect(w.reasoningFromModel).toBe(0);
  });

  it('reads required p95 targets', () => {
    const d = decodeLink('?v=1&ttft=2&ltr=1&ltp=1', { catalog });
    expect(d.issues).toEqual([]);
    expect(d.inputs.workload.latencyTargetRequired).toBe(1);
    expect(d.inputs.workload.latencyTargetP95).toBe(1);
  });
});
