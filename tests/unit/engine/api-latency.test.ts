import { describe, expect, it } from 'vitest';
import { estimateApiCost } from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import { aWorkload, anApiOption } from '../../fixtures/scenario-builders';

describe('API latency', () => {
  it('adds the network round trip and the answer at the measured speed', () => {
    // api-big: 0.5 s to first token, 50 tokens/s (fixture); 250 output tokens; 50 ms round trip.
    const r = estimateApiCost(
      aWorkload({ apiNetworkRoundTripSeconds: 0.05 }),
      catalog.byId.apiModels['api-big']!,
      anApiOption(),
    );
    expect(r.latency.timeToFirstTokenSeconds).toBeCloseTo(0.55, 9);
    expect(r.latency.endToEndSeconds).toBeCloseTo(0.55 + 250 / 50, 9);
    expect(r.latency.basis).toBe('catalog');
  });

  it('makes the first visible token wait for thinking when the figure is a default (reasoning model, no measurement)', () => {
    // api-thinker: no measurement → 0.6 s default and 80 tokens/s; 1,600 reasoning tokens = 20 s of thinking.
    const w = aWorkload({ reasoningTokensPerRequest: 1600 });
    const r = estimateApiCost(
      w,
      catalog.byId.apiModels['api-thinker']!,
      anApiOption({ apiModelId: 'api-thinker' }),
    );
    expect(r.latency.timeToFirstTokenSeconds).toBeCloseTo(0.6 + 20, 9);
    expect(r.latency.endToEndSeconds).toBeCloseTo(0.6 + 20 + 250 / 80, 9);
    expect(r.latency.basis).toBe('default');
  });

  it('does not add thinking twice to a measured reasoning model (Artificial Analysis includes it)', () => {
    const measured = {
      ...catalog.byId.apiModels['api-thinker']!,
      latency: {
        timeToFirstTokenSeconds: 12,
        outputTokensPerSecond: 100,
        source: 'fixture',
        asOf: '2026-01-01',
      },
    };
    const r = estimateApiCost(
      aWorkload({ reasoningTokensPerRequest: 1600 }),
      measured,
      anApiOption({ apiModelId: 'api-thinker' }),
    );
    expect(r.latency.timeToFirstTokenSeconds).toBeCloseTo(12, 9);
    expect(r.latency.endToEndSeconds).toBeCloseTo(12 + 250 / 100, 9);
  });
});
