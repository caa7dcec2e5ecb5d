/**
 * The domain rules that live in the catalog as data (src/catalog/README.md,
 * "Domain rules"): every engine, quant, hardware kind and provider states
 * them, and the data reproduces the rules that used to be written in code.
 */
import { describe, expect, it } from 'vitest';
import {
  CATALOG_VERSION,
  CLOUD_DISCOUNTS,
  OWNED_DEFAULTS,
  PLATFORM_DEFAULTS,
  catalog,
  cloudDiscountsSchema,
  hardwareKindSchema,
  ownedHardwareDefaultsSchema,
  platformDefaultsSchema,
  type ServingEngine,
} from '../../../src/catalog';
import { serveCommands } from '../../../src/features/learn-more/serve-command';
import {
  defaultInputs,
  deskable,
  scenarioFromInputs,
  type SelfHostOptionState,
} from '../../../src/state';
import { HARDWARE_KIND_IDS } from './catalog-ids.snapshot';

const dated = (entry: { source: string; asOf: string }, what: string) => {
  expect(entry.source.length, `${what}: source`).toBeGreaterThan(10);
  expect(entry.asOf <= CATALOG_VERSION, `${what}: asOf after version`).toBe(
    true,
  );
};

describe('hardware kinds', () => {
  it('the table has exactly the schema’s kinds, as in the snapshot', () => {
    expect(Object.keys(catalog.hardwareKinds).sort()).toEqual(
      [...hardwareKindSchema.options].sort(),
    );
    expect([...hardwareKindSchema.options]).toEqual([...HARDWARE_KIND_IDS]);
  });

  it.each(HARDWARE_KIND_IDS)('%s says whether it can sit on a desk', (kind) => {
    const facts = catalog.hardwareKinds[kind];
    expect(typeof facts.deskable).toBe('boolean');
    dated(facts, kind);
  });

  it('desk machines are Apple, consumer GPUs and CPUs, not datacenter GPUs', () => {
    const desk = HARDWARE_KIND_IDS.filter(
      (k) => catalog.hardwareKinds[k].deskable,
    );
    expect(desk).toEqual(['consumer-gpu', 'apple', 'cpu']);
    for (const h of catalog.hardware) {
      expect(deskable(catalog, h.id), h.id).toBe(h.kind !== 'datacenter-gpu');
    }
    expect(deskable(catalog, 'no-such-device')).toBe(false);
  });

  it('every deskable device has a purchase price (the desk procurement needs one)', () => {
    for (const h of catalog.hardware) {
      if (catalog.hardwareKinds[h.kind].deskable)
        expect(h.purchaseUsd, h.id).toBeGreaterThan(0);
    }
  });
});

/** The KV bytes the state passes to the engine for one engine × quant. */
function kvBytesPassed(engineId: string, quantId: string): number {
  const inputs = defaultInputs(catalog);
  const base = inputs.options.find(
    (o): o is SelfHostOptionState => o.kind === 'self-host',
  );
  if (!base) throw new Error('default inputs have a self-hosted option');
  const scenario = scenarioFromInputs(
    { ...inputs, options: [{ ...base, engineId, quantId }] },
    catalog,
  );
  return scenario.selfHostOptions[0]!.kvCacheBytesPerValue;
}

