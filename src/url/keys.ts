import type { KvCachePrecision } from '../catalog';
import type {
  ApiOptionState,
  BoundKey,
  CalculatorInputs,
  HybridInputs,
  ProcurementChoice,
  SelfHostOptionState,
  WorkloadInputs,
  WorkloadPresetId,
} from '../state';

/**
 * The URL contract's key table (src/url/README.md is its prose twin). Every
 * field of `CalculatorInputs` is mapped here through a `satisfies Record<…>`,
 * so adding a field to the inputs without giving it a URL key fails the
 * type-check (OWID's exhaustive key map).
 */

/** Bumped only on a breaking change (renamed key, changed unit); each bump adds one migration. */
export const URL_VERSION = 2;

/** A numeric field: its key, the bound that quantises it, and how it is written. */
export type NumberField = {
  readonly key: string;
  readonly bound: BoundKey;
  /** `compact` writes 50000000 as `50M`; `decimal` writes the step's decimals. */
  readonly format: 'decimal' | 'compact';
};

const num = (key: string, bound: BoundKey): NumberField => ({
  key,
  bound,
  format: 'decimal',
});

export type NumericWorkloadField = Exclude<keyof WorkloadInputs, 'presetId'>;

/** Workload: every field but the preset is a bounded number. */
export const WORKLOAD_FIELDS = {
  tokensPerMonth: { key: 'tpm', bound: 'tokensPerMonth', format: 'compact' },
  inputSharePercent: num('is', 'inputSharePercent'),
  tokensPerRequest: num('tpr', 'tokensPerRequest'),
  reasoningTokensPerRequest: num('rt', 'reasoningTokensPerRequest'),
  cachedPrefixTokens: num('cp', 'cachedPrefixTokens'),
  batchableSharePercent: num('bs', 'batchableSharePercent'),
  peakToAverage: num('pa', 'peakToAverage'),
  maxTimeToFirstTokenSeconds: num('ttft', 'maxTimeToFirstTokenSeconds'),
  minOutputTokensPerSecond: num('ots', 'minOutputTokensPerSecond'),
  tokenizerRatio: num('tok', 'tokenizerRatio'),
  opsFteAvailable: num('ofa', 'opsFteAvailable'),
  trafficPattern: num('tp', 'trafficPattern'),
  // Issue 11 (ADR 17); absent = the defaults (model reasoning tokens, preferred, p50).
  reasoningFromModel: num('rtm', 'reasoningFromModel'),
  latencyTargetRequired: num('ltr', 'latencyTargetRequired'),
  latencyTargetP95: num('ltp', 'latencyTargetP95'),
  // Issue 11 (ADR 18); absent = 90 % prefix hits, the use case's traffic kind, a 24 h deadline, 50 ms.
  prefixHitRatePercent: num('ph', 'prefixHitRatePercent'),
  trafficKind: num('tk', 'trafficKind'),
  batchDeadlineHours: num('bd', 'batchDeadlineHours'),
  networkRoundTripMs: num('rtt', 'networkRoundTripMs'),
} as const satisfies Record<NumericWorkloadField, NumberField>;

export const HYBRID_FIELDS = {
  localSharePercent: num('hl', 'hybridLocalSharePercent'),
  escalationSharePercent: num('he', 'hybridEscalationSharePercent'),
  sensitiveSharePercent: num('hs', 'sensitiveSharePercent'),
  devSharePercent: num('hd', 'devSharePercent'),
} as const satisfies Record<keyof HybridInputs, NumberField>;

/** Top-level keys, one per field of `CalculatorInputs`. */
export const INPUT_KEYS = {
  workload: { presetId: 'uc', ...keysOf(WORKLOAD_FIELDS) },
  options: 'o',
  privacyRuleIds: 'pv',
  hybrid: keysOf(HYBRID_FIELDS),
  usdPerFteMonth: 'fte',
  compareSameModelHosted: 'sm',
  qualityFloorIndex: 'qf',
} as const satisfies {
  [K in keyof CalculatorInputs]: CalculatorInputs[K] extends readonly unknown[]
    ? string
    : CalculatorInputs[K] extends object
      ? Record<keyof CalculatorInputs[K], string>
      : string;
};

