/**
 * The same open model bought per token from a host (Together, DeepInfra,
 * Groq…), set beside self-hosting it (issue 10, "the same model, hosted").
 * A leaf of types only, so `types.ts` can name it without an import cycle.
 */

/** One host's price for the same open model as a self-hosted option, at the scenario's workload. */
export type HostedPrice = {
  readonly apiModelId: string;
  readonly providerId: string;
  readonly usdPerMonth: number;
  readonly usdPerMillionTokens: number;
  /** 'same': the host serves the option's precision; 'differs': another (servedQuantId names it); 'unknown': not published. */
  readonly precision: 'same' | 'differs' | 'unknown';
  readonly servedQuantId: string | null;
  /** Ids of ticked privacy rules that exclude this host; [] = allowed. */
  readonly excludedByRuleIds: readonly string[];
};

/** A host's API added to the scenario as an extra API option, for the self-hosted options of the same open model. */
export type HostedComparator = {
  /** `hosted:<apiModelId>`, the id of its API option and result. */
  readonly optionId: string;
  readonly apiModelId: string;
  readonly forSelfHostOptionIds: readonly string[];
};
