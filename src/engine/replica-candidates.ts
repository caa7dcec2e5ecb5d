/**
 * Which replica shapes can serve a self-hosted option (docs/methods.md §4–§5):
 * the catalog entries it names and whether they work together, then for each
 * GPUs-per-replica choice whether the model and its KV cache fit and at what
 * batch the replica runs within the user's speed target.
 */
import type {
  Catalog,
  Hardware,
  OpenModel,
  Quant,
  ServingEngine,
} from '../catalog';
import {
  estimateMemory,
  heldKvTokensPerSequence,
  kvBytesPerToken,
} from './memory';
import { operatingPoint } from './saturated-load';
import { replicaSpecFrom, runsNatively, type ReplicaSpec } from './performance';
import {
  selfHostPrefixReuse,
  withSharedPrefix,
  type PrefixReuse,
} from './prefix-cache';
import type {
  InfeasibleReason,
  MemoryEstimate,
  PerformanceEstimate,
  SelfHostOptionInput,
  Workload,
} from './types';
import { normaliseWorkload } from './workload';
import { batchCapFor } from './batch-cap';

/** Tensor-parallel degrees tried by 'auto' (docs/methods.md §4.4). */
export const TENSOR_PARALLEL_CHOICES = [1, 2, 4, 8] as const;

/** The catalog entries a self-hosted option names. */
export type Resolved = {
  readonly model: OpenModel;
  readonly quant: Quant;
  readonly hardware: Hardware;
  readonly engine: ServingEngine;
};

/** Looks up the option's model, quantisation, hardware and engine; the first unknown id is the reason. */
export function resolveCatalogEntries(
  option: SelfHostOptionInput,
  catalog: Catalog,
): Resolved | InfeasibleReason {
  const model = catalog.byId.openModels[option.openModelId];
  if (!model)
    return {
      code: 'unknown-catalog-id',
      what: 'open model',
      id: option.openModelId,
    };
  const quant = catalog.byId.quants[option.quantId];
  if (!quant)
    return {
      code: 'unknown-catalog-id',
      what: 'quantization',
      id: option.quantId,
    };
  const hardware = catalog.byId.hardware[option.hardwareId];
  if (!hardware)
    return {
      code: 'unknown-catalog-id',
      what: 'hardware',
      id: option.hardwareId,
    };
  const engine = catalog.byId.engines[option.engineId];
  if (!engine)
    return { code: 'unknown-catalog-id', what: 'engine', id: option.engineId };
  return { model, quant, hardware, engine };
}

/**
 * Whether the engine runs this quant on this hardware: natively, or — for a
 * block-scaled FP4 format the hardware lacks — with dequantising kernels.
 */
export function runsOnThisHardware(
  quant: Quant,
  hardware: Hardware,
  engine: ServingEngine,
): boolean {
  return (
    runsNatively(quant, hardware) ||
    (quant.blockScaled?.weightOnlyEngineIds.includes(engine.id) ?? false)
  );
}

/**
 * The engine must run on the hardware kind and support the quantisation —
 * for a block-scaled FP4 format on hardware without native support, with
 * dequantising kernels (TensorRT-LLM runs NVFP4 on Blackwell only); null when
 * they do.
 */
export function compatibilityProblem(r: Resolved): InfeasibleReason | null {
  if (!r.engine.hardwareKinds.includes(r.hardware.kind)) {
    return {
      code: 'engine-hardware-mismatch',
      engineId: r.engine.id,
      hardwareKind: r.hardware.kind,
    };
  }
  if (!r.quant.engineIds.includes(r.engine.id)) {
    return {
      code: 'quant-engine-mismatch',
      quantId: r.quant.id,
      engineId: r.engine.id,
    };
  }
  if (!runsOnThisHardware(r.quant, r.hardware, r.engine)) {
    return {
      code: 'quant-engine-mismatch',
      quantId: r.quant.id,
      engineId: r.engine.id,
      hardwareId: r.hardware.id,
    };
  }
  return null;
}

/** One replica shape that fits and meets the speed target, at its operating point. */
export type Candidate = {
  readonly gpus: number;
  readonly spec: ReplicaSpec;
  readonly memory: MemoryEstimate;
  readonly performance: PerformanceEstimate;
  /** What the engine's prefix cache saves (docs/methods.md §18.1). */
  readonly prefix: PrefixReuse;
};

/** Self-hosted tokens per request and the slowest time per output token the user accepts. */
type TokenDemand = {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly sequenceTokens: number;
  readonly maxTimePerOutputTokenSeconds: number | null;
  /**
   * Only a *required* speed target makes a replica that cannot reach it
   * unusable; a preferred one out of reach is served at batch 1 and caveated
   * (docs/methods.md §17.3).
   */
  readonly speedTargetRequired: boolean;
  readonly prefix: PrefixReuse;
};

function tokenDemand(
  w: Workload,
  r: Resolved,
  option: SelfHostOptionInput,
): TokenDemand {
  const nw = normaliseWorkload(w);
  const inTok = nw.selfHostInputTokensPerRequest;
  const outTok = nw.selfHostOutputTokensPerRequest;
  return {
    inputTokens: inTok,
    outputTokens: outTok,
    sequenceTokens: Math.max(1, inTok + outTok),
    prefix: selfHostPrefixReuse(w, r.engine, option),
    maxTimePerOutputTokenSeconds:
      w.latencyTargets.minOutputTokensPerSecond !== undefined &&
      w.latencyTargets.minOutputTokensPerSecond > 0
        ? 1 / w.latencyTargets.minOutputTokensPerSecond
        : null,
    speedTargetRequired:
      (w.latencyTargets.strength ?? 'preferred') === 'required',
  };
}

