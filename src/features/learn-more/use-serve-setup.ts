import { useState } from 'react';
import type { Quant, ServingEngine } from '../../catalog';
import {
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
} from '../../state';

/** What one engine's serve command is written for. */
export type ServeTarget = {
  readonly quant: Quant | undefined;
  readonly gpus: number;
};

/**
 * The model whose serve commands the engine cards show (first the model of the
 * first compared self-hosted option), and for each engine the quant and GPUs
 * of the compared configuration that runs it, if any.
 */
export function useServeSetup() {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const selfHost = options.flatMap((o) => (o.kind === 'self-host' ? [o] : []));
  const { result } = useDeferredScenarioResult();
  // GPUs per replica of a compared configuration ('auto' resolved by the engine).
  const gpusFor = (optionId: string | undefined): number => {
    const r = result.selfHost.find((x) => x.id === optionId);
    return r && r.feasible ? r.memory.gpusPerReplica : 1;
  };
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
