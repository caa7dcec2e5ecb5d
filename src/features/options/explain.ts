import {
  sourceText,
  type ApiModel,
  type Catalog,
  type Hardware,
  type OpenModel,
  type Quant,
  type ServingEngine,
} from '../../catalog';
import type { CostLineKind, ScenarioResult } from '../../engine';
import {
  formatGb,
  formatInteger,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokens,
  formatTokensPerSecond,
  formatUsd,
  formatUsdPerMonth,
} from '../../lib/format';
import { ownershipTerms, peopleLine } from './explain-running-costs';
import {
  CLOUD_DISCOUNTS,
  PROCUREMENT_LABELS,
  requestShapeFrom,
  type ApiOptionState,
  type OptionState,
  type SelfHostOptionState,
  type WorkloadInputs,
} from '../../state';
import { kvCacheWords } from './kv-cache-label';

/** Where the GPU-hour or purchase price came from, when it is the catalog's. */
function priceSource(option: SelfHostOptionState, catalog: Catalog): string {
  const rented =
    option.procurement === 'on-demand' ||
    option.procurement === 'reserved' ||
    option.procurement === 'spot';
  if (rented) {
    const offer = catalog.cloudOffers.find(
      (o) =>
        o.hardwareId === option.hardwareId &&
        Math.abs(o.usdPerGpuHourOnDemand - option.usdPerGpuHour) < 0.005,
    );
    return offer
      ? `; GPU price — ${offer.cloudProvider} ${offer.instanceType}, ${offer.source} (${offer.asOf})`
      : '; GPU price — your own figure';
  }
  const hardware = catalog.byId.hardware[option.hardwareId];
  const purchase = hardware?.fieldSources?.['purchaseUsd'];
  return hardware?.purchaseUsd === option.capexUsdPerDevice && purchase
    ? `; purchase price — ${purchase.source} (${purchase.asOf})`
    : '; purchase price — your own figure';
}

/** The procurement assumptions behind a self-hosted cost, spelled out (docs/methods.md §7.2–7.3). */
function procurementAssumptions(option: SelfHostOptionState): string {
  const onDemand = formatUsd(option.usdPerGpuHour);
  switch (option.procurement) {
    case 'on-demand':
      return `Rented at ${onDemand} per GPU-hour, 730 hours a month.`;
    case 'reserved':
      return `A 1-year reservation at ${formatPercent(CLOUD_DISCOUNTS.reserved)} off ${onDemand} = ${formatUsd(option.usdPerGpuHour * (1 - CLOUD_DISCOUNTS.reserved))} per GPU-hour, billed every hour.`;
    case 'spot':
      return `Spot at ${formatPercent(CLOUD_DISCOUNTS.spot)} off ${onDemand} = ${formatUsd(option.usdPerGpuHour * (1 - CLOUD_DISCOUNTS.spot))} per GPU-hour when spot capacity is there (90 % of hours); the other hours at on-demand.`;
    case 'owned':
    case 'desk':
      // The option's own terms, as its editor shows them (issue 11 item 7).
      return ownershipTerms(option);
  }
}

type ApiResult = ScenarioResult['api'][number];
type SelfHostResult = ScenarioResult['selfHost'][number];
type FeasibleSelfHost = Extract<SelfHostResult, { feasible: true }>;
type InfeasibleReason = Extract<
  SelfHostResult,
  { feasible: false }
>['reasons'][number];

/** The catalog entries a self-hosted option is built from. */
type SelfHostParts = {
  readonly model: OpenModel;
  readonly quant: Quant;
  readonly hardware: Hardware;
  readonly engine: ServingEngine;
};

/**
 * "How is this computed?" for one option: the formula with the user's own
 * values filled in, and where each number comes from.
 */
export function explainOption(
  option: OptionState,
  result: ScenarioResult,
  workload: WorkloadInputs,
  catalog: Catalog,
): string[] {
  const lines =
    option.kind === 'api'
      ? explainApiOption(option, result, workload, catalog)
      : explainSelfHostOption(option, result, catalog);
  // The sources' texts, where the client build left keys (catalog/sources.ts).
  return lines.map(sourceText);
}

