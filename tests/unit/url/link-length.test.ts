import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  BOUNDS,
  defaultInputs,
  MAX_OPTIONS,
  selfHostOptionFrom,
  type CalculatorInputs,
  type OptionState,
} from '../../../src/state';
import { buildShareUrl, cleanName, decodeLink } from '../../../src/url';

/** A realistic host and sub-path (GitHub Pages style). */
const BASE = 'https://example-org.github.io/crossover/';

const longest = (ids: readonly string[]) =>
  [...ids].sort((a, b) => b.length - a.length)[0]!;

/** Every key set, eight self-hosted options with the longest ids and every override, all privacy rules, the longest name. */
export function largestScenario(): { inputs: CalculatorInputs; name: string } {
  const options: OptionState[] = Array.from(
    { length: MAX_OPTIONS },
    (_, i) => ({
      ...selfHostOptionFrom(catalog, {
        id: `s${100 + i}`,
        colorIndex: (i + 3) % 8,
        openModelId: longest(catalog.openModels.map((m) => m.id)),
        quantId: longest(catalog.quants.map((q) => q.id)),
        engineId: longest(catalog.engines.map((e) => e.id)),
        hardwareId: longest(catalog.hardware.map((h) => h.id)),
        gpusPerReplica: 8,
        procurement: 'owned',
      }),
      usdPerGpuHour: 12.34,
      capexUsdPerDevice: 123_400,
      opsFteShare: 1.23,
      extraReplicas: 3,
      targetUtilisationPercent: 55,
    }),
  );
  return {
    name: cleanName('🙂'.repeat(100)),
    inputs: {
      workload: {
        presetId: 'custom',
        tokensPerMonth: 123_456_789_012,
        inputSharePercent: 55,
        tokensPerRequest: 123_450,
        reasoningTokensPerRequest: 12_300,
        cachedPrefixTokens: 12_300,
        batchableSharePercent: 35,
        peakToAverage: 4.5,
        maxTimeToFirstTokenSeconds: 12.3,
        minOutputTokensPerSecond: 115,
        tokenizerRatio: 1.15,
        opsFteAvailable: 1.35,
        trafficPattern: 3,
        trafficKind: 1,
        prefixHitRatePercent: 85,
        batchDeadlineHours: 123,
        networkRoundTripMs: 235,
        reasoningFromModel: 0,
        latencyTargetRequired: 1,
        latencyTargetP95: 1,
      },
      options,
      privacyRuleIds: catalog.privacyRules.map((r) => r.id),
      hybrid: {
        localSharePercent: 35,
        escalationSharePercent: 37,
        sensitiveSharePercent: 45,
        devSharePercent: 15,
      },
      usdPerFteMonth: BOUNDS.usdPerFteMonth.max - 500,
      compareSameModelHosted: false,
      qualityFloorIndex: 55.5,
    },
  };
}

/** What most people share: a use case, their volume, a tweak or two. */
function typicalScenario(): CalculatorInputs {
  const d = defaultInputs(catalog);
  return {
    ...d,
    workload: {
      ...d.workload,
      presetId: 'rag',
      tokensPerMonth: 350_000_000,
      inputSharePercent: 90,
      tokensPerRequest: 4000,
      cachedPrefixTokens: 1200,
      maxTimeToFirstTokenSeconds: 2,
    },
    options: d.options.map((o) =>
      o.kind === 'self-host' && o.id === 's1'
        ? { ...o, usdPerGpuHour: 2.1, procurement: 'reserved' }
        : o,
    ),
    privacyRuleIds: ['no-training'],
  };
}

describe('link length (nuqs limits)', () => {
  it('keeps a typical scenario’s link under 300 characters', () => {
    const url = buildShareUrl(BASE, typicalScenario(), {
      catalog,
      name: 'Support bot, EU region',
    });
    console.info(`typical link: ${url.length} characters: ${url}`);
    expect(url.length).toBeLessThan(300);
  });

  it('an option’s KV precision and batch cap cost at most 11 characters of it (issue 12, ADR-27)', () => {
    // Like issue 11's running costs they are outside `largestScenario`: with
    // both set on all eight options the largest link grows by 8 × 11.
    const { inputs, name } = largestScenario();
    const before = buildShareUrl(BASE, inputs, { catalog, name }).length;
    const withSettings = {
      ...inputs,
      options: inputs.options.map((o) =>
        o.kind === 'self-host'
          ? {
              ...o,
              kvCachePrecision: 'fp8' as const,
              maxConcurrentSequences: BOUNDS.maxConcurrentSequences.max,
            }
          : o,
      ),
    };
    const url = buildShareUrl(BASE, withSettings, { catalog, name });
    expect(url.length - before).toBeLessThanOrEqual(11 * MAX_OPTIONS);
    expect(decodeLink(new URL(url).search, { catalog }).inputs).toEqual(
      withSettings,
    );
  });

  it('keeps the largest possible link under 2,000 characters, and it round-trips', () => {
    const { inputs, name } = largestScenario();
    const url = buildShareUrl(BASE, inputs, { catalog, name });
    console.info(`largest link: ${url.length} characters`);
    expect(url.length).toBeLessThan(2000);
    const d = decodeLink(new URL(url).search, { catalog });
    expect(d.issues).toEqual([]);
    expect(d.inputs).toEqual(inputs);
  });
});
