/**
 * Plain, readonly, JSON-serialisable inputs and results of the engine.
 * Units are in the names; money is unrounded float USD (ADR-2).
 */
import type { HostedPrice } from './hosted-price';
import type { ModelQuality } from './quality';
import type * as Req from './requirement-types';
import type { FleetServing, WorkloadServing } from './workload-serving';

/** Hour-of-day traffic weights (24 entries); normalised to mean 1 by the engine. */
export type HourlyProfile = readonly number[];

export type LatencyTargets = Req.LatencyTargets;

/**
 * What the application sends, per month. Token counts are on the API
 * tokenizer's meter (docs/methods.md §8.3).
 *
 * @example { requestsPerMonth: 50_000, inputTokensPerRequest: 750, outputTokensPerRequest: 250, … }
 */
export type Workload = WorkloadServing &
  Req.WorkloadReasoning & {
    readonly requestsPerMonth: number;
    /** Mean input tokens per request, system prompt and history included. */
    readonly inputTokensPerRequest: number;
    /** Mean visible output tokens per request. */
    readonly outputTokensPerRequest: number;
    /** Mean hidden reasoning tokens per request (billed as output by reasoning APIs). */
    readonly reasoningTokensPerRequest: number;
    /** Static prompt prefix shared by requests (part of the input), tokens. */
    readonly cacheablePrefixTokens: number;
    /** Share of requests that can wait for a batch API (≤ 24 h), 0–1. */
    readonly batchableShare: number;
    /** Peak-hour traffic ÷ average traffic, 1–24 (ignored when `hourlyProfile` is given). */
    readonly peakToAverage: number;
    readonly hourlyProfile?: HourlyProfile;
    /** Self-hosted-model tokens per API token (τ), 0.5–2. */
    readonly tokenizerRatio: number;
    readonly latencyTargets: LatencyTargets;
    /** Network round trip to the API, seconds. */
    readonly apiNetworkRoundTripSeconds: number;
  };

/** An API option: a catalog model with optional price overrides (custom price). */
export type ApiOptionInput = Req.ApiOptionRequirements & {
  readonly id: string;
  readonly apiModelId: string;
  /** Replaces the catalog prices, USD per 1M tokens. */
  readonly usdPerMillionInputTokensOverride?: number;
  readonly usdPerMillionOutputTokensOverride?: number;
  /** Use the provider's batch price for the batchable share. */
  readonly useBatch: boolean;
};

export type Procurement =
  | {
      /** Rented by the hour from a cloud. */
      readonly kind: 'cloud';
      readonly pricing: 'on-demand' | 'reserved' | 'spot';
      /** On-demand list price per GPU-hour. */
      readonly usdPerGpuHour: number;
      /** Discount of a 1-year reservation versus on-demand, 0–1. */
      readonly reservedDiscount: number;
      /** Discount of spot versus on-demand, 0–1. */
      readonly spotDiscount: number;
      /**
       * Share of hours spot capacity is available, 0–1; the rest run at the
       * on-demand price (docs/methods.md §7.2). Default 0.9 (grade C).
       */
      readonly spotAvailability?: number;
      /**
       * Replicas follow the hourly profile instead of being provisioned for
       * the peak (docs/methods.md §7.1). Ignored for reserved pricing, which bills
       * every hour. Default false.
       */
      readonly autoscale?: boolean;
      /** Smallest replica count when autoscaling; 0 = scale to zero. Default 1. */
      readonly minReplicas?: number;
      /** Seconds a new replica takes to start (billed, no traffic). Default 20 [S34]. */
      readonly coldStartSeconds?: number;
    }
  | {
      /** Bought, amortised and hosted in a rack (colo or on-prem). */
      readonly kind: 'owned';
      /** Purchase price per GPU including its share of server, network and install. */
      readonly capexUsdPerGpu: number;
      readonly amortisationMonths: number;
      /** Resale value at the end, share of capex, 0–1. */
      readonly residualShare: number;
      /** Annual cost of capital (WACC), 0–1. */
      readonly costOfCapitalAnnual: number;
      readonly electricityUsdPerKwh: number;
      /** Power usage effectiveness of the room, ≥ 1. */
      readonly pue: number;
      /** Rack space / colocation per kW of maximum power per month. */
      readonly hostingUsdPerKwMonth: number;
      /**
       * 'colo' pays rack space per kW (plus power unless included); 'onprem'
       * pays power × PUE only, no hosting fee (docs/methods.md §7.3). Default 'colo'.
       */
      readonly hosting?: 'colo' | 'onprem';
      /** Colocation contract includes power (no separate power line). Default false. */
      readonly powerIncludedInHosting?: boolean;
    }
  | {
      /** A workstation or Mac on a desk: bought, amortised, wall power, PUE 1. */
      readonly kind: 'desk';
      /** Purchase price of one machine (one accelerator or one Mac/PC). */
      readonly capexUsdPerDevice: number;
      readonly amortisationMonths: number;
      readonly residualShare: number;
      readonly electricityUsdPerKwh: number;
    };

