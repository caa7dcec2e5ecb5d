import { CATALOG_VERSION, type Catalog } from '../catalog';
import {
  PALETTE_SIZE,
  selfHostOptionFrom,
  type ApiOptionState,
  type CalculatorInputs,
  type OptionState,
  type SelfHostOptionState,
  type WorkloadPresetId,
} from '../state';
import { cleanName, encodeQueryValue, writeNumber } from './codecs';
import { rateTierCode } from './decode-rate-tier';
import {
  defaultOptionsFor,
  defaultScenario,
  sameOption,
  sameOptions,
  workloadBase,
} from './defaults';
import {
  FTE_FIELD,
  HYBRID_FIELDS,
  INPUT_KEYS,
  META_KEYS,
  PRESET_CODES,
  PROCUREMENT_CODES,
  SELF_HOST_NUMBERS,
  URL_VERSION,
  KV_PRECISION_CODES,
  WORKLOAD_FIELDS,
  type NumberField,
} from './keys';
import type { ParamList } from './migrations';
import { encodeQualityFloorIndex } from './decode-quality-floor';

export type EncodeOptions = {
  readonly catalog: Catalog;
  /**
   * The catalog version to record (`cat=`); defaults to `CATALOG_VERSION`.
   * `null` leaves it out: a "live prices" embed that never says prices changed.
   */
  readonly catalogVersion?: string | null;
  /** A name for the scenario (`n=`), cleaned and length-limited. */
  readonly name?: string | null;
};

function numberParam(
  field: NumberField,
  value: number,
  base: number,
): [string, string] | null {
  // Defaults are omitted (nuqs clearOnDefault). Compared exactly: a default
  // taken from the catalog may sit between steps, a user's value never does.
  return Object.is(value, base)
    ? null
    : [field.key, writeNumber(field.bound, field.format, value)];
}

function apiToken(
  o: ApiOptionState,
  position: number,
  catalog: Catalog,
): string {
  const parts = [o.id, o.apiModelId];
  if (o.colorIndex !== position % PALETTE_SIZE) parts.push(`c${o.colorIndex}`);
  if (!o.useBatch) parts.push('b0');
  if (o.customInputUsdPerMillion !== null)
    parts.push(
      `i${writeNumber('usdPerMillionTokens', 'decimal', o.customInputUsdPerMillion)}`,
    );
  if (o.customOutputUsdPerMillion !== null)
    parts.push(
      `o${writeNumber('usdPerMillionTokens', 'decimal', o.customOutputUsdPerMillion)}`,
    );
  if (o.reasoningEffort) parts.push(`e${o.reasoningEffort}`);
  const tier = rateTierCode(catalog, o.apiModelId, o.rateLimitTier);
  if (tier) parts.push(tier);
  return parts.join(':');
}

function selfHostToken(
  o: SelfHostOptionState,
  position: number,
  catalog: Catalog,
): string {
  const parts = [o.id, o.openModelId, o.quantId, o.engineId, o.hardwareId];
  if (o.colorIndex !== position % PALETTE_SIZE) parts.push(`c${o.colorIndex}`);
  if (o.gpusPerReplica !== 1) parts.push(`g${o.gpusPerReplica}`);
  if (o.procurement !== 'on-demand')
    parts.push(`p${PROCUREMENT_CODES[o.procurement]}`);
  // Prices default to today's catalog for this hardware and procurement (ADR-3).
  const base = selfHostOptionFrom(catalog, o);
  for (const [letter, spec] of Object.entries(SELF_HOST_NUMBERS)) {
    const p = numberParam(
      { key: letter, bound: spec.bound, format: 'decimal' },
      o[spec.field],
      base[spec.field],
    );
    if (p) parts.push(`${letter}${p[1]}`);
  }
  // Absent = the engine's default KV precision (ADR-27).
  if (o.kvCachePrecision !== 'default')
    parts.push(`t${KV_PRECISION_CODES[o.kvCachePrecision]}`);
  // Absent = prefix caching as the engine ships (§18.1).
  if (typeof o.prefixCaching === 'boolean')
    parts.push(o.prefixCaching ? 'x1' : 'x0');
  return parts.join(':');
}

/**
 * The options as one `o=` value, or null when they are the default ones. An
 * option identical to the default option of the same id is written as its id
 * alone (`a1`); any other is written in full.
 */
