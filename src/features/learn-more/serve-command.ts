import type { OpenModel, Quant, ServingEngine } from '../../catalog';

/** The file-name suffix llama.cpp and Ollama use for a GGUF quantization ("Q4_K_M"). */
function ggufSuffix(quant: Quant): string | null {
  return quant.id.startsWith('gguf-')
    ? quant.id.slice(5).replace(/-/g, '_').toUpperCase()
    : null;
}

/**
 * The commands to serve a model with an engine: install, then serve, with the
 * engine's own model reference (Hugging Face repo for vLLM-class engines, the
 * Ollama tag, a GGUF file for llama.cpp).
 */
export function serveCommands(
  engine: ServingEngine,
  model: OpenModel,
  quant: Quant | undefined,
  gpus = 1,
): string[] {
  const suffix = quant ? ggufSuffix(quant) : null;
  let ref: string;
  switch (engine.id) {
    case 'ollama':
      // Ollama's library tags default to a Q4_K_M build of the model.
      ref = model.ollamaTag ?? `hf.co/${model.huggingFaceRepo}`;
      break;
    case 'llama-cpp': {
      const tag = suffix ?? 'Q4_K_M';
      return model.ggufRepo
        ? [
            engine.installCommand,
            `llama-server -hf ${model.ggufRepo}:${tag} -c ${Math.min(model.maxContextTokens, 8192)} --port 8080`,
          ]
        : [
            engine.installCommand,
            `# download a ${tag} GGUF of ${model.huggingFaceRepo}, then:`,
            `llama-server -m ./${model.id}-${tag.toLowerCase()}.gguf -c ${Math.min(model.maxContextTokens, 8192)} --port 8080`,
          ];
    }
    default:
      ref = model.huggingFaceRepo;
  }
  const serve = engine.serveCommandTemplate.replace('{model}', ref);
  const fp8 =
    quant?.id === 'fp8' && engine.id === 'vllm' ? ' --quantization fp8' : '';
  // Tensor parallelism over the replica's GPUs, in each engine's own flag.
  const tpFlag: Record<string, string> = {
    vllm: '--tensor-parallel-size',
    sglang: '--tp',
    tgi: '--num-shard',
    'tensorrt-llm': '--tp_size',
  };
  const flag = tpFlag[engine.id];
  const tp = gpus > 1 && flag ? ` ${flag} ${gpus}` : '';
  return [engine.installCommand, `${serve}${fp8}${tp}`];
}