/** People and platform costs that do not scale with tokens (docs/methods.md §7.4). */
export type OpsCosts = {
  /** Share of one engineer's time spent running the service, 0–2. */
  readonly fteShare: number;
  /** Fully loaded monthly cost of one engineer. */
  readonly usdPerFteMonth: number;
  readonly monitoringUsdPerMonth: number;
  readonly networkingAndStorageUsdPerMonth: number;
  /** Fine-tuning infrastructure, per month. */
  readonly fineTuningUsdPerMonth: number;
  /**
   * Operations time added per GPU of the fleet, spare replicas included, FTE
   * per GPU (docs/methods.md §19.1); absent = 0: people do not grow with the fleet.
   */
  readonly fteSharePerGpu?: number;
  /** On-call standby for a production service, FTE-equivalent (docs/methods.md §19.1); absent = 0. */
  readonly onCallFteShare?: number;
};

export type SelfHostOptionInput = {
  readonly id: string;
  readonly openModelId: string;
  readonly quantId: string;
  readonly engineId: string;
  readonly hardwareId: string;
  /** GPUs per replica (tensor parallel); 'auto' picks the cheapest that fits. */
  readonly gpusPerReplica: number | 'auto';
  readonly kvCacheBytesPerValue: number;
  readonly procurement: Procurement;
  readonly ops: OpsCosts;
  /** Replicas kept beyond what the peak needs (N+1 = 1). */
  readonly extraReplicas: number;
  /** Highest planned replica utilisation at the peak hour, 0.1–1 (queueing headroom). */
  readonly targetUtilisation: number;
  /**
   * Most serving replicas this option can have (the machines on the desks,
   * say). Absent = as many as the volume needs. Beyond it the option cannot
   * carry the volume: infeasible, with `capacity-exceeded`.
   */
  readonly maxServingReplicas?: number;
  /** Reuse a shared prefix's KV; absent = as the engine ships (§18.1). */
  readonly prefixCaching?: boolean;
  /** Engine batch cap (vLLM --max-num-seqs…), 1–65,536; absent = engineBatchCap(engine, hardware) (§20.5). */
  readonly maxConcurrentSequences?: number;
};

/** Where a computed number came from, for "how is this computed?". */
export type CostLineKind =
  | 'input-tokens'
  | 'cached-input-tokens'
  | 'cache-write-tokens'
  | 'output-tokens'
  | 'reasoning-tokens'
  | 'batch-discount'
  | 'gpu-rental'
  | 'capital'
  | 'power'
  | 'hosting'
  | 'ops-people'
  | 'monitoring'
  | 'networking-storage'
  | 'fine-tuning';

export type CostLine = {
  readonly kind: CostLineKind;
  readonly usdPerMonth: number;
};

export type CostBreakdown = {
  readonly usdPerMonth: number;
  readonly lines: readonly CostLine[];
};

export type RateLimitCheck = Req.RateLimitCheck;

