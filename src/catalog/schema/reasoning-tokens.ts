import { z } from 'zod';
import { idSchema, nonNegative, provenanced } from './common';

/**
 * A reasoning-effort setting as the providers name them: OpenAI's
 * `reasoning.effort` (none … xhigh), Anthropic's effort (low … max),
 * Google's thinking level; 'default' = the provider's own setting where it
 * has no name (Gemini 2.5's dynamic thinking budget).
 */
export const reasoningEffortSchema = z.enum([
  'none',
  'minimal',
  'low',
  'medium',
  'high',
  'xhigh',
  'max',
  'default',
]);
export type ReasoningEffort = z.infer<typeof reasoningEffortSchema>;

/**
 * Hidden reasoning tokens one request of a reasoning API model generates, per
 * effort setting (docs/methods.md §17.1). Keyed by API model id; every API
 * model with `reasoning: true` has one (tested).
 */
export const reasoningTokensSchema = z
  .object({
    apiModelId: idSchema,
    /** Mean hidden tokens per request at each measured effort setting. */
    tokensPerRequestByEffort: z.partialRecord(
      reasoningEffortSchema,
      nonNegative,
    ),
    /** The setting a request gets when it names none (the provider's default). */
    defaultEffort: reasoningEffortSchema,
    /**
     * The setting the catalog's measured time to first token was taken at:
     * its thinking time is tokensPerRequestByEffort[this] ÷ output speed.
     */
    latencyMeasuredAtEffort: reasoningEffortSchema,
    /**
     * 'first-token-delay': (measured time to first token − the same model's
     * no-thinking time to first token) × measured output speed;
     * 'peer-model': a sibling model's figures (the model is not yet measured);
     * 'fallback': the median measured default of the catalog (grade C).
     */
    basis: z.enum(['first-token-delay', 'peer-model', 'fallback']),
    /** Why the default is what it is, in plain words. */
    note: z.string().min(1),
    ...provenanced,
  })
  .refine(
    (e) =>
      e.tokensPerRequestByEffort[e.defaultEffort] !== undefined &&
      e.tokensPerRequestByEffort[e.latencyMeasuredAtEffort] !== undefined,
    { message: 'the default and the latency setting need a token count' },
  );
export type ReasoningTokens = z.infer<typeof reasoningTokensSchema>;