function explainApiOption(
  option: ApiOptionState,
  result: ScenarioResult,
  workload: WorkloadInputs,
  catalog: Catalog,
): string[] {
  const model = catalog.byId.apiModels[option.apiModelId];
  const r = result.api.find((a) => a.id === option.id);
  if (!model || !r) return ['This model is not in the catalog.'];
  const input =
    option.customInputUsdPerMillion ?? model.usdPerMillionInputTokens;
  const lines = [apiCostLine(r, workload)];
  const reasoning = reasoningLine(option, r);
  if (reasoning) lines.push(reasoning);
  const inputTokens = requestShapeFrom(workload).inputTokensPerRequest;
  if (workload.cachedPrefixTokens > inputTokens) {
    // The prefix is part of the input (docs/methods.md §3.1): the engine caps it there.
    lines.push(
      `The cached prefix you set (${formatInteger(workload.cachedPrefixTokens)} tokens) is longer than a request’s input (${formatInteger(inputTokens)} tokens), so only ${formatInteger(inputTokens)} are counted as cached.`,
    );
  }
  if (r.cacheHitRate > 0) {
    lines.push(
      `The ${formatInteger(workload.cachedPrefixTokens)}-token cached prefix hits the cache ${formatPercent(r.cacheHitRate)} of the time (5-minute cache, your arrival rate, less 10 % routing loss), billed at ${formatUsd(model.usdPerMillionCachedInputTokens ?? input)}/1M on hits.`,
    );
  }
  if (option.useBatch && workload.batchableSharePercent > 0) {
    lines.push(
      model.batchMultiplier !== undefined
        ? `${workload.batchableSharePercent} % of requests go through the batch API at ×${model.batchMultiplier} of the price (the prices above include it).`
        : 'This provider lists no batch discount, so the batchable share pays the standard price.',
    );
  }
  if (model.regionalMultiplier && model.regionalMultiplier !== 1) {
    lines.push(
      `Regional / data-residency endpoint: ×${model.regionalMultiplier} of the global price (the prices above include it).`,
    );
  }
  const tier = rateTierLine(r);
  if (tier) lines.push(tier);
  lines.push(apiLatencyLine(model, r, workload.networkRoundTripMs));
  lines.push(
    `Prices: ${model.source}, as of ${model.asOf}${option.customInputUsdPerMillion !== null ? ' (you entered your own price)' : ''}.`,
  );
  return lines;
}

/** Where the option's hidden reasoning tokens come from (docs/methods.md §17.1). */
function reasoningLine(option: ApiOptionState, r: ApiResult): string | null {
  const rs = r.reasoning;
  if (!rs || rs.source === 'not-reasoning') return null;
  const n = `${formatInteger(rs.tokensPerRequest)} hidden reasoning tokens a request`;
  if (rs.source === 'model-default' && rs.effort)
    return `${n} at ${rs.effort} effort (${option.reasoningEffort === rs.effort ? 'your choice' : 'the provider’s default'}), billed as output and thought before the first token (docs/methods.md §17.1).`;
  if (rs.source === 'workload' && option.reasoningEffort)
    return `${n}, the workload’s own count: the ${option.reasoningEffort} effort you chose applies only while the workload takes each model’s measured count (docs/methods.md §17.1).`;
  return null;
}

/** Which rate-limit tier the limits are checked at, and why (docs/methods.md §17.4). */
function rateTierLine(r: ApiResult): string | null {
  const rl = r.rateLimit;
  if (rl.kind !== 'checked' || !rl.tierBasis || rl.tierBasis === 'catalog')
    return null;
  const why =
    rl.tierBasis === 'user'
      ? 'the tier you picked'
      : `the tier ${formatUsd(r.cost.usdPerMonth)} a month of spend reaches`;
  return `Rate limits at ${rl.tier}, ${why}: ${rl.rejectedShare > 0 ? `${formatPercent(rl.rejectedShare)} of requests rejected at the peak minute (${rl.binding})` : 'no request rejected at the peak minute'} (docs/methods.md §17.4).`;
}

/** What each API cost line counts, per request, in the formula's words. */
const API_TERM_WORDS: Partial<Record<CostLineKind, string>> = {
  'input-tokens': 'uncached input',
  'cached-input-tokens': 'cached input (cache hits)',
  'cache-write-tokens': 'prefix written to the cache',
  'output-tokens': 'output',
  'reasoning-tokens': 'reasoning',
};

/**
 * Requests × (tokens × price + …) = monthly cost, one term per cost line the
 * engine charged — uncached and cached input apart — so the equation
 * evaluates as written (issue 14 item 3). A term's price is its line ÷ its
 * tokens: the catalog price, times the batch and regional multiplier when
 * those apply (said beside it).
 */