export type ApiLatency = Req.ApiLatencyTail & {
  readonly timeToFirstTokenSeconds: number;
  readonly outputTokensPerSecond: number;
  readonly endToEndSeconds: number;
  /** Measured for this endpoint ('catalog', Artificial Analysis), the model's median not this host's ('model'), or assumed ('default'). */
  readonly basis: 'catalog' | 'model' | 'default';
};

export type ApiResult = ModelQuality & {
  readonly kind: 'api';
  readonly id: string;
  readonly apiModelId: string;
  readonly name: string;
  readonly cost: CostBreakdown;
  readonly usdPerRequest: number;
  /** Monthly cost ÷ monthly tokens (input + output + reasoning), per 1M; null at zero volume. */
  readonly usdPerMillionTokens: number | null;
  readonly cacheHitRate: number;
  readonly latency: ApiLatency;
  readonly rateLimit: RateLimitCheck;
  readonly warnings: readonly WarningCode[];
  /** Hidden reasoning tokens per request and where the count came from (§17.1). */
  readonly reasoning?: Req.ApiReasoning;
};

export type MemoryEstimate = {
  readonly weightBytes: number;
  readonly kvBytesPerToken: number;
  readonly usableBytesPerGpu: number;
  readonly kvCacheTokensPerReplica: number;
  readonly maxConcurrentSequences: number;
  readonly totalBytesPerReplica: number;
  readonly gpusPerReplica: number;
  readonly fits: boolean;
};

export type PerformanceEstimate = {
  readonly criticalBatch: number;
  readonly operatingBatch: number;
  /** Time per output token one user sees at the operating batch, seconds. */
  readonly timePerOutputTokenSeconds: number;
  readonly singleStreamTokensPerSecond: number;
  readonly prefillSeconds: number;
  readonly prefillTokensPerSecond: number;
  readonly replicaRequestsPerSecond: number;
  readonly replicaOutputTokensPerSecond: number;
  /** Implied model bandwidth utilisation at batch 1, 0–1. */
  readonly impliedBandwidthUtilisation: number;
};

export type SelfHostLatency = {
  readonly timeToFirstTokenSeconds: number;
  readonly outputTokensPerSecond: number;
  readonly endToEndSeconds: number;
  /** Queueing wait is unbounded when a replica is overloaded. */
  readonly overloaded: boolean;
};

export type InfeasibleReason =
  | {
      /** The volume needs more serving replicas than the option may have. */
      readonly code: 'capacity-exceeded';
      readonly servingReplicasNeeded: number;
      readonly maxServingReplicas: number;
      /** Monthly tokens the allowed replicas carry at the target utilisation. */
      readonly capacityTokensPerMonth: number;
    }
  | {
      readonly code: 'model-does-not-fit';
      readonly requiredBytes: number;
      readonly availableBytes: number;
      readonly largestGpusPerReplica: number;
    }
  | { readonly code: 'context-does-not-fit'; readonly maxContextTokens: number }
  | {
      readonly code: 'latency-target-unreachable';
      readonly bestTimePerOutputTokenSeconds: number;
    }
  | {
      readonly code: 'engine-hardware-mismatch';
      readonly engineId: string;
      readonly hardwareKind: string;
    }
  | {
      readonly code: 'quant-engine-mismatch';
      readonly quantId: string;
      readonly engineId: string;
      /** Set when the engine runs this quant only on other hardware (block-scaled FP4 without native support here). */
      readonly hardwareId?: string;
    }
  | {
      readonly code: 'unknown-catalog-id';
      readonly what: string;
      readonly id: string;
    };