/** GPUs per replica to try: the tensor-parallel degrees one node holds ('auto'), or the user's count. */
function gpusPerReplicaChoices(
  r: Resolved,
  option: SelfHostOptionInput,
): readonly number[] {
  return option.gpusPerReplica === 'auto'
    ? TENSOR_PARALLEL_CHOICES.filter((t) => t <= r.hardware.maxPerNode)
    : [Math.max(1, Math.floor(option.gpusPerReplica))];
}

/** Tensor parallelism splits attention heads evenly across the GPUs. */
function splitsEvenly(r: Resolved, gpus: number): boolean {
  return !(
    r.engine.tensorParallel &&
    gpus > 1 &&
    r.model.attentionHeads % gpus !== 0
  );
}

type Attempt =
  | { readonly kind: 'ok'; readonly candidate: Candidate }
  | { readonly kind: 'does-not-fit'; readonly memory: MemoryEstimate }
  | { readonly kind: 'too-slow'; readonly reason: InfeasibleReason };

/** Memory fit, then the operating point of a replica of `gpus` devices. */
function tryReplica(
  r: Resolved,
  option: SelfHostOptionInput,
  gpus: number,
  demand: TokenDemand,
): Attempt {
  const memory = withSharedPrefix(
    estimateMemory(
      r.model,
      r.quant,
      r.hardware,
      r.engine,
      gpus,
      option.kvCacheBytesPerValue,
      demand.sequenceTokens,
      // Paged engines hold KV at the tokens in flight (docs/methods.md §20.1).
      heldKvTokensPerSequence(
        r.engine,
        demand.inputTokens,
        demand.outputTokens,
      ),
    ),
    demand.prefix,
    demand.sequenceTokens,
  );
  if (!memory.fits) return { kind: 'does-not-fit', memory };
  const spec = replicaSpecFrom(
    r.model,
    r.quant,
    r.hardware,
    r.engine,
    gpus,
    kvBytesPerToken(
      r.model,
      option.kvCacheBytesPerValue,
      demand.sequenceTokens,
    ),
  );
  const targeted = operatingPoint(
    spec,
    // The option's batch cap, else the engine's default on this device (§20.5).
    Math.min(
      memory.maxConcurrentSequences,
      batchCapFor(r.engine, r.hardware, option.maxConcurrentSequences),
    ),
    demand.inputTokens,
    demand.outputTokens,
    demand.maxTimePerOutputTokenSeconds,
    demand.prefix.cachedTokensPerRequest,
  );
  const point =
    targeted.kind === 'ok' || demand.speedTargetRequired
      ? targeted
      : closestToSpeedTarget(spec, demand);
  if (point.kind !== 'ok') {
    return {
      kind: 'too-slow',
      reason: {
        code: 'latency-target-unreachable',
        bestTimePerOutputTokenSeconds: point.bestTimePerOutputTokenSeconds,
      },
    };
  }
  return {
    kind: 'ok',
    candidate: {
      gpus,
      spec,
      memory,
      performance: point.performance,
      prefix: demand.prefix,
    },
  };
}

/**
 * A *preferred* speed target no batch reaches: batch 1, the fastest a replica
 * decodes and the limit throttling tends to as the target tightens, so the
 * batch (and the requests a replica carries) never jumps up when the target
 * slips out of reach (docs/methods.md §17.3). The requirements caveat the
 * miss; a required target keeps the replica unusable.
 */
function closestToSpeedTarget(spec: ReplicaSpec, demand: TokenDemand) {
  return operatingPoint(
    spec,
    1,
    demand.inputTokens,
    demand.outputTokens,
    null,
    demand.prefix.cachedTokensPerRequest,
  );
}

/**
 * Every replica shape that fits and meets the speed target; when none does,
 * the reasons (too slow at each shape, or why nothing fits).
 */
export function candidates(
  r: Resolved,
  option: SelfHostOptionInput,
  w: Workload,
): { ok: Candidate[]; reasons: InfeasibleReason[] } {
  const demand = tokenDemand(w, r, option);
  const ok: Candidate[] = [];
  const reasons: InfeasibleReason[] = [];
  let largest = 0;
  let required = 0;
  let available = 0;
  for (const gpus of gpusPerReplicaChoices(r, option)) {
    if (!splitsEvenly(r, gpus)) continue;
    largest = Math.max(largest, gpus);
    const attempt = tryReplica(r, option, gpus, demand);
    if (attempt.kind === 'does-not-fit') {
      required = attempt.memory.totalBytesPerReplica;
      available = attempt.memory.usableBytesPerGpu * gpus;
    } else if (attempt.kind === 'too-slow') reasons.push(attempt.reason);
    else ok.push(attempt.candidate);
  }
  if (ok.length === 0 && reasons.length === 0) {
    reasons.push(nothingFits(r, option, largest, required, available));
  }
  return { ok, reasons };
}

/** Why no shape fits: the weights alone fit (the context is too long) or they do not. */
function nothingFits(
  r: Resolved,
  option: SelfHostOptionInput,
  largest: number,
  requiredBytes: number,
  availableBytes: number,
): InfeasibleReason {
  const weightsOnly = estimateMemory(
    r.model,
    r.quant,
    r.hardware,
    r.engine,
    Math.max(1, largest),
    option.kvCacheBytesPerValue,
    1,
  );
  return weightsOnly.fits
    ? {
        code: 'context-does-not-fit',
        maxContextTokens: Math.floor(weightsOnly.kvCacheTokensPerReplica),
      }
    : {
        code: 'model-does-not-fit',
        requiredBytes,
        availableBytes,
        largestGpusPerReplica: largest,
      };
}
