import type { ReasoningEffort } from '../catalog';

/** An API option as the store holds it (moved out of calculator-inputs.ts to keep that file within 400 lines). */
export type ApiOptionState = {
  readonly kind: 'api';
  readonly id: string;
  /** Index into the categorical palette; the same colour everywhere. */
  readonly colorIndex: number;
  readonly apiModelId: string;
  readonly useBatch: boolean;
  /** Your own negotiated price, USD per 1M tokens; null = catalog price. */
  readonly customInputUsdPerMillion: number | null;
  readonly customOutputUsdPerMillion: number | null;
  /**
   * Reasoning effort asked of the model (link `e`, docs/methods.md §17.1);
   * absent or null = the provider's default effort, so links and saved
   * scenarios from before it mean what they meant.
   */
  readonly reasoningEffort?: ReasoningEffort | null;
  /**
   * Rate-limit tier the organisation is on, by the provider's name ("Tier 3";
   * link `t<rank>`, docs/methods.md §17.4); absent or null = the tier the
   * monthly spend reaches, as before.
   */
  readonly rateLimitTier?: string | null;
};