function apiCostLine(r: ApiResult, workload: WorkloadInputs): string {
  const shape = requestShapeFrom(workload);
  const requests = shape.requestsPerMonth;
  const lines = new Map(r.cost.lines.map((l) => [l.kind, l.usdPerMonth]));
  const cachedCharged =
    (lines.get('cached-input-tokens') ?? 0) > 0 ||
    (lines.get('cache-write-tokens') ?? 0) > 0;
  const prefix = cachedCharged
    ? Math.min(workload.cachedPrefixTokens, shape.inputTokensPerRequest)
    : 0;
  const tokens: Partial<Record<CostLineKind, number>> = {
    'input-tokens': shape.inputTokensPerRequest - prefix,
    'cached-input-tokens': prefix * r.cacheHitRate,
    'cache-write-tokens': prefix * (1 - r.cacheHitRate),
    'output-tokens': shape.outputTokensPerRequest,
    'reasoning-tokens': r.reasoning?.tokensPerRequest ?? 0,
  };
  const terms = r.cost.lines.flatMap((l) => {
    const t = tokens[l.kind] ?? 0;
    const words = API_TERM_WORDS[l.kind];
    if (!words || !(t > 0) || !(l.usdPerMonth > 0) || !(requests > 0))
      return [];
    const usdPerMillion = (l.usdPerMonth / (requests * t)) * 1e6;
    return [`${formatInteger(t)} ${words} × ${formatUsd(usdPerMillion)}/1M`];
  });
  if (terms.length === 0)
    return `No tokens this month: ${formatUsdPerMonth(r.cost.usdPerMonth)}.`;
  return `${formatTokens(requests)} requests/month × (${terms.join(' + ')}) = ${formatUsdPerMonth(
    r.cost.usdPerMonth,
  )}.`;
}

function apiLatencyLine(
  model: ApiModel,
  r: ApiResult,
  roundTripMs: number,
): string {
  const roundTrip = `plus a ${formatInteger(roundTripMs)} ms network round trip`;
  const basis =
    r.latency.basis === 'default' || !model.latency
      ? 'assumed defaults: no measurement in the catalog'
      : r.latency.basis === 'model'
        ? `the model’s measured medians from Artificial Analysis as of ${model.latency.asOf}, not this host’s own (none is published per host; a fast host can be several times quicker), ${roundTrip}`
        : `measured medians from Artificial Analysis as of ${model.latency.asOf}, ${roundTrip}`;
  return `Latency: ${formatSeconds(r.latency.timeToFirstTokenSeconds)} to the first token, then ${formatTokensPerSecond(r.latency.outputTokensPerSecond)} (${basis}).`;
}

function explainSelfHostOption(
  option: SelfHostOptionState,
  result: ScenarioResult,
  catalog: Catalog,
): string[] {
  const r = result.selfHost.find((s) => s.id === option.id);
  const model = catalog.byId.openModels[option.openModelId];
  const quant = catalog.byId.quants[option.quantId];
  const hardware = catalog.byId.hardware[option.hardwareId];
  const engine = catalog.byId.engines[option.engineId];
  if (!r || !model || !quant || !hardware || !engine)
    return ['A part of this configuration is not in the catalog.'];
  const parts = { model, quant, hardware, engine };
  if (!r.feasible)
    return r.reasons.map((reason) => whyItDoesNotRun(reason, option, parts));
  return [
    memoryLine(r, parts, kvCacheWords(option, catalog)),
    speedLine(r, parts),
    fleetLine(r, option),
    costLine(r, option),
    peopleLine(r, option, catalog),
    procurementAssumptions(option),
    `Sources: ${hardware.name} — ${hardware.source} (${hardware.asOf}); ${engine.name} efficiency — ${engine.source} (${engine.asOf}); ${model.name} architecture — ${model.source} (${model.asOf})${priceSource(option, catalog)}.`,
  ];
}

/** One reason the configuration cannot serve the workload, and what to try instead. */
function whyItDoesNotRun(
  reason: InfeasibleReason,
  option: SelfHostOptionState,
  { quant, hardware, engine }: SelfHostParts,
): string {
  switch (reason.code) {
    case 'model-does-not-fit':
      return `It does not fit: it needs ${formatGb(reason.requiredBytes)} but ${reason.largestGpusPerReplica} × ${hardware.name} offer ${formatGb(reason.availableBytes)} after the engine’s overheads. Try more GPUs per replica (or Auto), a smaller quantization or a larger GPU.`;
    case 'context-does-not-fit':
      return `The weights fit but not one request’s context: at most ${formatInteger(reason.maxContextTokens)} tokens of KV cache. Use more GPUs or shorter requests.`;
    case 'latency-target-unreachable':
      return `Even one request alone gets only ${formatTokensPerSecond(1 / reason.bestTimePerOutputTokenSeconds)}, below your speed target.`;
    case 'engine-hardware-mismatch':
      return `${engine.name} does not run on ${reason.hardwareKind.replace('-', ' ')} hardware.`;
    case 'quant-engine-mismatch':
      return reason.hardwareId
        ? `${engine.name} runs ${quant.name} only on GPUs with native FP4 tensor cores (Blackwell), not on ${hardware.name}. Try vLLM or SGLang, which dequantise it, or a Blackwell GPU.`
        : `${engine.name} does not run ${quant.name}.`;
    case 'unknown-catalog-id':
      return `Unknown ${reason.what}: ${reason.id}.`;
    case 'capacity-exceeded':
      return `One ${hardware.name} on a desk carries about ${formatTokens(reason.capacityTokensPerMonth)} tokens a month at ${option.targetUtilisationPercent} % utilisation; this volume needs ${reason.servingReplicasNeeded}. For more machines choose “bought, in a rack”, or send the overflow to an API (Hybrid patterns).`;
  }
}