describe('KV-cache precision (engine kvCache × quant kvCacheBytesPerValue)', () => {
  it.each(catalog.engines.map((e) => [e.id, e] as const))(
    '%s states its KV cache with a source',
    (id, engine) => {
      expect(engine.kvCache.bytesPerValue, id).toBe(2);
      expect(typeof engine.kvCache.followsQuant).toBe('boolean');
      dated(engine.kvCache, `${id} kvCache`);
    },
  );

  it('quants store 1 byte (FP8) or 2 bytes (16-bit) per KV value', () => {
    for (const q of catalog.quants)
      expect([1, 2], q.id).toContain(q.kvCacheBytesPerValue);
    expect(catalog.byId.quants['fp8']?.kvCacheBytesPerValue).toBe(1);
  });

  it('reproduces the rule: FP8 caches on FP8 models in vLLM-class engines, else 16-bit', () => {
    for (const q of catalog.quants) {
      for (const engineId of q.engineIds) {
        const expected =
          q.id === 'fp8' && engineId !== 'ollama' && engineId !== 'llama-cpp'
            ? 1
            : 2;
        expect(kvBytesPassed(engineId, q.id), `${engineId} × ${q.id}`).toBe(
          expected,
        );
      }
    }
  });

  it('only continuous-batching engines follow the quant', () => {
    for (const e of catalog.engines.filter((x) => x.kvCache.followsQuant))
      expect(e.batching, e.id).toBe('continuous');
  });
});

describe('serve commands (engine modelReference, quantFlags, tensorParallelFlag)', () => {
  const chatModels = catalog.openModels.filter((m) => m.mode === 'chat');

  it.each(catalog.engines.map((e) => [e.id, e] as const))(
    '%s: a tensor-parallel flag exactly when it runs tensor parallel',
    (id, engine) => {
      expect(engine.tensorParallelFlag !== null, id).toBe(
        engine.tensorParallel,
      );
      expect(engine.serveCommandTemplate, id).toContain('{model}');
    },
  );

  it('quant flags name quants the engine runs', () => {
    for (const e of catalog.engines) {
      for (const quantId of Object.keys(e.quantFlags)) {
        expect(
          catalog.byId.quants[quantId]?.engineIds,
          `${e.id}: ${quantId}`,
        ).toContain(e.id);
      }
    }
  });

  it('GGUF quants name their llama.cpp type (Q4_K_M from gguf-q4-k-m), MXFP4 its GGUF type too; others none', () => {
    for (const q of catalog.quants) {
      const expected = q.id.startsWith('gguf-')
        ? q.id.slice(5).replace(/-/g, '_').toUpperCase()
        : q.id === 'mxfp4'
          ? 'MXFP4'
          : undefined;
      expect(q.ggufType, q.id).toBe(expected);
    }
  });

  it('every engine gives a complete command for every chat model, quant and GPU count', () => {
    const check = (engine: ServingEngine) => {
      for (const model of chatModels) {
        for (const quant of catalog.quants.filter((q) =>
          q.engineIds.includes(engine.id),
        )) {
          for (const gpus of [1, 2]) {
            const lines = serveCommands(engine, model, quant, gpus);
            expect(lines[0]).toBe(engine.installCommand);
            const serve = lines.at(-1) ?? '';
            expect(serve, `${engine.id} ${model.id}`).not.toMatch(/\{\w+\}/);
            if (gpus > 1 && engine.tensorParallelFlag)
              expect(serve).toContain(`${engine.tensorParallelFlag} 2`);
          }
        }
      }
    };
    catalog.engines.forEach(check);
  });

  it('keeps each engine’s own model reference and flags', () => {
    const model = catalog.byId.openModels['llama-3.1-8b-instruct']!;
    const e = catalog.byId.engines;
    const q = catalog.byId.quants;
    expect(serveCommands(e['vllm']!, model, q['fp8'], 2)[1]).toBe(
      `vllm serve ${model.huggingFaceRepo} --quantization fp8 --tensor-parallel-size 2`,
    );
    expect(serveCommands(e['ollama']!, model, q['gguf-q4-k-m'])[1]).toBe(
      `ollama run ${model.ollamaTag}`,
    );
    expect(serveCommands(e['llama-cpp']!, model, q['gguf-q8-0'])[1]).toBe(
      `llama-server -hf ${model.ggufRepo}:Q8_0 -c 8192 --port 8080`,
    );
  });
});

