/**
 * Evaluation of one self-hosted option (docs/methods.md §4–§7) as a pipeline:
 * resolve the catalog entries, keep the replica shapes that fit and meet the
 * speed target, price each as a staircase cost model, and for the cheapest
 * size the fleet, break down its monthly cost and measure the latency users
 * see at the peak hour.
 */
import type { Catalog, Hardware, OpenModel } from '../catalog';
import { batchSizingOption, batchSizingWorkload } from './batch-traffic';
import { latencyAtLoad } from './performance';
import { replicaEconomics } from './procurement-cost';
import { hostedReasoningTokens } from './reasoning';
import {
  candidates,
  compatibilityProblem,
  resolveCatalogEntries,
  type Candidate,
} from './replica-candidates';
import {
  billedReplicaMonths,
  capacityRequestsPerMonth,
  costModelFor,
  fixedPeopleUsdPerMonth,
  peopleUsdPerReplicaMonth,
  replicasByHour,
  selfHostUsdPerMonth,
  servingReplicas,
  type SelfHostCostModel,
} from './self-host-capacity';
import {
  fleetServing,
  optionForFirstToken,
  selfHostRoundTripSeconds,
  selfHostWarnings,
} from './self-host-serving';
import type {
  CostLine,
  FleetPlan,
  InfeasibleReason,
  SelfHostLatency,
  SelfHostOptionInput,
  SelfHostEstimate,
  WarningCode,
  Workload,
} from './types';
import { HOURS_PER_MONTH } from './units';
import { normaliseWorkload, type NormalisedWorkload } from './workload';
import type { FleetServing } from './workload-serving';

type SelfHostEvaluation = {
  readonly result: SelfHostEstimate;
  readonly costModels: readonly SelfHostCostModel[];
};

/**
 * Evaluates one self-hosted option for a workload: memory fit, roofline speed,
 * replicas for the peak hour at the target utilisation plus redundancy, the
 * monthly cost breakdown and the latency users see at the peak hour
 * (docs/methods.md §4–§7). Returns the staircase cost model for crossover work.
 */
export function evaluateSelfHost(
  workload: Workload,
  option: SelfHostOptionInput,
  catalog: Catalog,
): SelfHostEvaluation {
  const label = optionLabel(option, catalog);
  const resolved = resolveCatalogEntries(option, catalog);
  if ('code' in resolved) return infeasible(label, [resolved], []);
  // Batch work is sized for its deadline, interactive work for its peak (§18.2).
  const w = batchSizingWorkload(
    generatedWorkload(workload, resolved.model, catalog),
  );
  const batchSized = batchSizingOption(w, option);
  const rtt = selfHostRoundTripSeconds(w, option.procurement);
  const mismatch = compatibilityProblem(resolved);
  if (mismatch) return infeasible(label, [mismatch], []);
  const { ok, reasons } = candidates(resolved, batchSized, w);
  if (ok.length === 0) return infeasible(label, reasons, []);

  const priced = cheapestFirst(ok, batchSized, resolved.hardware, w, rtt);
  const costModels = priced.map((p) => p.costModel);
  const { candidate, costModel, sized } = priced[0]!;
  const nw = normaliseWorkload(w);
  const fleet = fleetAt(costModel, w.requestsPerMonth);
  const overCapacity = capacityExceeded(costModel, fleet.serving, nw);
  // Keep the cost models: below its capacity the option still has a cost curve.
  if (overCapacity) return infeasible(label, [overCapacity], costModels);
  const lines = monthlyCostLines(
    candidate,
    option,
    resolved.hardware,
    w,
    fleet,
  );
  const latency = peakHourLatency(candidate, fleet, nw, rtt);
  const warnings = selfHostWarnings(resolved, candidate, w, latency);
  return {
    result: feasibleResult({
      label,
      candidate,
      costModel,
      fleet,
      nw,
      w,
      lines,
      latency,
      warnings,
      serving: fleetServing(candidate, sized, w, rtt),
    }),
    costModels,
  };
}

/**
 * The workload as the self-hosted model generates it: a reasoning model
 * (`reasoning: true` in the catalog) writes its hidden tokens too, so they
 * count as extra output for memory, capacity and latency; any other model
 * generates none (docs/methods.md §2.1 default). How many: the workload's
 * count, or — when the workload takes each model's measured count — the
 * count of the same model hosted (§17.1), so both sides think alike.
 */
