/**
 * Issue 10 item 4, "GPU prices a buyer recognises": every GPU clouds rent has
 * dated offers from named clouds; the default rented price is the cheapest
 * on-demand hyperscaler or GPU-cloud offer (never a marketplace or community
 * one); a GPU with no listed price is not rented by default; reserved and spot
 * rates come from an offer's listed prices where it has them.
 */
import { describe, expect, it } from 'vitest';
import { CLOUD_DISCOUNTS, DEFAULT_OFFER, catalog } from '../../../src/catalog';
import {
  cloudUsdPerGpuHour,
  findCheapestConfiguration,
} from '../../../src/engine';
import {
  BOUNDS,
  createCalculatorStore,
  defaultCloudOffer,
  defaultInputs,
  rentedDiscountsFor,
  scenarioFromInputs,
  selfHostOptionFrom,
  type OptionState,
  type SelfHostOptionState,
} from '../../../src/state';

/** GPUs the issue names as rented by clouds, plus every other catalog GPU a source prices. */
const RENTED_GPUS = [
  'h100-sxm-80gb',
  'h100-pcie-80gb',
  'h100-nvl-94gb',
  'h200-sxm-141gb',
  'b200-sxm-180gb',
  'a100-sxm-80gb',
  'a100-sxm-40gb',
  'a100-pcie-80gb',
  'l40s-48gb',
  'l4-24gb',
  'a10g-24gb',
  'a10-24gb',
  't4-16gb',
  'mi300x-192gb',
  'mi325x-256gb',
  'rtx-4090-24gb',
];

function rentedOption(hardwareId: string): SelfHostOptionState {
  return selfHostOptionFrom(catalog, {
    id: 's1',
    colorIndex: 0,
    openModelId: 'llama-3.1-8b-instruct',
    quantId: 'fp8',
    engineId: 'vllm',
    hardwareId,
    gpusPerReplica: 1,
    procurement: 'on-demand',
  });
}

