/**
 * What the hybrid patterns (docs/methods.md §9.2) take: the user's knobs with
 * their defaults, and the priced API and self-hosted options they combine.
 */
import type { ApiModel, Catalog } from '../catalog';
import type { PrivacyAssessment } from './result-types';
import type { SelfHostCostModel } from './self-host-capacity';
import type {
  ApiOptionInput,
  ApiResult,
  SelfHostOptionInput,
  SelfHostResult,
  Workload,
} from './types';

/**
 * Optional hybrid settings on a scenario. Every field has a default, so the
 * hybrids are computed next to the pure options even when this is absent.
 */
export type HybridInput = {
  /** Tiered routing: share of requests sent to the self-hosted model, 0–1. Default 0.5. */
  readonly tieredLocalShare?: number;
  /** Fallback chain: share of requests the local model escalates to the API, 0–1. Default 0.1. */
  readonly fallbackEscalationShare?: number;
  /**
   * Share of requests that must stay on your infrastructure, 0–1. Default 0.
   * When above 0, ticked privacy rules apply to this share only: the rest may
   * use any API, and no pure-API option is eligible.
   */
  readonly sensitiveShare?: number;
  /** Dev/prod split: share of traffic that is development and testing, 0–1. Default 0.1. */
  readonly devShare?: number;
  /** The API used by every pattern. Default: the cheapest eligible API. */
  readonly apiOptionId?: string;
  /** The self-hosted option used by every pattern. Default: the cheapest feasible one. */
  readonly selfHostOptionId?: string;
  /** The option dev traffic runs on (a desk machine, say). Default: the cheapest feasible option at dev volume. */
  readonly devSelfHostOptionId?: string;
  /** Overflow/spill: local replicas kept (K). Default: the K with the lowest total cost. */
  readonly spillLocalReplicas?: number;
  /** Router or judge cost per request (classifier call, embeddings). Default 0. */
  readonly routingUsdPerRequest?: number;
};

/** Defaults of `HybridInput` (grade C: illustrations, not findings; docs/methods.md §9.2, ADR-7). */
export const HYBRID_DEFAULTS = {
  tieredLocalShare: 0.5,
  fallbackEscalationShare: 0.1,
  sensitiveShare: 0,
  devShare: 0.1,
  routingUsdPerRequest: 0,
} as const;

/** An API option as the hybrid evaluator needs it. */
export type HybridApiOption = {
  readonly option: ApiOptionInput;
  readonly model: ApiModel;
  readonly result: ApiResult;
  /** Monthly API cost at R requests a month (same mix and shape). */
  readonly usdPerMonth: (requestsPerMonth: number) => number;
};

/** A self-hosted option as the hybrid evaluator needs it. */
export type HybridSelfHostOption = {
  readonly option: SelfHostOptionInput;
  readonly result: SelfHostResult;
  /** Cost staircases, the one the result uses first. */
  readonly costModels: readonly SelfHostCostModel[];
};

export type HybridContext = {
  readonly workload: Workload;
  readonly api: readonly HybridApiOption[];
  readonly selfHost: readonly HybridSelfHostOption[];
  readonly privacy: PrivacyAssessment;
  readonly input: HybridInput | undefined;
  readonly catalog: Catalog;
};

/** A share knob clamped to 0–1, or its default when absent or not finite. */
export const clampShare = (v: number | undefined, fallback: number) =>
  v === undefined || !Number.isFinite(v)
    ? fallback
    : Math.min(1, Math.max(0, v));

/** Where a knob's value came from: the user or the default. */
export const knobSource = (v: number | undefined) =>
  v === undefined ? ('default' as const) : ('input' as const);