export const FTE_FIELD: NumberField = num('fte', 'usdPerFteMonth');

/** Keys about the link itself rather than the scenario. */
export const META_KEYS = {
  version: 'v',
  catalogVersion: 'cat',
  /** The scenario's name, shown as plain text, at most NAME_MAX_LENGTH characters. */
  name: 'n',
} as const;

/**
 * Keys that configure the view, not the scenario (read by src/embed). They
 * are carried through URL writes untouched and never reported as unknown.
 */
export const VIEW_KEYS = [
  'embed',
  'panels',
  'theme',
  'lock',
  'parentOrigin',
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** Tracking parameters other sites append; dropped silently. */
export const IGNORED_KEY_PATTERN = /^(utm_[a-z]+|fbclid|gclid|mc_eid|ref)$/i;

/** Use-case presets by their short URL code. */
export const PRESET_CODES = {
  chatbot: 'chat',
  rag: 'rag',
  'code-assistant': 'code',
  'batch-summarisation': 'batch',
  embeddings: 'embed',
  agent: 'agent',
  custom: 'custom',
} as const satisfies Record<WorkloadPresetId | 'custom', string>;

/** Procurement choices by their two-letter URL code. */
export const PROCUREMENT_CODES = {
  'on-demand': 'od',
  reserved: 'rs',
  spot: 'sp',
  owned: 'ow',
  desk: 'dk',
} as const satisfies Record<ProcurementChoice, string>;

/**
 * Fields inside one option token (`o=`). Positional fields come first,
 * separated by `:`; optional ones follow as a letter and a value.
 */
export const API_OPTION_FIELDS = {
  kind: 'kind',
  id: 'header',
  colorIndex: 'c',
  apiModelId: 'position 1',
  useBatch: 'b',
  customInputUsdPerMillion: 'i',
  customOutputUsdPerMillion: 'o',
  reasoningEffort: 'e',
  // Issue 11 item 3: the rate-limit tier by its rank on the provider's ladder; absent = by spend.
  rateLimitTier: 't',
} as const satisfies Record<keyof ApiOptionState, string>;

export const SELF_HOST_OPTION_FIELDS = {
  kind: 'kind',
  id: 'header',
  colorIndex: 'c',
  openModelId: 'position 1',
  quantId: 'position 2',
  engineId: 'position 3',
  hardwareId: 'position 4',
  gpusPerReplica: 'g',
  procurement: 'p',
  usdPerGpuHour: 'h',
  capexUsdPerDevice: 'd',
  opsFteShare: 'f',
  extraReplicas: 'r',
  targetUtilisationPercent: 'u',
  opsFtePerGpu: 'k',
  onCallFte: 'q',
  amortisationMonths: 'm',
  resalePercent: 'v',
  costOfCapitalPercent: 'i',
  electricityUsdPerKwh: 'e',
  pue: 'w',
  colocationUsdPerKwMonth: 'l',
  serverOverheadPercent: 'o',
  // Issue 12 (ADR-27); absent = the engine's default KV precision and batch cap.
  kvCachePrecision: 't',
  maxConcurrentSequences: 'n',
  // Issue 11 item 4: x1 / x0 = prefix caching on / off; absent = as the engine ships.
  prefixCaching: 'x',
} as const satisfies Record<keyof SelfHostOptionState, string>;

/** KV-cache precisions by their two-character code after `t` (`tf8`); absent = the engine's default. */
export const KV_PRECISION_CODES = {
  '16-bit': '16',
  fp8: 'f8',
  nvfp4: 'n4',
  q8_0: 'q8',
  q4_0: 'q4',
} as const satisfies Record<KvCachePrecision, string>;

/** Bounded numbers inside a self-hosted option token, by letter. */
export const SELF_HOST_NUMBERS = {
  h: { field: 'usdPerGpuHour', bound: 'usdPerGpuHour' },
  d: { field: 'capexUsdPerDevice', bound: 'capexUsdPerDevice' },
  f: { field: 'opsFteShare', bound: 'opsFteShare' },
  r: { field: 'extraReplicas', bound: 'extraReplicas' },
  u: { field: 'targetUtilisationPercent', bound: 'targetUtilisationPercent' },
  // People and owned-hardware terms (issue 11; absent = the catalog default, as before).
  k: { field: 'opsFtePerGpu', bound: 'opsFtePerGpu' },
  q: { field: 'onCallFte', bound: 'onCallFte' },
  m: { field: 'amortisationMonths', bound: 'amortisationMonths' },
  v: { field: 'resalePercent', bound: 'resalePercent' },
  i: { field: 'costOfCapitalPercent', bound: 'costOfCapitalPercent' },
  e: { field: 'electricityUsdPerKwh', bound: 'electricityUsdPerKwh' },
  w: { field: 'pue', bound: 'pue' },
  l: { field: 'colocationUsdPerKwMonth', bound: 'colocationUsdPerKwMonth' },
  o: { field: 'serverOverheadPercent', bound: 'serverOverheadPercent' },
  n: { field: 'maxConcurrentSequences', bound: 'maxConcurrentSequences' },
} as const satisfies Record<
  string,
  { field: keyof SelfHostOptionState; bound: BoundKey }
>;

/** Plain names of keys, for notices ("Monthly tokens (tpm) …"). */
export const KEY_LABELS: Readonly<Record<string, string>> = {
  v: 'Link version',
  cat: 'Catalog version',
  n: 'Scenario name',
  uc: 'Use case',
  tpm: 'Monthly tokens',
  is: 'Input share',
  tpr: 'Tokens per request',
  rt: 'Reasoning tokens per request',
  rtm: 'Reasoning tokens from each model',
  ltr: 'Latency targets required',
  ltp: 'Latency targets at the 95th percentile',
  ph: 'Prefix cache hit rate',
  tk: 'Kind of traffic (interactive or batch)',
  bd: 'Batch completion deadline',
  rtt: 'Network round trip to a datacenter',
  cp: 'Cached prompt prefix',
  bs: 'Batchable share',
  pa: 'Peak-to-average traffic',
  ttft: 'Time to first token target',
  ots: 'Output speed target',
  tok: 'Tokenizer ratio',
  ofa: 'Operations time available',
  tp: 'Traffic pattern',
  o: 'Options',
  pv: 'Privacy requirements',
  hl: 'Hybrid: local share',
  he: 'Hybrid: escalation share',
  hs: 'Sensitive share',
  hd: 'Development share',
  fte: 'Cost of one FTE',
  sm: 'Same model, hosted',
  qf: 'Quality floor',
};

/** The longest scenario name a link carries (characters, after clean-up). */
export const NAME_MAX_LENGTH = 60;
/**
 * …and at most this many UTF-8 bytes, so that even a name of emoji (12
 * characters each once percent-encoded) keeps the largest link under 2,000.
 */
export const NAME_MAX_BYTES = 120;

function keysOf<T extends Record<string, { key: string }>>(
  fields: T,
): { [K in keyof T]: T[K]['key'] } {
  const out = {} as { [K in keyof T]: T[K]['key'] };
  for (const k of Object.keys(fields) as (keyof T)[])
    out[k] = fields[k]!.key as T[typeof k]['key'];
  return out;
}

/** Every scenario key in the fixed order links are written in. */
export const SCENARIO_KEY_ORDER: readonly string[] = [
  META_KEYS.version,
  META_KEYS.catalogVersion,
  META_KEYS.name,
  INPUT_KEYS.workload.presetId,
  ...Object.values(WORKLOAD_FIELDS).map((f) => f.key),
  INPUT_KEYS.options,
  INPUT_KEYS.privacyRuleIds,
  ...Object.values(HYBRID_FIELDS).map((f) => f.key),
  INPUT_KEYS.usdPerFteMonth,
  INPUT_KEYS.compareSameModelHosted,
  INPUT_KEYS.qualityFloorIndex,
];