function memoryLine(
  r: FeasibleSelfHost,
  { model, quant, hardware, engine }: SelfHostParts,
  kvWords: string,
): string {
  const m = r.memory;
  return `Memory: ${formatGb(m.weightBytes)} of weights (${formatNumber(model.paramsTotal / 1e9)}B parameters × ${quant.bitsPerWeight} bits) and ${formatNumber(
    m.kvBytesPerToken / 1024,
  )} KiB of KV cache per token${kvWords ? ` (kept in ${kvWords}, §20.9)` : ''}. Each ${hardware.name} offers ${formatGb(m.usableBytesPerGpu)} to ${engine.name}; with ${m.gpusPerReplica} per replica the cache holds ${formatInteger(
    m.maxConcurrentSequences,
  )} requests at once.`;
}

function speedLine(r: FeasibleSelfHost, { hardware }: SelfHostParts): string {
  const p = r.performance;
  return `Speed: alone, a request gets ${formatTokensPerSecond(p.singleStreamTokensPerSecond)} (memory bandwidth ${formatInteger(hardware.memoryBandwidthGbPerSecond)} GB/s × efficiency ÷ bytes read per token) and its prompt takes ${formatSeconds(
    p.prefillSeconds,
  )}${prefixWords(r)}. At full load a replica batches ${formatInteger(p.operatingBatch)} requests: ${formatNumber(p.replicaRequestsPerSecond)} requests/s, ${formatTokensPerSecond(p.replicaOutputTokensPerSecond)} of output.`;
}

/** What the engine's prefix cache saves (docs/methods.md §18.1), or nothing. */
function prefixWords(r: FeasibleSelfHost): string {
  const f = r.fleet;
  if (!(f.cachedPromptTokensPerRequest > 0)) return '';
  return ` (${formatPercent(f.prefixCacheHitRate)} of requests find the shared prefix in the prefix cache: ${formatInteger(f.cachedPromptTokensPerRequest)} tokens a request on average are not prefilled${f.sharedPrefixTokensPerReplica > 0 ? ', and its KV is held once per replica' : ''})`;
}

function fleetLine(r: FeasibleSelfHost, option: SelfHostOptionState): string {
  const f = r.fleet;
  const planned = Math.round(f.plannedUtilisation * 100);
  // Why the planned utilisation differs from the option's (docs/methods.md §18.2, §18.3).
  const why =
    f.trafficKind === 'batch'
      ? ' (batch work: sized for its deadline at 90 %, no spare needed)'
      : planned < option.targetUtilisationPercent
        ? ` (lowered from ${option.targetUtilisationPercent} % so the queue lets the first token meet your target)`
        : '';
  const window =
    f.trafficKind === 'batch' ? 'the batch window' : 'the peak hour';
  return `Fleet: ${window} needs ${f.servingReplicas} replica${f.servingReplicas === 1 ? '' : 's'} at ${planned} % planned utilisation${why}, plus ${f.extraReplicas} spare = ${r.replicas} replica${r.replicas === 1 ? '' : 's'}, ${r.gpus} GPU${r.gpus === 1 ? '' : 's'} (${formatPercent(r.averageUtilisation)} busy on average).`;
}

/** The cost lines over 50 cents a month, summed. */
function costLine(r: FeasibleSelfHost, option: SelfHostOptionState): string {
  return `Cost: ${r.cost.lines
    .filter((l) => l.usdPerMonth > 0.5)
    .map((l) => `${l.kind.replace(/-/g, ' ')} ${formatUsd(l.usdPerMonth)}`)
    .join(
      ' + ',
    )} = ${formatUsdPerMonth(r.cost.usdPerMonth)} (${PROCUREMENT_LABELS[option.procurement]}).`;
}