describe('featured providers and engines (Learn more)', () => {
  const orders = (entries: readonly { featuredOrder: number | null }[]) =>
    entries.flatMap((e) => (e.featuredOrder === null ? [] : [e.featuredOrder]));

  it('orders are 1…n without gaps or repeats', () => {
    for (const list of [catalog.providers, catalog.engines]) {
      const o = orders(list).sort((a, b) => a - b);
      expect(o.length).toBeGreaterThan(0);
      expect(o).toEqual(o.map((_, i) => i + 1));
    }
  });

  it('every featured provider has a chat model to show', () => {
    for (const p of catalog.providers.filter((x) => x.featuredOrder !== null))
      expect(
        catalog.apiModels.some(
          (m) => m.providerId === p.id && m.mode === 'chat',
        ),
        p.id,
      ).toBe(true);
  });

  it('keeps the order the panel showed before the field existed', () => {
    const featured = <T extends { id: string; featuredOrder: number | null }>(
      list: readonly T[],
    ) =>
      list
        .filter((x) => x.featuredOrder !== null)
        .sort((a, b) => (a.featuredOrder ?? 0) - (b.featuredOrder ?? 0))
        .map((x) => x.id);
    expect(featured(catalog.providers)).toEqual([
      'openai',
      'anthropic',
      'cohere',
      'azure-openai',
      'google',
      'mistral',
    ]);
    expect(featured(catalog.engines)).toEqual(['ollama', 'vllm', 'llama-cpp']);
  });
});

describe('providers the privacy table always lists', () => {
  const always = catalog.providers.filter((p) => p.alwaysInPrivacyTable);

  it('are the ones the panel listed before the field existed', () => {
    expect(always.map((p) => p.id)).toEqual([
      'openai',
      'anthropic',
      'cohere',
      'azure-openai',
    ]);
  });

  it('each states its privacy facts with a source and date', () => {
    for (const p of always) {
      dated(p, p.id);
      expect(p.privacy.retentionSummary.length, p.id).toBeGreaterThan(0);
    }
  });
});

describe('price-file provider labels (first-party entries of a refresh)', () => {
  it('are unique across providers', () => {
    const labels = catalog.providers.flatMap((p) => p.priceFileProviders);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('every model lab and inference host has at least one; deployments and resellers none', () => {
    for (const p of catalog.providers) {
      if (p.kind === 'model-lab' || p.kind === 'inference-host')
        expect(p.priceFileProviders.length, p.id).toBeGreaterThan(0);
      else expect(p.priceFileProviders, p.id).toEqual([]);
    }
  });

  it('are the labels the refresh reported before the field existed', () => {
    expect(
      catalog.providers.flatMap((p) => p.priceFileProviders).sort(),
    ).toEqual(
      [
        'openai',
        'anthropic',
        'cohere',
        'cohere_chat',
        'gemini',
        'mistral',
        'deepseek',
        'xai',
        'x-ai',
        'google',
        'mistralai',
        // the open-model inference hosts (issue 10): LiteLLM's labels
        'together_ai',
        'fireworks_ai',
        'fireworks_ai-embedding-models',
        'deepinfra',
        'groq',
        'cerebras',
      ].sort(),
    );
  });
});

describe('cost defaults', () => {
  it.each([
    ['OWNED_DEFAULTS', ownedHardwareDefaultsSchema, OWNED_DEFAULTS],
    ['CLOUD_DISCOUNTS', cloudDiscountsSchema, CLOUD_DISCOUNTS],
    ['PLATFORM_DEFAULTS', platformDefaultsSchema, PLATFORM_DEFAULTS],
  ] as const)('%s is valid and dated', (name, schema, value) => {
    expect(schema.safeParse(value).success, name).toBe(true);
    dated(value, name);
  });

  it('assumptions say so', () => {
    expect(OWNED_DEFAULTS.source).toMatch(/^assumption, see docs\/methods\.md/);
    expect(PLATFORM_DEFAULTS.source).toMatch(
      /^assumption, see docs\/methods\.md/,
    );
  });
});