/** One self-hosted option evaluated on its own (`evaluateSelfHost`). */
export type SelfHostEstimate =
  | (ModelQuality & {
      readonly kind: 'self-host';
      readonly feasible: true;
      readonly id: string;
      readonly name: string;
      readonly memory: MemoryEstimate;
      readonly performance: PerformanceEstimate;
      readonly replicas: number;
      readonly gpus: number;
      readonly averageUtilisation: number;
      readonly cost: CostBreakdown;
      readonly usdPerRequest: number;
      readonly usdPerMillionTokens: number | null;
      /** Cost per 1M tokens if the replicas ran at the target utilisation (the price of idle capacity is the gap). */
      readonly marginalUsdPerMillionTokens: number;
      /** Monthly requests one replica carries at the target utilisation and traffic shape. */
      readonly requestsPerMonthPerReplica: number;
      readonly latency: SelfHostLatency;
      readonly warnings: readonly WarningCode[];
      /** How the fleet is provisioned and billed (docs/methods.md §7.1–7.2). */
      readonly fleet: FleetPlan;
    })
  | (ModelQuality & {
      readonly kind: 'self-host';
      readonly feasible: false;
      readonly id: string;
      readonly name: string;
      readonly reasons: readonly InfeasibleReason[];
    });

/** A self-hosted option's result in a scenario: its estimate and the same model's hosted prices. */
export type SelfHostResult = SelfHostEstimate & {
  /** Every API serving the same open model (same mode), cheapest first; [] when no host serves it. */
  readonly hostedSameModel: readonly HostedPrice[];
};

/** Replicas, GPU-hours and the staircase parameters behind a self-hosted cost. */
export type FleetPlan = FleetServing & {
  /** Tensor-parallel degree chosen (GPUs per replica). */
  readonly gpusPerReplica: number;
  /** Replicas the peak hour needs at the target utilisation. */
  readonly servingReplicas: number;
  /** Redundancy replicas (N+1 = 1). */
  readonly extraReplicas: number;
  /** Replicas follow the hourly profile (cloud autoscaling / scale-to-zero). */
  readonly autoscaled: boolean;
  /** Replicas running in each hour of the day (24 entries). */
  readonly replicasByHour: readonly number[];
  readonly gpuHoursPerMonth: number;
  /** Billed warm-up of replicas started by the autoscaler. */
  readonly coldStartUsdPerMonth: number;
  /** Volume-independent monthly cost: people, monitoring, networking, fine-tuning. */
  readonly fixedUsdPerMonth: number;
  /** Monthly cost of one always-on replica (GPUs, or capital + power + hosting). */
  readonly usdPerReplicaMonth: number;
};

export type WarningCode =
  | 'zero-volume'
  | 'prefix-too-short-to-cache'
  | 'no-batch-api'
  | 'rate-limit-exceeded'
  | 'context-exceeds-model'
  | 'not-like-for-like'
  | 'overloaded'
  | 'local-concurrency'
  | 'multi-node'
  | 'latency-defaulted'
  | 'latency-target-missed'
  | 'batch-deadline-before-api-window';

/** A volume range on the monthly-token axis (input + output + reasoning tokens). */
export type VolumeRange = {
  readonly minTokensPerMonth: number;
  readonly maxTokensPerMonth: number;
};

export type Crossover =
  | {
      readonly kind: 'crosses';
      /** Smallest volume where self-hosting becomes cheaper, tokens per month. */
      readonly firstTokensPerMonth: number;
      /** Volume above which self-hosting stays cheaper; null if it never settles in range. */
      readonly stableTokensPerMonth: number | null;
      /** API spend at the first crossover, USD per month. */
      readonly breakEvenApiUsdPerMonth: number;
      readonly likeForLike: boolean;
    }
  | {
      readonly kind: 'api-always-cheaper';
      readonly range: VolumeRange;
      readonly selfHostNeverWins: boolean;
      readonly likeForLike: boolean;
    }
  | {
      readonly kind: 'self-host-always-cheaper';
      readonly range: VolumeRange;
      readonly likeForLike: boolean;
    }
  | {
      readonly kind: 'not-comparable';
      readonly reason: 'self-host-infeasible' | 'zero-tokens-per-request';
    };

export type CostCurvePoint = {
  readonly tokensPerMonth: number;
  /** USD per month per option id; null where the option is infeasible. */
  readonly usdPerMonthByOption: Readonly<Record<string, number | null>>;
};
