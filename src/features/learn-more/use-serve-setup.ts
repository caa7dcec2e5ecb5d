import { useState } from 'react';
import type { Quant, ServingEngine } from '../../catalog';
import {
  useCatalog,
  useShownSlice,
  type DeferredResult,
  type OptionState,
} from '../../state';

/** What one engine's serve command is written for. */
export type ServeTarget = {
  readonly quant: Quant | undefined;
  readonly gpus: number;
};

/** GPUs per replica of each compared configuration that runs ('auto' resolved by the engine). */
export type GpusByOption = Readonly<Record<string, number>>;

function gpusByOption({ result }: DeferredResult): GpusByOption {
  const out: Record<string, number> = {};
  for (const r of result.selfHost)
    if (r.feasible) out[r.id] = r.memory.gpusPerReplica;
  return out;
}

/**
 * All the panel reads from the result: the same object until a replica's GPU
 * count changes, so a volume change does not render the panel (issue 13).
 */
export function useGpusByOption(): GpusByOption {
  return useShownSlice(gpusByOption);
}

/**
 * The model whose serve commands the engine cards show (first the model of the
 * first compared self-hosted option), and for each engine the quant and GPUs
 * of the compared configuration that runs it, if any.
 */
export function useServeSetup(
  options: readonly OptionState[],
  gpus: GpusByOption,
) {
  const catalog = useCatalog();
  const selfHost = options.flatMap((o) => (o.kind === 'self-host' ? [o] : []));
  const gpusFor = (optionId: string | undefined): number =>
    (optionId === undefined ? undefined : gpus[optionId]) ?? 1;
  const [modelId, setModelId] = useState(
    selfHost[0]?.openModelId ?? 'llama-3.1-8b-instruct',
  );
  const model = catalog.byId.openModels[modelId] ?? catalog.openModels[0];
  const targetFor = (engine: ServingEngine): ServeTarget => {
    const chosen = selfHost.find(
      (o) => o.engineId === engine.id && o.openModelId === model?.id,
    );
    const quant =
      catalog.byId.quants[chosen?.quantId ?? ''] ??
      catalog.quants.find((q) => q.engineIds.includes(engine.id));
    return { quant, gpus: gpusFor(chosen?.id) };
  };
  return { model, setModelId, targetFor };
}
