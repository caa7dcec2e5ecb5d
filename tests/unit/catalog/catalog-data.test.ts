import { describe, expect, it } from 'vitest';
import {
  CATALOG_VERSION,
  RETIRED_IDS,
  catalog,
  catalogSchema,
  loadCatalog,
  rawCatalog,
} from '../../../src/catalog';

const kinds = [
  'providers',
  'apiModels',
  'openModels',
  'quants',
  'hardware',
  'cloudOffers',
  'engines',
  'privacyRules',
  'hybridPatterns',
] as const;

describe('catalog data', () => {
  it('parses with the zod schema', () => {
    expect(() => catalogSchema.parse(rawCatalog)).not.toThrow();
    expect(() => loadCatalog(rawCatalog)).not.toThrow();
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.apiModels[0])).toBe(true);
  });

  it.each(kinds)('%s ids are unique', (kind) => {
    const ids = catalog[kind].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a valid CATALOG_VERSION and no asOf after it', () => {
    expect(CATALOG_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalog.version).toBe(CATALOG_VERSION);
    for (const kind of kinds) {
      for (const entry of catalog[kind]) {
        const dates: string[] = [entry.asOf];
        if ('fieldSources' in entry && entry.fieldSources) {
          dates.push(...Object.values(entry.fieldSources).map((p) => p.asOf));
        }
        for (const date of dates) {
          expect(date <= CATALOG_VERSION, `${kind} ${entry.id} ${date}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('retired ids never point at themselves', () => {
    for (const [from, to] of Object.entries(RETIRED_IDS)) {
      expect(from).not.toBe(to);
    }
  });
});

describe('ids the UI defaults rely on', () => {
  const required: Record<string, string[]> = {
    providers: [
      'openai',
      'anthropic',
      'cohere',
      'azure-openai',
      'google',
      'mistral',
      'deepseek',
      'xai',
      'aws-bedrock',
      'google-vertex',
    ],
    apiModels: [
      'gpt-4o',
      'gpt-4o-mini',
      'o1',
      'claude-opus-4-5',
      'claude-sonnet-4-5',
      'claude-haiku-4-5',
      'command-r-plus',
      'command-r',
      'embed-english-v3',
      'azure-gpt-4o',
    ],
    openModels: ['llama-3.1-8b-instruct', 'llama-3.3-70b-instruct'],
    quants: [
      'fp32',
      'bf16',
      'fp8',
      'int8',
      'awq-int4',
      'gptq-int4',
      'gguf-q8-0',
      'gguf-q6-k',
      'gguf-q5-k-m',
      'gguf-q4-k-m',
      'gguf-q4-0',
      'gguf-q3-k-m',
      'gguf-q2-k',
    ],
    hardware: [
      'h100-sxm-80gb',
      'a100-sxm-80gb',
      'l4-24gb',
      'rtx-4090-24gb',
      'apple-m4-max-128gb',
    ],
    engines: ['vllm', 'ollama', 'llama-cpp'],
  };
  for (const [kind, ids] of Object.entries(required)) {
    it.each(ids)(`${kind}: %s exists`, (id) => {
      const list = catalog[kind as (typeof kinds)[number]] as readonly {
        id: string;
      }[];
      expect(list.some((e) => e.id === id)).toBe(true);
    });
  }

  it('embed-english-v3 is an embedding model and azure-gpt-4o points at gpt-4o', () => {
    expect(catalog.byId.apiModels['embed-english-v3']?.mode).toBe('embedding');
    const azure = catalog.byId.apiModels['azure-gpt-4o'];
    expect(azure?.providerId).toBe('azure-openai');
    expect(azure?.baseModelId).toBe('gpt-4o');
  });

  it.each(['h100-sxm-80gb', 'a100-sxm-80gb', 'l4-24gb'])(
    '%s has an on-demand cloud offer',
    (hardwareId) => {
      expect(
        catalog.cloudOffers.some(
          (o) => o.hardwareId === hardwareId && o.usdPerGpuHourOnDemand > 0,
        ),
      ).toBe(true);
    },
  );
});
