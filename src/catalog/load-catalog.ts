import {
  catalogSchema,
  type ApiModel,
  type CatalogData,
  type CloudOffer,
  type Hardware,
  type MeasuredError,
  type OpenModel,
  type Provider,
  type Quant,
  type ServingEngine,
} from './schema';

/**
 * The parsed, frozen catalog with id indexes. Plain data (records, not Maps)
 * so it can be logged, snapshotted and passed to the engine as an argument.
 */
export type Catalog = CatalogData & {
  /**
   * The estimator's measured out-of-sample error (docs/methods.md §20.10):
   * generated data, attached by `withMeasuredError` outside the first load;
   * absent = none shown, the assumed ranges stay.
   */
  readonly measuredError?: MeasuredError;
  readonly byId: {
    readonly providers: Readonly<Record<string, Provider>>;
    readonly apiModels: Readonly<Record<string, ApiModel>>;
    readonly openModels: Readonly<Record<string, OpenModel>>;
    readonly quants: Readonly<Record<string, Quant>>;
    readonly hardware: Readonly<Record<string, Hardware>>;
    readonly cloudOffers: Readonly<Record<string, CloudOffer>>;
    readonly engines: Readonly<Record<string, ServingEngine>>;
  };
};

function indexById<T extends { id: string }>(
  kind: string,
  entries: readonly T[],
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const entry of entries) {
    if (Object.hasOwn(out, entry.id)) {
      throw new Error(`catalog: duplicate ${kind} id "${entry.id}"`);
    }
    out[entry.id] = entry;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Parses raw catalog data once (zod), checks ids are unique and cross
 * references resolve, deep-freezes it and builds the id indexes. Invalid data
 * throws: the catalog is our own data and tests keep it valid.
 *
 * @example loadCatalog(rawCatalog).byId.apiModels['gpt-4o']?.usdPerMillionInputTokens // 2.5
 */
export function loadCatalog(raw: unknown): Catalog {
  const data = catalogSchema.parse(raw);
  const byId = {
    providers: indexById('provider', data.providers),
    apiModels: indexById('API model', data.apiModels),
    openModels: indexById('open model', data.openModels),
    quants: indexById('quant', data.quants),
    hardware: indexById('hardware', data.hardware),
    cloudOffers: indexById('cloud offer', data.cloudOffers),
    engines: indexById('engine', data.engines),
  };
  const problems = findBrokenReferences(data, byId);
  if (problems.length > 0) {
    throw new Error(`catalog: broken references:\n${problems.join('\n')}`);
  }
  return deepFreeze({ ...data, byId });
}

/** Every id one entry uses to point at another must exist. */
function findBrokenReferences(
  data: CatalogData,
  byId: Catalog['byId'],
): string[] {
  const problems: string[] = [];
  for (const m of data.apiModels) {
    if (!byId.providers[m.providerId])
      problems.push(`API model ${m.id}: unknown provider ${m.providerId}`);
    if (m.baseModelId && !byId.apiModels[m.baseModelId])
      problems.push(`API model ${m.id}: unknown base model ${m.baseModelId}`);
    if (m.openModelId && !byId.openModels[m.openModelId])
      problems.push(`API model ${m.id}: unknown open model ${m.openModelId}`);
    if (m.servedQuantId && !byId.quants[m.servedQuantId])
      problems.push(
        `API model ${m.id}: unknown served quant ${m.servedQuantId}`,
      );
  }
  for (const o of data.cloudOffers) {
    if (!byId.hardware[o.hardwareId])
      problems.push(`cloud offer ${o.id}: unknown hardware ${o.hardwareId}`);
  }
  for (const q of data.quants) {
    for (const e of q.engineIds) {
      if (!byId.engines[e]) problems.push(`quant ${q.id}: unknown engine ${e}`);
    }
  }
  for (const e of data.engines) {
    for (const q of Object.keys(e.quantFlags)) {
      if (!byId.quants[q])
        problems.push(`engine ${e.id}: flags for unknown quant ${q}`);
    }
  }
  return problems;
}
