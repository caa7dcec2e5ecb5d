import type { z } from 'zod';
import type { apiModelSchema, OpenModelLatency } from './schema';

type RawApiModel = z.input<typeof apiModelSchema>;

/**
 * Each host of an open model that has no latency of its own carries the
 * model's median from `latencies`, marked `measuredFor: 'model'` (the engine's
 * basis `model`; the page says it is not this host's). A host with its own
 * figure, or a model the table does not measure, is left as it is.
 */
export function withModelLatency(
  hosts: readonly RawApiModel[],
  latencies: readonly OpenModelLatency[],
): RawApiModel[] {
  const byModel = new Map(latencies.map((l) => [l.openModelId, l]));
  return hosts.map((host) => {
    const measured =
      host.openModelId === undefined
        ? undefined
        : byModel.get(host.openModelId);
    if (host.latency || !measured) return host;
    return {
      ...host,
      latency: {
        timeToFirstTokenSeconds: measured.timeToFirstTokenSeconds,
        outputTokensPerSecond: measured.outputTokensPerSecond,
        measuredFor: 'model',
        source: measured.source,
        asOf: measured.asOf,
      },
    };
  });
}
