import type { Catalog } from '../catalog';
import {
  BOUNDS,
  MAX_OPTIONS,
  PALETTE_SIZE,
  WORKLOAD_PRESETS,
  type ApiOptionState,
  type BoundKey,
  type CalculatorInputs,
  type OptionState,
  type SelfHostOptionState,
} from '../state';
import {
  HYBRID_FIELDS,
  KV_PRECISION_CODES,
  SELF_HOST_NUMBERS,
  WORKLOAD_FIELDS,
} from './keys';

function checkNumber(
  problems: string[],
  label: string,
  bound: BoundKey,
  value: unknown,
): void {
  const b = BOUNDS[bound];
  if (typeof value !== 'number' || !Number.isFinite(value))
    problems.push(`${label} is not a finite number`);
  else if (value < b.min || value > b.max)
    problems.push(`${label}=${value} is outside ${b.min}–${b.max}`);
}

/** The workload, hybrid and FTE numbers: each within its bound; a known preset. */
function scenarioNumberProblems(
  problems: string[],
  inputs: CalculatorInputs,
): void {
  const w = inputs.workload;
  if (
    w.presetId !== 'custom' &&
    !WORKLOAD_PRESETS.some((p) => p.id === w.presetId)
  )
    problems.push(`unknown preset ${w.presetId}`);
  for (const [field, spec] of Object.entries(WORKLOAD_FIELDS))
    checkNumber(
      problems,
      field,
      spec.bound,
      w[field as keyof typeof WORKLOAD_FIELDS],
    );
  if (!Number.isInteger(w.tokensPerMonth))
    problems.push('tokensPerMonth is not an integer');
  for (const [field, spec] of Object.entries(HYBRID_FIELDS))
    checkNumber(
      problems,
      field,
      spec.bound,
      inputs.hybrid[field as keyof typeof HYBRID_FIELDS],
    );
  checkNumber(
    problems,
    'usdPerFteMonth',
    'usdPerFteMonth',
    inputs.usdPerFteMonth,
  );
  if (typeof inputs.compareSameModelHosted !== 'boolean')
    problems.push('compareSameModelHosted is not a boolean');
  const floor = inputs.qualityFloorIndex;
  if (
    floor !== null &&
    !(typeof floor === 'number' && floor >= 0 && floor <= 100)
  )
    problems.push('qualityFloorIndex is not null or an index in 0–100');
}

function apiOptionProblems(
  problems: string[],
  o: ApiOptionState,
  catalog: Catalog,
): void {
  if (!/^a[1-9]\d{0,2}$/.test(o.id)) problems.push(`bad API option id ${o.id}`);
  if (!catalog.byId.apiModels[o.apiModelId])
    problems.push(`${o.id}: unknown API model ${o.apiModelId}`);
  for (const price of [o.customInputUsdPerMillion, o.customOutputUsdPerMillion])
    if (price !== null)
      checkNumber(problems, `${o.id} price`, 'usdPerMillionTokens', price);
}

function selfHostOptionProblems(
  problems: string[],
  o: SelfHostOptionState,
  catalog: Catalog,
): void {
  if (!/^s[1-9]\d{0,2}$/.test(o.id))
    problems.push(`bad self-hosted option id ${o.id}`);
  if (!catalog.byId.openModels[o.openModelId])
    problems.push(`${o.id}: unknown model`);
  if (!catalog.byId.quants[o.quantId]) problems.push(`${o.id}: unknown quant`);
  if (!catalog.byId.engines[o.engineId])
    problems.push(`${o.id}: unknown engine`);
  if (!catalog.byId.hardware[o.hardwareId])
    problems.push(`${o.id}: unknown hardware`);
  if (
    !Number.isInteger(o.gpusPerReplica) ||
    o.gpusPerReplica < 0 ||
    o.gpusPerReplica > BOUNDS.gpusPerReplica.max
  )
    problems.push(`${o.id}: gpusPerReplica ${o.gpusPerReplica}`);
  // Issue 12 (ADR-27): a known KV precision, an integer batch cap within its bound.
  if (
    o.kvCachePrecision !== 'default' &&
    !Object.hasOwn(KV_PRECISION_CODES, o.kvCachePrecision)
  )
    problems.push(`${o.id}: kvCachePrecision ${String(o.kvCachePrecision)}`);
  if (
    !Number.isInteger(o.maxConcurrentSequences) ||
    o.maxConcurrentSequences > BOUNDS.maxConcurrentSequences.max
  )
    problems.push(
      `${o.id}: maxConcurrentSequences ${o.maxConcurrentSequences}`,
    );
  for (const spec of Object.values(SELF_HOST_NUMBERS)) {
    // Catalog-derived defaults may lie outside a control's range (a $200k
    // server); only finiteness and sign are required of them.
    const v = o[spec.field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      problems.push(`${o.id}: ${spec.field} ${String(v)}`);
  }
}

/** At most MAX_OPTIONS, ids unique, colours in the palette, every id in the catalog. */
function optionProblems(
  problems: string[],
  options: readonly OptionState[],
  catalog: Catalog,
): void {
  if (options.length > MAX_OPTIONS)
    problems.push(`${options.length} options (max ${MAX_OPTIONS})`);
  const ids = new Set<string>();
  for (const o of options) {
    if (ids.has(o.id)) problems.push(`option id ${o.id} repeated`);
    ids.add(o.id);
    if (
      !Number.isInteger(o.colorIndex) ||
      o.colorIndex < 0 ||
      o.colorIndex >= PALETTE_SIZE
    )
      problems.push(`${o.id}: colour ${o.colorIndex}`);
    if (o.kind === 'api') apiOptionProblems(problems, o, catalog);
    else selfHostOptionProblems(problems, o, catalog);
  }
}

function privacyProblems(
  problems: string[],
  privacyRuleIds: readonly string[],
  catalog: Catalog,
): void {
  const rules = new Set(catalog.privacyRules.map((r) => r.id));
  const seen = new Set<string>();
  for (const id of privacyRuleIds) {
    if (!rules.has(id)) problems.push(`unknown privacy rule ${id}`);
    if (seen.has(id)) problems.push(`privacy rule ${id} repeated`);
    seen.add(id);
  }
}

/**
 * Everything wrong with a set of inputs: numbers outside their bounds, ids
 * the catalog does not list, repeated option ids or rules, too many options.
 * Empty for a valid scenario. The decoder's output always passes (a tested
 * property); saved scenarios are checked with it too.
 */
export function inputsProblems(
  inputs: CalculatorInputs,
  catalog: Catalog,
): string[] {
  const problems: string[] = [];
  scenarioNumberProblems(problems, inputs);
  optionProblems(problems, inputs.options, catalog);
  privacyProblems(problems, inputs.privacyRuleIds, catalog);
  return problems;
}