export function generatedWorkload(
  w: Workload,
  model: OpenModel,
  catalog?: Pick<Catalog, 'reasoningTokens' | 'apiModels'>,
): Workload {
  if (model.reasoning !== true) return w;
  const hosted =
    w.reasoningTokensSource === 'model-default' && catalog
      ? hostedReasoningTokens(catalog, model.id)
      : null;
  const tokens = hosted ?? w.reasoningTokensPerRequest;
  if (!(tokens > 0)) return w;
  return {
    ...w,
    outputTokensPerRequest: w.outputTokensPerRequest + tokens,
    reasoningTokensPerRequest: 0,
  };
}

/** Id, name and quality tier every result carries (the id stands in for an unknown model). */
type OptionLabel = {
  readonly id: string;
  readonly name: string;
  readonly qualityTier: string;
  readonly qualityIndex: number | null;
};

function optionLabel(
  option: SelfHostOptionInput,
  catalog: Catalog,
): OptionLabel {
  const model = catalog.byId.openModels[option.openModelId];
  return {
    id: option.id,
    name: model ? model.name : option.openModelId,
    qualityTier: model ? model.qualityTier : 'small',
    qualityIndex: model?.qualityIndex ?? null,
  };
}

function infeasible(
  label: OptionLabel,
  reasons: InfeasibleReason[],
  costModels: readonly SelfHostCostModel[],
): SelfHostEvaluation {
  return {
    result: {
      kind: 'self-host',
      feasible: false,
      id: label.id,
      name: label.name,
      qualityTier: label.qualityTier,
      qualityIndex: label.qualityIndex,
      reasons,
    },
    costModels,
  };
}

type PricedCandidate = {
  readonly candidate: Candidate;
  /** The option as sized for this shape (utilisation lowered for the first-token target). */
  readonly sized: SelfHostOptionInput;
  readonly costModel: SelfHostCostModel;
  readonly usd: number;
};

/**
 * Every candidate's cost model, cheapest at the workload's volume first
 * (fewer GPUs on a tie); each planned at the utilisation that meets the
 * first-token target (docs/methods.md §18.3).
 */
function cheapestFirst(
  ok: readonly Candidate[],
  option: SelfHostOptionInput,
  hardware: Hardware,
  w: Workload,
  roundTripSeconds: number,
): PricedCandidate[] {
  const priced = ok.map((candidate) => {
    const sized = optionForFirstToken(candidate, option, w, roundTripSeconds);
    const costModel = costModelFor(candidate, sized, hardware, w);
    return {
      candidate,
      sized,
      costModel,
      usd: selfHostUsdPerMonth(costModel, w.requestsPerMonth),
    };
  });
  priced.sort((a, b) => a.usd - b.usd || a.candidate.gpus - b.candidate.gpus);
  return priced;
}

/** Replicas at the workload's volume: serving, per hour when autoscaled, at most, and billed. */
type Fleet = {
  readonly serving: number;
  readonly byHour: number[] | null;
  readonly replicas: number;
  readonly billed: ReturnType<typeof billedReplicaMonths>;
};

function fleetAt(
  costModel: SelfHostCostModel,
  requestsPerMonth: number,
): Fleet {
  const serving = servingReplicas(costModel, requestsPerMonth);
  const byHour = costModel.autoscale
    ? replicasByHour(costModel, requestsPerMonth)
    : null;
  return {
    serving,
    byHour,
    replicas: byHour ? Math.max(...byHour) : serving + costModel.extraReplicas,
    billed: billedReplicaMonths(costModel, requestsPerMonth),
  };
}

/** The peak hour needs more serving replicas than the option allows; null when it fits. */
function capacityExceeded(
  costModel: SelfHostCostModel,
  serving: number,
  nw: NormalisedWorkload,
): InfeasibleReason | null {
  if (
    costModel.maxServingReplicas === undefined ||
    serving <= costModel.maxServingReplicas
  )
    return null;
  return {
    code: 'capacity-exceeded',
    servingReplicasNeeded: serving,
    maxServingReplicas: costModel.maxServingReplicas,
    capacityTokensPerMonth:
      capacityRequestsPerMonth(costModel) * nw.tokensPerRequest,
  };
}

