import { describe, expect, it } from 'vitest';
import {
  evaluateScenario,
  evaluateSelfHost,
  type LatencyTargets,
  type Scenario,
} from '../../../src/engine';
import { fixtureCatalog as catalog } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aSelfHostOption,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

/**
 * One rule for both sides, output speed too (docs/methods.md §17.3, ADR 17):
 * a self-hosted option that no batch can serve at the *preferred* speed is
 * served at batch 1 — the closest it comes — and caveated; only a *required*
 * target makes it infeasible.
 */
const self = aSelfHostOption();
const out = (strength: 'required' | 'preferred'): LatencyTargets => ({
  minOutputTokensPerSecond: 10_000,
  strength,
});
const solo = (latencyTargets?: LatencyTargets) =>
  evaluateSelfHost(
    aWorkload(latencyTargets ? { latencyTargets } : {}),
    self,
    catalog,
  ).result;

/** The self-hosted option against an API dear enough that self-hosting wins on cost. */
function contest(latencyTargets: LatencyTargets): Scenario {
  return aScenario({
    workload: aWorkload({ latencyTargets, requestsPerMonth: 5e6 }),
    apiOptions: [
      anApiOption({
        id: 'dear',
        usdPerMillionInputTokensOverride: 500,
        usdPerMillionOutputTokensOverride: 500,
      }),
    ],
  });
}

describe('a preferred speed target out of reach (§17.3)', () => {
  it('keeps the option feasible, served at batch 1, and costs no less than with no target', () => {
    const missed = solo(out('preferred'));
    const free = solo();
    if (!missed.feasible || !free.feasible)
      throw new Error('expected feasible');
    expect(missed.performance.operatingBatch).toBe(1);
    expect(free.performance.operatingBatch).toBeGreaterThan(1);
    expect(missed.requestsPerMonthPerReplica).toBeLessThan(
      free.requestsPerMonthPerReplica,
    );
    expect(missed.cost.usdPerMonth).toBeGreaterThanOrEqual(
      free.cost.usdPerMonth,
    );
    expect(missed.latency.outputTokensPerSecond).toBeLessThan(10_000);
    expect(missed.warnings).toContain('latency-target-missed');
  });

  it('a required one makes it infeasible, with the best time per token as the reason', () => {
    const r = solo(out('required'));
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    expect(r.reasons[0]?.code).toBe('latency-target-unreachable');
  });

  it('stays in the verdict with a caveat; a required miss is left out with the reason', () => {
    const preferred = evaluateScenario(contest(out('preferred')), catalog);
    const s = preferred.requirements!.options.find(
      (o) => o.optionId === 'self',
    )!;
    expect(s.excluded).toEqual([]);
    expect(s.caveats).toContainEqual(
      expect.objectContaining({ code: 'latency', metric: 'output-speed' }),
    );
    expect(preferred.recommendation.verdict).toEqual({
      kind: 'self-host',
      optionId: 'self',
    });
    expect(preferred.recommendation.caveats).toContain('latency-target-missed');

    const required = evaluateScenario(contest(out('required')), catalog);
    const gone = required.selfHost.find((o) => o.id === 'self')!;
    expect(gone.feasible).toBe(false);
    expect(required.recommendation.verdict).not.toEqual(
      expect.objectContaining({ kind: 'self-host' }),
    );
  });

  it('is the same rule as the API side: preferred caveats both, required sets both aside', () => {
    const scenario = (strength: 'required' | 'preferred') =>
      aScenario({
        workload: aWorkload({ latencyTargets: out(strength) }),
        apiOptions: [anApiOption({ id: 'api' })],
      });
    const preferred = evaluateScenario(scenario('preferred'), catalog);
    for (const id of ['api', 'self']) {
      const o = preferred.requirements!.options.find((x) => x.optionId === id)!;
      expect(o.excluded, id).toEqual([]);
      expect(
        o.caveats.map((c) => c.code),
        id,
      ).toContain('latency');
    }
    const required = evaluateScenario(scenario('required'), catalog);
    expect(required.requirements!.excludedIds).toContain('api');
    expect(required.selfHost.find((o) => o.id === 'self')!.feasible).toBe(
      false,
    );
    expect(required.recommendation.verdict.kind).toBe('none');
  });

  it('a replica never carries more requests as the preferred target tightens, through the point it slips out of reach', () => {
    let previous = Number.POSITIVE_INFINITY;
    let reached = false;
    let missed = false;
    for (let speed = 1; speed <= 100_000; speed *= 1.5) {
      const r = solo({ minOutputTokensPerSecond: speed });
      if (!r.feasible) throw new Error('a preferred target never excludes');
      if (r.performance.operatingBatch > 1) reached = true;
      if (r.warnings.includes('latency-target-missed')) missed = true;
      expect(r.requestsPerMonthPerReplica).toBeLessThanOrEqual(
        previous * (1 + 1e-12),
      );
      previous = r.requestsPerMonthPerReplica;
    }
    // The sweep crosses the edge: throttled batches first, out of reach last.
    expect(reached && missed).toBe(true);
  });
});
