import { z } from 'zod';

/**
 * The embed's messages to its host page (ADR-4). Emit-only: the embed
 * listens to nothing. Every message carries a `type` with the fixed
 * `crossover:` prefix and the protocol `version`, so a host can tell them
 * apart from other frames' messages. A new field is not a breaking change;
 * renaming or removing one bumps the version.
 */
export const EMBED_PROTOCOL_VERSION = 1;

/** Sent once, when the embed has rendered. */
export const readyMessageSchema = z.object({
  type: z.literal('crossover:ready'),
  version: z.literal(EMBED_PROTOCOL_VERSION),
  /** Document height in CSS pixels at that moment. */
  height: z.number().int().nonnegative(),
});

/** Sent whenever the embed's content height changes (for auto-resizing iframes). */
export const resizeMessageSchema = z.object({
  type: z.literal('crossover:resize'),
  version: z.literal(EMBED_PROTOCOL_VERSION),
  /** Document height in CSS pixels. */
  height: z.number().int().nonnegative(),
});

/** Sent (throttled) when the reader changes the scenario; only to `parentOrigin`. */
export const scenarioChangedMessageSchema = z.object({
  type: z.literal('crossover:scenario-changed'),
  version: z.literal(EMBED_PROTOCOL_VERSION),
  /** The scenario as a query string (`?v=1&tpm=…`, '' for the default), see src/url/README.md. */
  params: z.string(),
});

export const embedMessageSchema = z.discriminatedUnion('type', [
  readyMessageSchema,
  resizeMessageSchema,
  scenarioChangedMessageSchema,
]);

export type ReadyMessage = z.infer<typeof readyMessageSchema>;
export type ResizeMessage = z.infer<typeof resizeMessageSchema>;
export type ScenarioChangedMessage = z.infer<
  typeof scenarioChangedMessageSchema
>;
export type EmbedMessage = z.infer<typeof embedMessageSchema>;

export function readyMessage(height: number): ReadyMessage {
  return {
    type: 'crossover:ready',
    version: EMBED_PROTOCOL_VERSION,
    height: Math.max(0, Math.ceil(height)),
  };
}

export function resizeMessage(height: number): ResizeMessage {
  return {
    type: 'crossover:resize',
    version: EMBED_PROTOCOL_VERSION,
    height: Math.max(0, Math.ceil(height)),
  };
}

export function scenarioChangedMessage(params: string): ScenarioChangedMessage {
  return {
    type: 'crossover:scenario-changed',
    version: EMBED_PROTOCOL_VERSION,
    params,
  };
}