/** Monthly cost lines: the replica lines times billed replica-months (with warm-up and busy power), then ops. */
function monthlyCostLines(
  c: Candidate,
  option: SelfHostOptionInput,
  hardware: Hardware,
  w: Workload,
  fleet: Fleet,
): CostLine[] {
  const { billed } = fleet;
  const economics = replicaEconomics(
    hardware,
    option.procurement,
    c.gpus,
    c.performance.replicaRequestsPerSecond,
  );
  return [
    ...economics.perReplica.map((l) => ({
      kind: l.kind,
      usdPerMonth:
        l.usdPerMonth * billed.replicaMonths +
        (l.kind === 'gpu-rental' ? billed.coldStartUsdPerMonth : 0) +
        (l.kind === 'power'
          ? economics.variableUsdPerRequest * w.requestsPerMonth
          : 0),
    })),
    {
      kind: 'ops-people',
      usdPerMonth:
        fixedPeopleUsdPerMonth(option.ops) +
        peopleUsdPerReplicaMonth(option.ops, c.gpus) * billed.replicaMonths,
    },
    { kind: 'monitoring', usdPerMonth: option.ops.monitoringUsdPerMonth },
    {
      kind: 'networking-storage',
      usdPerMonth: option.ops.networkingAndStorageUsdPerMonth,
    },
    { kind: 'fine-tuning', usdPerMonth: option.ops.fineTuningUsdPerMonth },
  ];
}

/** Latency at the peak hour, its traffic spread over the serving replicas, plus the users' round trip. */
function peakHourLatency(
  c: Candidate,
  fleet: Fleet,
  nw: NormalisedWorkload,
  roundTripSeconds: number,
): SelfHostLatency {
  return latencyAtLoad(
    c.spec,
    c.performance,
    nw.peakRequestsPerSecond / fleet.serving,
    nw.selfHostInputTokensPerRequest,
    nw.selfHostOutputTokensPerRequest,
    roundTripSeconds,
  );
}

/** Cost per 1M tokens of one replica kept at the target utilisation. */
function marginalUsdPerMillionTokens(
  costModel: SelfHostCostModel,
  tokensPerRequest: number,
): number {
  const tokensPerReplicaMonth =
    costModel.requestsPerMonthPerReplica * tokensPerRequest;
  return tokensPerReplicaMonth > 0
    ? ((costModel.usdPerReplicaMonth +
        costModel.variableUsdPerRequest *
          costModel.requestsPerMonthPerReplica) /
        tokensPerReplicaMonth) *
        1e6
    : 0;
}

/** The chosen replica shape, its fleet, cost lines, latency and warnings. */
type Evaluated = {
  readonly label: OptionLabel;
  readonly candidate: Candidate;
  readonly costModel: SelfHostCostModel;
  readonly fleet: Fleet;
  readonly nw: NormalisedWorkload;
  readonly w: Workload;
  readonly lines: CostLine[];
  readonly latency: SelfHostLatency;
  readonly warnings: WarningCode[];
  readonly serving: FleetServing;
};

function fleetPlan({
  candidate: c,
  costModel,
  fleet,
  w,
  serving,
}: Evaluated): FleetPlan {
  return {
    ...serving,
    gpusPerReplica: c.gpus,
    servingReplicas: fleet.serving,
    extraReplicas: costModel.extraReplicas,
    autoscaled: fleet.byHour !== null,
    replicasByHour:
      fleet.byHour ?? replicasByHour(costModel, w.requestsPerMonth),
    gpuHoursPerMonth: fleet.billed.replicaMonths * c.gpus * HOURS_PER_MONTH,
    coldStartUsdPerMonth: fleet.billed.coldStartUsdPerMonth,
    fixedUsdPerMonth: costModel.fixedUsdPerMonth,
    usdPerReplicaMonth: costModel.usdPerReplicaMonth,
  };
}

function feasibleResult(e: Evaluated): SelfHostEstimate {
  const { label, candidate: c, costModel, fleet, nw, w } = e;
  const total = e.lines.reduce((s, l) => s + l.usdPerMonth, 0);
  const capacityRps =
    c.performance.replicaRequestsPerSecond * fleet.billed.replicaMonths;
  return {
    kind: 'self-host',
    feasible: true,
    id: label.id,
    name: label.name,
    qualityTier: label.qualityTier,
    qualityIndex: label.qualityIndex,
    memory: c.memory,
    performance: c.performance,
    replicas: fleet.replicas,
    gpus: fleet.replicas * c.gpus,
    averageUtilisation:
      capacityRps > 0 ? Math.min(1, nw.meanRequestsPerSecond / capacityRps) : 0,
    cost: { usdPerMonth: total, lines: e.lines },
    usdPerRequest: w.requestsPerMonth > 0 ? total / w.requestsPerMonth : 0,
    usdPerMillionTokens:
      nw.tokensPerMonth > 0 ? (total / nw.tokensPerMonth) * 1e6 : null,
    marginalUsdPerMillionTokens: marginalUsdPerMillionTokens(
      costModel,
      nw.tokensPerRequest,
    ),
    requestsPerMonthPerReplica: costModel.requestsPerMonthPerReplica,
    latency: e.latency,
    warnings: e.warnings,
    fleet: fleetPlan(e),
  };
}
