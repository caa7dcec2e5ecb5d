import { describe, expect, it } from 'vitest';
import { catalog, openModelLatencySchema } from '../../../src/catalog';
import { openModelLatency } from '../../../src/catalog/data/open-model-latency';
import { withModelLatency } from '../../../src/catalog/hosted-latency';
import { hostedOpenModels } from '../../../src/catalog/data/hosted-open-models';
import { estimateApiCost } from '../../../src/engine';
import { withResolvedFacts } from '../../../src/engine/reasoning';
import { aWorkload, anApiOption } from '../../fixtures/scenario-builders';

// The serverless hosts of open models (Together, Fireworks, DeepInfra, Groq,
// Cerebras, Bedrock, Vertex); a model creator's own API is measured as itself.
const hostIds = new Set(hostedOpenModels.map((m) => m.id));
const hosts = catalog.apiModels.filter((m) => hostIds.has(m.id));

function latencyOf(apiModelId: string) {
  const w = aWorkload({
    apiNetworkRoundTripSeconds: 0.05,
    reasoningTokensSource: 'model-default',
  });
  const model = catalog.byId.apiModels[apiModelId]!;
  const option = withResolvedFacts(
    w,
    model,
    anApiOption({ apiModelId }),
    catalog,
  );
  return estimateApiCost(w, model, option);
}

describe('the latency of a hosted open model', () => {
  it('is never claimed as the host’s own: the catalog has only the model’s median', () => {
    const measured = hosts.filter((m) => m.latency);
    expect(measured.length).toBeGreaterThan(50);
    for (const m of measured)
      expect(m.latency!.measuredFor, m.id).toBe('model');
  });

  it('says so in its basis, and is not a default', () => {
    const r = latencyOf('deepinfra-llama-3.3-70b-instruct');
    expect(r.latency.basis).toBe('model');
    expect(r.warnings).not.toContain('latency-defaulted');
    // Artificial Analysis: 0.648 s to first token, 94.528 tokens/s; 50 ms round trip.
    expect(r.latency.timeToFirstTokenSeconds).toBeCloseTo(0.05 + 0.648, 9);
    expect(r.latency.outputTokensPerSecond).toBeCloseTo(94.528, 9);
  });

  it('adds a streamed reasoner’s thinking to its measured first token instead of taking it out', () => {
    // gpt-oss-120b streams its reasoning, so the measured 0.513 s holds none
    // of the catalog's 1,650 fallback tokens: they come on top, at 277.453 tokens/s.
    const r = latencyOf('deepinfra-gpt-oss-120b');
    expect(r.latency.thinkingSeconds).toBeCloseTo(1650 / 277.453, 9);
    expect(r.latency.timeToFirstTokenSeconds).toBeCloseTo(
      0.05 + 0.513 + 1650 / 277.453,
      9,
    );
  });

  it('keeps a host the model’s median does not cover on the defaults, with the warning', () => {
    const unmeasured = hosts.find((m) => !m.latency && m.mode === 'chat');
    expect(unmeasured).toBeDefined();
    const r = latencyOf(unmeasured!.id);
    expect(r.latency.basis).toBe('default');
    expect(r.warnings).toContain('latency-defaulted');
  });
});

describe('the table of open models’ latency', () => {
  it('parses, names catalog open models once each, and every entry reaches a host', () => {
    const ids = openModelLatency.map((l) => l.openModelId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of openModelLatency) {
      expect(openModelLatencySchema.safeParse(l).success, l.openModelId).toBe(
        true,
      );
      expect(
        catalog.byId.openModels[l.openModelId],
        l.openModelId,
      ).toBeDefined();
      expect(
        hosts.some((h) => h.openModelId === l.openModelId && h.latency),
        l.openModelId,
      ).toBe(true);
    }
  });

  it('leaves a host with its own figure, and one of an unmeasured model, as they are', () => {
    const own = {
      ...hostedOpenModels[0]!,
      latency: {
        timeToFirstTokenSeconds: 0.2,
        outputTokensPerSecond: 900,
        source: 'fixture',
        asOf: '2026-08-01',
      },
    };
    const unmeasured = {
      ...hostedOpenModels[0]!,
      openModelId: 'no-such-model',
    };
    const [a, b] = withModelLatency([own, unmeasured], openModelLatency);
    expect(a).toBe(own);
    expect(b).toBe(unmeasured);
  });
});
