import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { BOUNDS, WORKLOAD_PRESETS } from '../../../src/state';
import { defaultScenario, workloadBase } from '../../../src/url';

/**
 * An omitted key means "the default", so the defaults are part of the URL
 * contract: changing any of these silently changes every published link.
 * If this test fails, do not just update it — bump URL_VERSION and add a
 * migration that writes the old default explicitly into old links.
 */
describe('what omitted keys mean (frozen)', () => {
  it('keeps the workload defaults of every use case', () => {
    expect(
      Object.fromEntries(
        [...WORKLOAD_PRESETS.map((p) => p.id), 'custom' as const].map((id) => [
          id,
          workloadBase(id),
        ]),
      ),
    ).toMatchInlineSnapshot(`
      {
        "agent": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 0,
          "cachedPrefixTokens": 3000,
          "inputSharePercent": 85,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 3,
          "minOutputTokensPerSecond": 20,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 2,
          "prefixHitRatePercent": 90,
          "presetId": "agent",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 2000,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 12000,
          "trafficKind": 0,
          "trafficPattern": 0,
        },
        "batch-summarisation": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 100,
          "cachedPrefixTokens": 0,
          "inputSharePercent": 90,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 0,
          "minOutputTokensPerSecond": 0,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 1,
          "prefixHitRatePercent": 90,
          "presetId": "batch-summarisation",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 0,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 6000,
          "trafficKind": 1,
          "trafficPattern": 0,
        },
        "chatbot": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 0,
          "cachedPrefixTokens": 0,
          "inputSharePercent": 75,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 1,
          "minOutputTokensPerSecond": 20,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 2,
          "prefixHitRatePercent": 90,
          "presetId": "chatbot",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 0,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 1000,
          "trafficKind": 0,
          "trafficPattern": 0,
        },
        "code-assistant": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 0,
          "cachedPrefixTokens": 4000,
          "inputSharePercent": 90,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 1,
          "minOutputTokensPerSecond": 40,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 3,
          "prefixHitRatePercent": 90,
          "presetId": "code-assistant",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 0,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 8000,
          "trafficKind": 0,
          "trafficPattern": 0,
        },
        "custom": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 0,
          "cachedPrefixTokens": 0,
          "inputSharePercent": 75,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 1,
          "minOutputTokensPerSecond": 20,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 2,
          "prefixHitRatePercent": 90,
          "presetId": "custom",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 0,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 1000,
          "trafficKind": 0,
          "trafficPattern": 0,
        },
        "embeddings": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 50,
          "cachedPrefixTokens": 0,
          "inputSharePercent": 100,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 0,
          "minOutputTokensPerSecond": 0,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 1.5,
          "prefixHitRatePercent": 90,
          "presetId": "embeddings",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 0,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 500,
          "trafficKind": 1,
          "trafficPattern": 0,
        },
        "rag": {
          "batchDeadlineHours": 24,
          "batchableSharePercent": 0,
          "cachedPrefixTokens": 1200,
          "inputSharePercent": 90,
          "latencyTargetP95": 0,
          "latencyTargetRequired": 0,
          "maxTimeToFirstTokenSeconds": 2,
          "minOutputTokensPerSecond": 20,
          "networkRoundTripMs": 50,
          "opsFteAvailable": 0.5,
          "peakToAverage": 2,
          "prefixHitRatePercent": 90,
          "presetId": "rag",
          "reasoningFromModel": 1,
          "reasoningTokensPerRequest": 0,
          "tokenizerRatio": 1,
          "tokensPerMonth": 50000000,
          "tokensPerRequest": 4000,
          "trafficKind": 0,
          "trafficPattern": 0,
        },
      }
    `);
  });

  // URL v2 (ADR-24): today's first-visit options. What v1 links without `o` meant
  // (GPT-4o, Llama 3.3 70B …) is written out by the v1 → v2 migration and frozen
  // in tests/fixtures/legacy-urls.ts.
  it('keeps the first-visit options, hybrid shares and FTE cost', () => {
    const d = defaultScenario(catalog);
    expect({
      options: d.options.map((o) =>
        o.kind === 'api'
          ? [o.id, o.colorIndex, o.apiModelId, o.useBatch]
          : [
              o.id,
              o.colorIndex,
              o.openModelId,
              o.quantId,
              o.engineId,
              o.hardwareId,
              o.gpusPerReplica,
              o.procurement,
              o.opsFteShare,
              o.extraReplicas,
              o.targetUtilisationPercent,
            ],
      ),
      hybrid: d.hybrid,
      usdPerFteMonth: d.usdPerFteMonth,
      privacyRuleIds: d.privacyRuleIds,
    }).toMatchInlineSnapshot(`
      {
        "hybrid": {
          "devSharePercent": 10,
          "escalationSharePercent": 10,
          "localSharePercent": 50,
          "sensitiveSharePercent": 0,
        },
        "options": [
          [
            "a1",
            0,
            "claude-sonnet-5",
            true,
          ],
          [
            "a2",
            1,
            "gpt-5-4-mini",
            true,
          ],
          [
            "s1",
            2,
            "gpt-oss-120b",
            "mxfp4",
            "vllm",
            "h100-sxm-80gb",
            1,
            "on-demand",
            0.25,
            1,
            75,
          ],
          [
            "s2",
            3,
            "qwen3-30b-a3b-instruct-2507",
            "fp8",
            "vllm",
            "h100-sxm-80gb",
            1,
            "on-demand",
            0.25,
            1,
            75,
          ],
          [
            "s3",
            4,
            "gpt-oss-20b",
            "mxfp4",
            "ollama",
            "apple-m4-max-128gb",
            1,
            "desk",
            0.02,
            0,
            75,
          ],
        ],
        "privacyRuleIds": [],
        "usdPerFteMonth": 20000,
      }
    `);
  });

  it('keeps the steps links are quantised to', () => {
    expect(
      Object.fromEntries(
        Object.entries(BOUNDS).map(([k, b]) => [k, [b.min, b.max, b.step]]),
      ),
    ).toMatchInlineSnapshot(`
      {
        "amortisationMonths": [
          6,
          120,
          1,
        ],
        "batchDeadlineHours": [
          1,
          168,
          1,
        ],
        "batchableSharePercent": [
          0,
          100,
          5,
        ],
        "cachedPrefixTokens": [
          0,
          200000,
          100,
        ],
        "capexUsdPerDevice": [
          100,
          1000000,
          1,
        ],
        "colocationUsdPerKwMonth": [
          0,
          1000,
          5,
        ],
        "costOfCapitalPercent": [
          0,
          30,
          0.5,
        ],
        "devSharePercent": [
          0,
          100,
          5,
        ],
        "electricityUsdPerKwh": [
          0,
          1,
          0.005,
        ],
        "extraReplicas": [
          0,
          4,
          1,
        ],
        "gpusPerReplica": [
          1,
          8,
          1,
        ],
        "hybridEscalationSharePercent": [
          0,
          100,
          1,
        ],
        "hybridLocalSharePercent": [
          0,
          100,
          5,
        ],
        "inputSharePercent": [
          5,
          100,
          5,
        ],
        "latencyTargetP95": [
          0,
          1,
          1,
        ],
        "latencyTargetRequired": [
          0,
          1,
          1,
        ],
        "maxConcurrentSequences": [
          0,
          65536,
          1,
        ],
        "maxTimeToFirstTokenSeconds": [
          0,
          30,
          0.1,
        ],
        "minOutputTokensPerSecond": [
          0,
          200,
          5,
        ],
        "networkRoundTripMs": [
          0,
          500,
          5,
        ],
        "onCallFte": [
          0,
          2,
          0.01,
        ],
        "opsFteAvailable": [
          0,
          5,
          0.05,
        ],
        "opsFtePerGpu": [
          0,
          0.1,
          0.0001,
        ],
        "opsFteShare": [
          0,
          2,
          0.01,
        ],
        "peakToAverage": [
          1,
          6,
          0.5,
        ],
        "prefixHitRatePercent": [
          0,
          100,
          5,
        ],
        "pue": [
          1,
          3,
          0.05,
        ],
        "qualityFloorIndex": [
          0,
          100,
          0.1,
        ],
        "reasoningFromModel": [
          0,
          1,
          1,
        ],
        "reasoningTokensPerRequest": [
          0,
          50000,
          100,
        ],
        "resalePercent": [
          0,
          90,
          1,
        ],
        "sensitiveSharePercent": [
          0,
          100,
          5,
        ],
        "serverOverheadPercent": [
          0,
          300,
          5,
        ],
        "targetUtilisationPercent": [
          10,
          100,
          5,
        ],
        "tokenizerRatio": [
          0.8,
          1.3,
          0.05,
        ],
        "tokensPerMonth": [
          100000,
          1000000000000,
          1,
        ],
        "tokensPerRequest": [
          10,
          200000,
          10,
        ],
        "trafficKind": [
          0,
          1,
          1,
        ],
        "trafficPattern": [
          0,
          3,
          1,
        ],
        "usdPerFteMonth": [
          0,
          60000,
          500,
        ],
        "usdPerGpuHour": [
          0.01,
          100,
          0.01,
        ],
        "usdPerMillionTokens": [
          0.001,
          1000,
          0.001,
        ],
      }
    `);
  });
});