function optionsParam(
  options: readonly OptionState[],
  catalog: Catalog,
  presetId: WorkloadPresetId | 'custom',
): string | null {
  const defaults = defaultOptionsFor(catalog, presetId);
  if (sameOptions(options, defaults)) return null;
  if (options.length === 0) return '-';
  return options
    .map((o, i) => {
      const d = defaults.find((x) => x.id === o.id);
      if (d && sameOption(d, o)) return o.id;
      return o.kind === 'api'
        ? apiToken(o, i, catalog)
        : selfHostToken(o, i, catalog);
    })
    .join(',');
}

/**
 * The scenario keys of a link, in the contract's fixed order, defaults
 * omitted; empty for the default scenario (the bare URL). `v` and `cat`
 * lead whenever anything else is written.
 */
export function encodeParams(
  inputs: CalculatorInputs,
  options: EncodeOptions,
): ParamList {
  const { catalog } = options;
  const out: [string, string][] = [];
  const push = (p: [string, string] | null) => {
    if (p) out.push(p);
  };
  const name = options.name ? cleanName(options.name) : '';
  if (name) out.push([META_KEYS.name, name]);

  const w = inputs.workload;
  const base = workloadBase(w.presetId);
  if (w.presetId !== workloadBase('chatbot').presetId)
    out.push([INPUT_KEYS.workload.presetId, PRESET_CODES[w.presetId]]);
  for (const [field, spec] of Object.entries(WORKLOAD_FIELDS)) {
    const k = field as keyof typeof WORKLOAD_FIELDS;
    push(numberParam(spec, w[k], base[k]));
  }
  // `rt` without `rtm` reads as a pre-`rtm` link (that count for every reasoning API): say which it is.
  if (
    out.some(
      ([key]) => key === WORKLOAD_FIELDS.reasoningTokensPerRequest.key,
    ) &&
    !out.some(([key]) => key === WORKLOAD_FIELDS.reasoningFromModel.key)
  )
    out.push([
      WORKLOAD_FIELDS.reasoningFromModel.key,
      String(w.reasoningFromModel),
    ]);
  const o = optionsParam(inputs.options, catalog, inputs.workload.presetId);
  if (o !== null) out.push([INPUT_KEYS.options, o]);
  if (inputs.privacyRuleIds.length > 0)
    out.push([INPUT_KEYS.privacyRuleIds, inputs.privacyRuleIds.join(',')]);
  const defaults = defaultScenario(catalog);
  for (const [field, spec] of Object.entries(HYBRID_FIELDS)) {
    const k = field as keyof typeof HYBRID_FIELDS;
    push(numberParam(spec, inputs.hybrid[k], defaults.hybrid[k]));
  }
  push(numberParam(FTE_FIELD, inputs.usdPerFteMonth, defaults.usdPerFteMonth));
  if (!inputs.compareSameModelHosted)
    out.push([INPUT_KEYS.compareSameModelHosted, '0']);
  if (inputs.qualityFloorIndex !== null)
    out.push([
      INPUT_KEYS.qualityFloorIndex,
      encodeQualityFloorIndex(inputs.qualityFloorIndex),
    ]);

  if (out.length === 0) return [];
  const head: [string, string][] = [[META_KEYS.version, String(URL_VERSION)]];
  const cat =
    options.catalogVersion === undefined
      ? CATALOG_VERSION
      : options.catalogVersion;
  if (cat !== null) head.push([META_KEYS.catalogVersion, cat]);
  return [...head, ...out];
}

/** `k=v&k=v`, percent-encoded but keeping `,` and `:` readable. */
export function serialiseParams(params: ParamList): string {
  return params
    .map(([k, v]) => `${encodeQueryValue(k)}=${encodeQueryValue(v)}`)
    .join('&');
}

/**
 * The scenario as a query string without `?` ('' for the default scenario).
 * `decodeLink(encodeLink(s))` gives back `s` for every valid scenario.
 *
 * @example encodeLink({ ...defaults, workload: { ...defaults.workload, tokensPerMonth: 2e8 } }, { catalog })
 * // 'v=1&cat=2026-11-27&tpm=200M'
 */
export function encodeLink(
  inputs: CalculatorInputs,
  options: EncodeOptions,
): string {
  return serialiseParams(encodeParams(inputs, options));
}