describe('every GPU clouds rent has dated offers from named clouds', () => {
  it.each(RENTED_GPUS)(
    '%s: a dated default-tier offer with a named cloud and instance',
    (id) => {
      const offer = defaultCloudOffer(catalog, id);
      expect(
        offer,
        `${id} has no hyperscaler / GPU-cloud offer`,
      ).not.toBeNull();
      expect(offer!.cloudProvider.length).toBeGreaterThan(0);
      expect(offer!.instanceType.length).toBeGreaterThan(0);
      expect(offer!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(offer!.source.length).toBeGreaterThan(10);
    },
  );

  it('the L40S has a dated offer within the real $0.79–1.86 range, and its default is in it', () => {
    const l40s = catalog.cloudOffers.filter(
      (o) => o.hardwareId === 'l40s-48gb',
    );
    expect(l40s.length).toBeGreaterThanOrEqual(3);
    for (const o of l40s.filter((x) => x.gpusPerInstance === 1)) {
      expect(o.usdPerGpuHourOnDemand).toBeGreaterThanOrEqual(0.79);
      expect(o.usdPerGpuHourOnDemand).toBeLessThanOrEqual(1.86 + 0.005);
    }
    const d = defaultCloudOffer(catalog, 'l40s-48gb')!;
    expect(d.usdPerGpuHourOnDemand).toBeGreaterThanOrEqual(0.79);
    expect(d.usdPerGpuHourOnDemand).toBeLessThanOrEqual(1.86);
  });
});

describe('no rented GPU is priced by a fallback constant', () => {
  it.each(catalog.hardware.map((h) => h.id))(
    '%s: a rented option starts at a listed price, or the GPU has no default-tier offer',
    (id) => {
      const offer = defaultCloudOffer(catalog, id);
      const option = rentedOption(id);
      if (offer) {
        expect(option.usdPerGpuHour).toBe(offer.usdPerGpuHourOnDemand);
        expect(
          catalog.cloudOffers.some(
            (o) =>
              o.hardwareId === id &&
              o.usdPerGpuHourOnDemand === option.usdPerGpuHour,
          ),
        ).toBe(true);
      } else {
        // No listed price: not one of the GPUs clouds rent.
        expect(RENTED_GPUS).not.toContain(id);
      }
    },
  );

  it('the H100 SXM default is no longer the $2 bound placeholder nor the marketplace median', () => {
    const h100 = rentedOption('h100-sxm-80gb');
    expect(h100.usdPerGpuHour).not.toBe(BOUNDS.usdPerGpuHour.default);
    expect(h100.usdPerGpuHour).not.toBe(2.4024);
  });

  it('moving a rented option to a GPU with no listed price takes it off rent (desk or rack)', () => {
    const unpriced = catalog.hardware.filter(
      (h) => defaultCloudOffer(catalog, h.id) === null,
    );
    expect(unpriced.length).toBeGreaterThan(0);
    for (const h of unpriced) {
      const store = createCalculatorStore(defaultInputs(catalog), catalog);
      store.getState().actions.optionChanged('s1', { hardwareId: h.id });
      const s1 = store
        .getState()
        .inputs.options.find((o: OptionState) => o.id === 's1');
      expect(s1?.kind === 'self-host' && s1.procurement).toBe(
        catalog.hardwareKinds[h.kind].deskable ? 'desk' : 'owned',
      );
    }
  });

  it('a GPU with a listed price keeps its rented procurement when moved to', () => {
    const store = createCalculatorStore(defaultInputs(catalog), catalog);
    store.getState().actions.optionChanged('s1', { hardwareId: 'l40s-48gb' });
    const s1 = store.getState().inputs.options.find((o) => o.id === 's1');
    expect(s1).toMatchObject({
      procurement: 'on-demand',
      usdPerGpuHour: defaultCloudOffer(catalog, 'l40s-48gb')!
        .usdPerGpuHourOnDemand,
    });
  });
});

describe('the default offer is never a marketplace or community one', () => {
  it.each(catalog.hardware.map((h) => h.id))('%s', (id) => {
    const offer = defaultCloudOffer(catalog, id);
    if (offer) expect(DEFAULT_OFFER.tiers).toContain(offer.tier);
  });

  it('even where a marketplace offer is the cheapest listed (H100 SXM: Vast.ai)', () => {
    const h100 = catalog.cloudOffers.filter(
      (o) => o.hardwareId === 'h100-sxm-80gb',
    );
    const cheapest = h100.reduce((a, b) =>
      a.usdPerGpuHourOnDemand <= b.usdPerGpuHourOnDemand ? a : b,
    );
    expect(['marketplace', 'community']).toContain(cheapest.tier);
    const d = defaultCloudOffer(catalog, 'h100-sxm-80gb')!;
    expect(d.id).not.toBe(cheapest.id);
    expect(d.usdPerGpuHourOnDemand).toBeGreaterThan(
      cheapest.usdPerGpuHourOnDemand,
    );
  });

  it('the configuration search prices from the same tiers (catalog.costDefaults.defaultOffer)', () => {
    expect(catalog.costDefaults.defaultOffer.tiers).toEqual(
      DEFAULT_OFFER.tiers,
    );
    const workload = scenarioFromInputs(
      defaultInputs(catalog),
      catalog,
    ).workload;
    const result = findCheapestConfiguration(
      {
        workload,
        ops: {
          fteShare: 0.25,
          usdPerFteMonth: 20_000,
          monitoringUsdPerMonth: 0,
          networkingAndStorageUsdPerMonth: 0,
          fineTuningUsdPerMonth: 0,
        },
        extraReplicas: 1,
        targetUtilisation: 0.75,
        limit: 50,
        includeDesk: false,
      },
      catalog,
    );
    const cloud = result.best.filter((c) => c.procurement.kind === 'cloud');
    expect(cloud.length).toBeGreaterThan(0);
    for (const c of cloud) {
      const offer = catalog.cloudOffers.find(
        (o) => c.priceSource.split(' ')[0] === o.id,
      );
      expect(offer, c.priceSource).toBeDefined();
      expect(DEFAULT_OFFER.tiers).toContain(offer!.tier);
    }
  });

  it('every offer says its tier, and marketplace / community rows name themselves so', () => {
    for (const o of catalog.cloudOffers) {
      if (o.tier === 'community' || o.tier === 'marketplace')
        expect(o.cloudProvider + o.instanceType).toMatch(
          /community|marketplace|akash|vast|starting at/i,
        );
    }
  });
});

describe('reserved and spot come from listed prices where an offer lists them', () => {
  function reservedScenarioRate(hardwareId: string, usdPerGpuHour: number) {
    const inputs = defaultInputs(catalog);
    const s1 = inputs.options.find((o) => o.id === 's1') as SelfHostOptionState;
    const scenario = scenarioFromInputs(
      {
        ...inputs,
        options: [
          { ...s1, hardwareId, usdPerGpuHour, procurement: 'reserved' },
        ],
      },
      catalog,
    );
    const option = scenario.selfHostOptions[0]!;
    if (option.procurement.kind !== 'cloud')
      throw new Error('expected a rented self-hosted option');
    return cloudUsdPerGpuHour(option.procurement);
  }

  it('AWS g6e.xlarge (L40S): a 1-year reservation is the listed $1.17243, not a flat discount', () => {
    const offer = catalog.byId.cloudOffers['aws-g6e-xlarge-l40s']!;
    expect(offer.usdPerGpuHourReserved1y).toBeDefined();
    const rate = reservedScenarioRate('l40s-48gb', offer.usdPerGpuHourOnDemand);
    expect(rate).toBeCloseTo(offer.usdPerGpuHourReserved1y!, 6);
    expect(rate).not.toBeCloseTo(
      offer.usdPerGpuHourOnDemand * (1 - CLOUD_DISCOUNTS.reserved),
      3,
    );
  });

  it('an offer with no listed reservation falls back to the typical discount', () => {
    const offer = catalog.byId.cloudOffers['runpod-secure-l40s']!;
    expect(offer.usdPerGpuHourReserved1y).toBeUndefined();
    const d = rentedDiscountsFor(
      catalog,
      'l40s-48gb',
      offer.usdPerGpuHourOnDemand,
    );
    expect(d).toMatchObject({
      reservedDiscount: CLOUD_DISCOUNTS.reserved,
      reservedListed: false,
    });
  });

  it('a listed spot price is used for spot (Google Cloud a3-highgpu-1g)', () => {
    const offer = catalog.byId.cloudOffers['gcp-a3-highgpu-1g-h100']!;
    const d = rentedDiscountsFor(
      catalog,
      'h100-sxm-80gb',
      offer.usdPerGpuHourOnDemand,
    );
    expect(d.spotListed).toBe(true);
    expect(offer.usdPerGpuHourOnDemand * (1 - d.spotDiscount)).toBeCloseTo(
      offer.usdPerGpuHourSpot!,
      6,
    );
  });
});
