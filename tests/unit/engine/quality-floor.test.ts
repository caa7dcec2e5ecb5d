import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog';
import {
  applyQualityFloor,
  evaluateScenario,
  isComparableQuality,
  qualityGapPoints,
} from '../../../src/engine';
import { fixtureData } from '../../fixtures/catalog.fixture';
import {
  aScenario,
  aWorkload,
  anApiOption,
} from '../../fixtures/scenario-builders';

/** The fixture with Artificial Analysis indexes: small-8b 10, Small API 30, Big API 11 (api-thinker not rated). */
function ratedCatalog(indexById: Readonly<Record<string, number>>) {
  const rate = <T extends { id: string }>(list: readonly T[]) =>
    list.map((m) =>
      indexById[m.id] === undefined
        ? m
        : { ...m, qualityIndex: indexById[m.id] },
    );
  return loadCatalog({
    ...fixtureData,
    apiModels: rate(fixtureData.apiModels),
    openModels: rate(fixtureData.openModels),
  });
}

const catalog = ratedCatalog({
  'small-8b': 10,
  'api-small': 30,
  'api-big': 11,
});
// At 1M requests a month Small API is the cheapest option, Big API the dearest.
const small = anApiOption({ id: 'small', apiModelId: 'api-small' });
const big = anApiOption({ id: 'big', apiModelId: 'api-big' });
const thinker = anApiOption({ id: 'thinker', apiModelId: 'api-thinker' });

describe('quality index: gap and tolerance', () => {
  it('states the gap in points and counts a gap within the tolerance as comparable', () => {
    expect(qualityGapPoints(30, 10)).toBe(20);
    expect(qualityGapPoints(null, 10)).toBeNull();
    expect(isComparableQuality(3, 3)).toBe(true);
    expect(isComparableQuality(-3.1, 3)).toBe(false);
    expect(isComparableQuality(null, 3)).toBe(false);
  });

  it('gives every crossover the index gap; only a comparable pair is like-for-like', () => {
    const r = evaluateScenario(
      aScenario({ apiOptions: [small, big] }),
      catalog,
    );
    const bySmall = r.crossovers.find((c) => c.apiId === 'small')!;
    const byBig = r.crossovers.find((c) => c.apiId === 'big')!;
    expect(bySmall.qualityGapPoints).toBe(20);
    expect(byBig.qualityGapPoints).toBe(1);
    const like = (c: (typeof r.crossovers)[number]['crossover']) =>
      c.kind === 'not-comparable' ? null : c.likeForLike;
    expect(like(bySmall.crossover)).toBe(false);
    expect(like(byBig.crossover)).toBe(true);
    expect(r.api.find((a) => a.id === 'small')?.qualityIndex).toBe(30);
    expect(r.selfHost[0]?.qualityIndex).toBe(10);
  });
});

describe('quality floor', () => {
  const scenario = aScenario({
    workload: aWorkload({ requestsPerMonth: 1_000_000 }),
    apiOptions: [small, big, thinker],
  });

  it('off by default: the cheapest option wins and nothing is set aside', () => {
    const off = evaluateScenario(scenario, catalog);
    expect(off.recommendation.verdict).toEqual({
      kind: 'api',
      optionId: 'small',
    });
    expect(off.recommendation.qualityFloor).toBeNull();
    expect(off.recommendation.reasons).not.toContain('quality-floor-excludes');
    expect(
      evaluateScenario({ ...scenario, qualityFloorIndex: null }, catalog)
        .recommendation,
    ).toEqual(off.recommendation);
  });

  it('never picks an option below the floor, and sets aside the unrated', () => {
    // Floor 11 (Big API): the self-hosted 8B (10) and the unrated Thinker are out, Small API (30) stays.
    const r = evaluateScenario({ ...scenario, qualityFloorIndex: 11 }, catalog);
    expect(r.recommendation.verdict).toEqual({
      kind: 'api',
      optionId: 'small',
    });
    expect(r.recommendation.qualityFloor).toEqual({
      floorIndex: 11,
      belowIds: ['self'],
      notRatedIds: ['thinker'],
    });
    expect(r.recommendation.reasons).toContain('quality-floor-excludes');
    // The saving is against no self-hosted option: none is eligible.
    expect(r.recommendation.alternativeId).toBeNull();
  });

  it('excludes a cheaper option below the floor', () => {
    const r = evaluateScenario({ ...scenario, qualityFloorIndex: 20 }, catalog);
    expect(r.recommendation.verdict).toEqual({
      kind: 'api',
      optionId: 'small',
    });
    const floor31 = evaluateScenario(
      { ...scenario, qualityFloorIndex: 31 },
      catalog,
    );
    // Nothing reaches 31: no verdict rather than a cheaper option below the floor.
    expect(floor31.recommendation.verdict.kind).toBe('none');
    const higherBig = evaluateScenario(
      { ...scenario, qualityFloorIndex: 11 },
      ratedCatalog({ 'small-8b': 10, 'api-small': 5, 'api-big': 11 }),
    );
    // Small API is now below the floor: Big API wins although dearer.
    expect(higherBig.recommendation.verdict).toEqual({
      kind: 'api',
      optionId: 'big',
    });
  });

  it('applyQualityFloor is null when off', () => {
    expect(applyQualityFloor([{ id: 'a', qualityIndex: 1 }], null)).toBeNull();
  });
});
