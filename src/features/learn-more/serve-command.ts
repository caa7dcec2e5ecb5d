import type { OpenModel, Quant, ServingEngine } from '../../catalog';

/** Fills a catalog command template's `{name}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

/**
 * The commands to serve a model with an engine: install, then serve, with the
 * engine's own model reference, quant flag and tensor-parallel flag — all
 * read from the engine's catalog entry (`modelReference`, `quantFlags`,
 * `tensorParallelFlag`, `serveCommandTemplate`).
 */
export function serveCommands(
  engine: ServingEngine,
  model: OpenModel,
  quant: Quant | undefined,
  gpus = 1,
): string[] {
  const reference = engine.modelReference;
  const quantFlag = quant ? engine.quantFlags[quant.id] : undefined;
  const flags = [
    ...(quantFlag ? [quantFlag] : []),
    ...(gpus > 1 && engine.tensorParallelFlag
      ? [`${engine.tensorParallelFlag} ${gpus}`]
      : []),
  ].map((f) => ` ${f}`);
  const serve = (template: string, values: Record<string, string>) =>
    `${fill(template, values)}${flags.join('')}`;
  switch (reference.kind) {
    case 'huggingface-repo':
      return [
        engine.installCommand,
        serve(engine.serveCommandTemplate, { model: model.huggingFaceRepo }),
      ];
    case 'ollama-tag':
      // Ollama's library tags default to a Q4_K_M build of the model.
      return [
        engine.installCommand,
        serve(engine.serveCommandTemplate, {
          model: model.ollamaTag ?? `hf.co/${model.huggingFaceRepo}`,
        }),
      ];
    case 'gguf-repo': {
      const type = quant?.ggufType ?? reference.defaultGgufType;
      const contextTokens = String(
        Math.min(model.maxContextTokens, reference.maxContextTokens),
      );
      return model.ggufRepo
        ? [
            engine.installCommand,
            serve(engine.serveCommandTemplate, {
              model: `${model.ggufRepo}:${type}`,
              contextTokens,
            }),
          ]
        : [
            engine.installCommand,
            `# download a ${type} GGUF of ${model.huggingFaceRepo}, then:`,
            serve(reference.localFileCommandTemplate, {
              file: `${model.id}-${type.toLowerCase()}.gguf`,
              contextTokens,
            }),
          ];
    }
  }
}
