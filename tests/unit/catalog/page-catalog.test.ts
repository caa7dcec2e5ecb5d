/**
 * The page's component tests render a pinned copy of the real catalog: it must
 * keep every entry of the real one (so the page is tested as users see it) and
 * differ only in the pinned prices.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  PINNED_API_PRICES,
  PINNED_H100_USD_PER_GPU_HOUR,
  pageCatalog,
} from '../../fixtures/page-catalog';

const ids = (xs: readonly { readonly id: string }[]) => xs.map((x) => x.id);

describe('the pinned page catalog', () => {
  it('has every model, GPU, engine, quant, provider and privacy rule of the real catalog', () => {
    expect(ids(pageCatalog.apiModels)).toEqual(ids(catalog.apiModels));
    expect(ids(pageCatalog.openModels)).toEqual(ids(catalog.openModels));
    expect(ids(pageCatalog.hardware)).toEqual(ids(catalog.hardware));
    expect(ids(pageCatalog.engines)).toEqual(ids(catalog.engines));
    expect(ids(pageCatalog.quants)).toEqual(ids(catalog.quants));
    expect(ids(pageCatalog.providers)).toEqual(ids(catalog.providers));
    expect(ids(pageCatalog.privacyRules)).toEqual(ids(catalog.privacyRules));
  });

  it('pins the prices the page tests read', () => {
    for (const [id, prices] of Object.entries(PINNED_API_PRICES)) {
      expect(pageCatalog.byId.apiModels[id]).toMatchObject(prices);
    }
    const h100 = pageCatalog.cloudOffers.filter(
      (o) => o.hardwareId === 'h100-sxm-80gb',
    );
    expect(h100.map((o) => o.usdPerGpuHourOnDemand)).toEqual([
      PINNED_H100_USD_PER_GPU_HOUR,
    ]);
  });

  it('leaves every other API model as the real catalog has it', () => {
    const others = catalog.apiModels.filter(
      (m) => !(m.id in PINNED_API_PRICES),
    );
    for (const m of others) expect(pageCatalog.byId.apiModels[m.id]).toEqual(m);
  });
});
