import { describe, expect, it } from 'vitest';
import { RETIRED_IDS, catalog, type ApiModel } from '../../../src/catalog';
import { CATALOG_IDS } from './catalog-ids.snapshot';

type Kind = keyof typeof CATALOG_IDS;
const kinds = Object.keys(CATALOG_IDS) as Kind[];
const idsOf = (kind: Kind): string[] =>
  (catalog[kind] as readonly { id: string }[]).map((e) => e.id);

describe('stable ids (snapshot + retired-ids)', () => {
  it.each(kinds)(
    '%s: every snapshot id exists or is retired to an existing id',
    (kind) => {
      const current = new Set(idsOf(kind));
      for (const id of CATALOG_IDS[kind]) {
        if (current.has(id)) continue;
        const replacement = RETIRED_IDS[id];
        expect(
          replacement,
          `${kind} "${id}" was removed without a retired-ids entry`,
        ).toBeDefined();
        expect(
          current.has(replacement as string),
          `${id} → ${replacement} does not exist`,
        ).toBe(true);
      }
    },
  );

  it.each(kinds)(
    '%s: every current id is in the snapshot (add new ids deliberately)',
    (kind) => {
      const snapshot = new Set<string>(CATALOG_IDS[kind]);
      const missing = idsOf(kind).filter((id) => !snapshot.has(id));
      expect(missing, 'add these ids to catalog-ids.snapshot.ts').toEqual([]);
    },
  );

  it('retired ids are not reused by current entries', () => {
    const all = new Set(kinds.flatMap(idsOf));
    for (const old of Object.keys(RETIRED_IDS))
      expect(all.has(old)).toBe(false);
  });
});

describe('references resolve', () => {
  it('deployments point at a base model of the same mode and their own provider', () => {
    for (const m of catalog.apiModels) {
      if (!m.baseModelId) continue;
      const base = catalog.byId.apiModels[m.baseModelId];
      expect(base?.mode, m.id).toBe(m.mode);
      expect(base?.baseModelId, `${m.id}: base of a base`).toBeUndefined();
    }
  });

  it('regional entries are deployments of a base model', () => {
    for (const m of catalog.apiModels.filter((x) => x.regionalMultiplier)) {
      expect(m.baseModelId, m.id).toBeDefined();
      expect(m.regionalMultiplier).toBeGreaterThan(1);
    }
  });

  it('every engine has efficiencies for each hardware kind it supports', () => {
    for (const e of catalog.engines) {
      for (const kind of e.hardwareKinds) {
        expect(
          e.bandwidthEfficiency[kind],
          `${e.id} ηbw ${kind}`,
        ).toBeGreaterThan(0);
        expect(
          e.prefillEfficiency[kind],
          `${e.id} ηpf ${kind}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('every engine runs at least one quant, and every quant engine supports a kind', () => {
    for (const e of catalog.engines) {
      expect(
        catalog.quants.some((q) => q.engineIds.includes(e.id)),
        e.id,
      ).toBe(true);
    }
  });

  it('every hardware kind has hardware and an engine', () => {
    for (const kind of [
      'datacenter-gpu',
      'consumer-gpu',
      'apple',
      'cpu',
    ] as const) {
      expect(catalog.hardware.some((h) => h.kind === kind)).toBe(true);
      expect(catalog.engines.some((e) => e.hardwareKinds.includes(kind))).toBe(
        true,
      );
    }
  });

  it('each API provider has at least one model', () => {
    for (const p of catalog.providers) {
      expect(
        catalog.apiModels.some((m) => m.providerId === p.id),
        p.id,
      ).toBe(true);
    }
  });

  it('litellm keys and OpenRouter ids are unique across models', () => {
    const keys = catalog.apiModels.flatMap((m) => m.litellmKeys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
    const or = catalog.apiModels.flatMap((m) =>
      m.openrouterId ? [m.openrouterId] : [],
    );
    expect(new Set(or).size).toBe(or.length);
  });
});

describe('provenance', () => {
  it('every entry names a source and every fieldSource key is a field of the entry', () => {
    for (const kind of kinds) {
      for (const e of catalog[kind] as readonly Record<string, unknown>[]) {
        expect(
          String(e['source']).length,
          `${kind} ${String(e['id'])}`,
        ).toBeGreaterThan(10);
        const fs = e['fieldSources'] as Record<string, unknown> | undefined;
        for (const field of Object.keys(fs ?? {})) {
          expect(field in e, `${String(e['id'])}: fieldSources.${field}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('API models with a quality index or batch multiplier say where it came from', () => {
    for (const m of catalog.apiModels) {
      if (m.qualityIndex !== undefined)
        expect(m.fieldSources?.['qualityIndex'], m.id).toBeDefined();
      if (m.batchMultiplier !== undefined)
        expect(m.fieldSources?.['batchMultiplier'], m.id).toBeDefined();
    }
  });
});

describe('sane ranges', () => {
  const chat = catalog.apiModels.filter((m) => m.mode === 'chat');
  const embedding = catalog.apiModels.filter((m) => m.mode === 'embedding');

  it.each(chat.map((m) => [m.id, m] as const))(
    'chat %s prices',
    (_id, m: ApiModel) => {
      expect(m.usdPerMillionInputTokens).toBeGreaterThanOrEqual(0.01);
      expect(m.usdPerMillionInputTokens).toBeLessThanOrEqual(100);
      expect(m.usdPerMillionOutputTokens).toBeGreaterThanOrEqual(
        m.usdPerMillionInputTokens,
      );
      expect(m.usdPerMillionOutputTokens).toBeLessThanOrEqual(300);
      if (m.usdPerMillionCachedInputTokens !== undefined)
        expect(m.usdPerMillionCachedInputTokens).toBeLessThan(
          m.usdPerMillionInputTokens,
        );
      if (m.usdPerMillionCacheWriteTokens !== undefined)
        expect(m.usdPerMillionCacheWriteTokens).toBeGreaterThanOrEqual(
          m.usdPerMillionInputTokens,
        );
      if (m.longContext) {
        expect(m.longContext.usdPerMillionInputTokens).toBeGreaterThan(
          m.usdPerMillionInputTokens,
        );
        expect(m.longContext.thresholdInputTokens).toBeLessThan(
          m.contextWindowTokens,
        );
      }
      expect(m.contextWindowTokens).toBeGreaterThanOrEqual(4096);
      expect(m.contextWindowTokens).toBeLessThanOrEqual(10_000_000);
      if (m.maxOutputTokens)
        expect(m.maxOutputTokens).toBeLessThanOrEqual(
          m.contextWindowTokens + 128_000,
        );
    },
  );

  it.each(embedding.map((m) => [m.id, m] as const))(
    'embedding %s prices',
    (_id, m: ApiModel) => {
      expect(m.usdPerMillionInputTokens).toBeGreaterThanOrEqual(0.005);
      expect(m.usdPerMillionInputTokens).toBeLessThanOrEqual(1);
      expect(m.usdPerMillionOutputTokens).toBe(0);
    },
  );

  it('latency figures are plausible medians', () => {
    for (const m of catalog.apiModels) {
      if (!m.latency) continue;
      expect(m.latency.timeToFirstTokenSeconds, m.id).toBeGreaterThan(0.05);
      // Reasoning models at their default effort think before the first token (GPT-5 ≈ 88 s).
      expect(m.latency.timeToFirstTokenSeconds, m.id).toBeLessThan(300);
      expect(m.latency.outputTokensPerSecond, m.id).toBeGreaterThan(5);
      expect(m.latency.outputTokensPerSecond, m.id).toBeLessThan(5000);
    }
  });

  it('open models: parameter counts and attention shapes are consistent', () => {
    for (const m of catalog.openModels) {
      expect(m.paramsTotal, m.id).toBeGreaterThan(5e7);
      expect(m.paramsTotal, m.id).toBeLessThan(2e12);
      expect(m.paramsActive, m.id).toBeLessThanOrEqual(m.paramsTotal);
      expect(m.attentionHeads % m.kvHeads, m.id).toBe(0);
      if (m.moe) {
        expect(m.moe.expertsPerToken).toBeLessThanOrEqual(m.moe.experts);
        expect(m.moe.expertParams).toBeLessThan(m.paramsTotal);
        // Active ≈ total − the routed experts a token does not use.
        const active =
          m.paramsTotal -
          m.moe.expertParams * (1 - m.moe.expertsPerToken / m.moe.experts);
        expect(
          Math.abs(active - m.paramsActive) / m.paramsActive,
          m.id,
        ).toBeLessThan(0.25);
      } else {
        expect(m.paramsActive, m.id).toBe(m.paramsTotal);
      }
      if (m.attention.kind === 'mla') expect(m.kvHeads).toBe(m.attentionHeads);
    }
  });

  it('KV bytes per token match the docs/methods.md §2.3 table', () => {
    const kvBf16 = (id: string): number => {
      const m = catalog.byId.openModels[id];
      if (!m) throw new Error(id);
      return m.attention.kind === 'mla'
        ? m.layers * (m.attention.mlaLatentDim + m.attention.mlaRopeDim) * 2
        : 2 * m.layers * m.kvHeads * m.headDim * 2;
    };
    expect(kvBf16('llama-3.1-8b-instruct')).toBe(128 * 1024);
    expect(kvBf16('llama-3.3-70b-instruct')).toBe(320 * 1024);
    expect(kvBf16('llama-3.1-405b-instruct')).toBe(504 * 1024);
    expect(kvBf16('mixtral-8x7b-instruct-v0.1')).toBe(128 * 1024);
    expect(kvBf16('deepseek-v3-0324') / 1024).toBeCloseTo(68.6, 0);
  });

  it('hardware: dense throughput, memory and power in range', () => {
    for (const h of catalog.hardware) {
      const t = h.denseTflops;
      expect(h.memoryGb, h.id).toBeGreaterThanOrEqual(8);
      expect(h.memoryGb, h.id).toBeLessThanOrEqual(2048);
      expect(h.memoryBandwidthGbPerSecond, h.id).toBeGreaterThanOrEqual(40);
      expect(h.memoryBandwidthGbPerSecond, h.id).toBeLessThanOrEqual(10_000);
      expect(t.fp16, h.id).toBeLessThanOrEqual(2500);
      if (t.fp8 !== undefined) expect(t.fp8 / t.fp16, h.id).toBeCloseTo(2, 0);
      if (t.int8 !== undefined)
        expect(t.int8, h.id).toBeGreaterThanOrEqual(t.fp16);
      if (t.fp32 !== undefined)
        expect(t.fp32, h.id).toBeLessThanOrEqual(t.fp16);
      expect(h.tdpWatts, h.id).toBeGreaterThanOrEqual(10);
      expect(h.tdpWatts, h.id).toBeLessThanOrEqual(1200);
      if (h.kind === 'apple' || h.kind === 'cpu') expect(h.maxPerNode).toBe(1);
    }
  });

  it('hardware uses dense, not sparse, vendor figures', () => {
    expect(catalog.byId.hardware['h100-sxm-80gb']?.denseTflops).toMatchObject({
      bf16: 989,
      fp8: 1979,
    });
    expect(catalog.byId.hardware['a100-sxm-80gb']?.denseTflops.bf16).toBe(312);
    expect(catalog.byId.hardware['l4-24gb']?.denseTflops.fp16).toBe(121);
    expect(catalog.byId.hardware['b200-sxm-180gb']?.denseTflops.bf16).toBe(
      2250,
    );
  });

  it('CPU bandwidth is channels × MT/s × 8 bytes', () => {
    const bw = (id: string): number | undefined =>
      catalog.byId.hardware[id]?.memoryBandwidthGbPerSecond;
    expect(bw('cpu-desktop-ddr5-6400-2ch')).toBe(102.4);
    expect(bw('cpu-epyc-9654-ddr5-4800-12ch')).toBe(460.8);
    expect(bw('cpu-desktop-ddr4-3200-2ch')).toBe(51.2);
  });

  it('cloud offers: hourly prices in range and discounts below on-demand', () => {
    for (const o of catalog.cloudOffers) {
      expect(o.usdPerGpuHourOnDemand, o.id).toBeGreaterThan(0.1);
      expect(o.usdPerGpuHourOnDemand, o.id).toBeLessThan(20);
      if (o.usdPerGpuHourSpot)
        expect(o.usdPerGpuHourSpot).toBeLessThan(o.usdPerGpuHourOnDemand);
      if (o.usdPerGpuHourReserved1y)
        expect(o.usdPerGpuHourReserved1y).toBeLessThan(o.usdPerGpuHourOnDemand);
      const hw = catalog.byId.hardware[o.hardwareId];
      expect(hw?.kind, o.id).toMatch(/gpu/);
      expect(o.gpusPerInstance).toBeLessThanOrEqual(hw?.maxPerNode ?? 0);
    }
  });

  it('quantization formats carry the docs/methods.md §2.4 bits per weight', () => {
    const bpw = (id: string): number | undefined =>
      catalog.byId.quants[id]?.bitsPerWeight;
    expect(bpw('bf16')).toBe(16);
    expect(bpw('fp8')).toBe(8);
    expect(bpw('awq-int4')).toBe(4.16);
    expect(bpw('gptq-int4')).toBe(4.16);
    expect(bpw('gguf-q8-0')).toBe(8.5);
    expect(bpw('gguf-q6-k')).toBe(6.56);
    expect(bpw('gguf-q5-k-m')).toBe(5.7);
    expect(bpw('gguf-q4-k-m')).toBe(4.89);
    expect(bpw('gguf-q4-0')).toBeGreaterThanOrEqual(4.5);
    expect(bpw('gguf-q3-k-m')).toBeGreaterThan(3.6);
    expect(bpw('gguf-q3-k-m')).toBeLessThan(4.3);
    expect(bpw('gguf-q2-k')).toBe(3.16);
    for (const q of catalog.quants) {
      expect(q.unquantisedParams).toBe(
        q.id.endsWith('-int4') || q.blockScaled
          ? 'embeddings-and-head'
          : 'none',
      );
      expect(q.kernelEfficiency).toBeGreaterThan(0.4);
    }
  });

  it('engines follow docs/methods.md §2.6 defaults, GPUs the §20.13 prior (Apple at the top of its range, ADR-8)', () => {
    const e = catalog.byId.engines;
    expect(e['vllm']).toMatchObject({
      batching: 'continuous',
      maxConcurrentSequences: 256,
      memoryUtilisationCap: 0.9,
      kvAllocationEfficiency: 0.95,
      bandwidthEfficiency: { 'datacenter-gpu': 0.8, 'consumer-gpu': 0.8 },
      prefillEfficiency: { 'datacenter-gpu': 0.45 },
      stepOverheadSeconds: 0.002,
    });
    expect(e['ollama']).toMatchObject({
      batching: 'slots',
      maxConcurrentSequences: 4,
      kvAllocationEfficiency: 0.35,
      bandwidthEfficiency: { apple: 0.8, cpu: 0.6, 'consumer-gpu': 0.8 },
      prefillEfficiency: { apple: 0.7 },
    });
    expect(e['llama-cpp']).toMatchObject({
      batching: 'slots',
      bandwidthEfficiency: { apple: 0.8, cpu: 0.6, 'consumer-gpu': 0.8 },
      prefillEfficiency: { apple: 0.7 },
      stepOverheadSeconds: 0.001,
    });
    for (const engine of catalog.engines) {
      expect(engine.serveCommandTemplate).toContain('{model}');
      expect(engine.runtimeOverheadGb).toBeLessThanOrEqual(6);
    }
  });
});

describe('coverage the issue asks for', () => {
  it('≥40 chat and ≥5 embedding API models', () => {
    expect(
      catalog.apiModels.filter((m) => m.mode === 'chat').length,
    ).toBeGreaterThanOrEqual(40);
    expect(
      catalog.apiModels.filter((m) => m.mode === 'embedding').length,
    ).toBeGreaterThanOrEqual(5);
  });

  it.each([
    'openai',
    'anthropic',
    'cohere',
    'google',
    'mistral',
    'deepseek',
    'xai',
  ])('%s has several chat models', (provider) => {
    expect(
      catalog.apiModels.filter(
        (m) => m.providerId === provider && m.mode === 'chat',
      ).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('deployments on Azure, Bedrock and Vertex, with regional uplifts', () => {
    for (const p of ['azure-openai', 'aws-bedrock', 'google-vertex'])
      expect(catalog.apiModels.some((m) => m.providerId === p)).toBe(true);
    expect(
      catalog.apiModels.filter((m) => m.regionalMultiplier).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('≥25 open models: dense and MoE, with at least two embedding models', () => {
    expect(catalog.openModels.length).toBeGreaterThanOrEqual(25);
    expect(
      catalog.openModels.filter((m) => m.moe).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      catalog.openModels.filter((m) => m.mode === 'embedding').length,
    ).toBeGreaterThanOrEqual(2);
    for (const family of [
      'Llama',
      'Mistral',
      'Mixtral',
      'Qwen2.5',
      'Qwen3',
      'Gemma',
      'Phi',
      'DeepSeek',
      'gpt-oss',
    ])
      expect(
        catalog.openModels.some((m) => m.family.startsWith(family)),
        family,
      ).toBe(true);
  });

  it('≥30 hardware entries incl. the named GPUs and Apple M1–M4 tiers', () => {
    expect(catalog.hardware.length).toBeGreaterThanOrEqual(30);
    const ids = catalog.hardware.map((h) => h.id).join(' ');
    for (const name of [
      'h100-sxm',
      'h100-pcie',
      'h200',
      'b200',
      'a100-sxm-40gb',
      'a100-sxm-80gb',
      'l40s',
      'l4-',
      'a10g',
      't4-',
      'mi300x',
      'rtx-3090',
      'rtx-4090',
      'rtx-5090',
      'rtx-4060-ti-16gb',
    ])
      expect(ids, name).toContain(name);
    for (const gen of ['m1', 'm2', 'm3', 'm4'])
      for (const tier of ['', '-pro', '-max'])
        expect(
          catalog.hardware.some((h) => h.id.startsWith(`apple-${gen}${tier}-`)),
          `${gen}${tier}`,
        ).toBe(true);
    for (const gen of ['m1', 'm2', 'm3'])
      expect(
        catalog.hardware.some((h) => h.id.startsWith(`apple-${gen}-ultra-`)),
      ).toBe(true);
    expect(
      catalog.hardware.filter((h) => h.kind === 'cpu').length,
    ).toBeGreaterThanOrEqual(4);
  });
});

describe("the product brief's (ADR-14) models, engines, privacy items and patterns", () => {
  it.each([
    ['gpt-4o', 'openai', 'frontier'],
    ['gpt-4o-mini', 'openai', 'small'],
    ['o1', 'openai', 'frontier'],
    ['claude-opus-4-5', 'anthropic', 'frontier'],
    ['claude-sonnet-4-5', 'anthropic', 'frontier'],
    ['claude-haiku-4-5', 'anthropic', 'small'],
    ['command-r-plus', 'cohere', 'mid'],
    ['command-r', 'cohere', 'small'],
    ['embed-english-v3', 'cohere', 'mid'],
  ])('%s (%s, %s)', (id, provider, tier) => {
    expect(catalog.byId.apiModels[id]).toMatchObject({
      providerId: provider,
      qualityTier: tier,
    });
  });

  it('o1 bills reasoning tokens; GPT-4o does not', () => {
    expect(catalog.byId.apiModels['o1']?.reasoning).toBe(true);
    expect(catalog.byId.apiModels['gpt-4o']?.reasoning).toBe(false);
  });

  it('open-model tiers match the like-for-like presets', () => {
    expect(catalog.byId.openModels['llama-3.1-8b-instruct']?.qualityTier).toBe(
      'small',
    );
    expect(catalog.byId.openModels['llama-3.3-70b-instruct']?.qualityTier).toBe(
      'mid',
    );
    expect(catalog.byId.openModels['deepseek-v3-0324']?.qualityTier).toBe(
      'frontier',
    );
  });

  it("keeps the product brief's (ADR-14) provider strengths", () => {
    expect(catalog.byId.providers['openai']?.strengths).toContain(
      'Best-in-class instruction following',
    );
    expect(catalog.byId.providers['anthropic']?.strengths).toContain(
      'Excellent for long-form content',
    );
    expect(catalog.byId.providers['cohere']?.strengths).toContain(
      'Excellent embedding models',
    );
  });

  it("records the product brief's (ADR-14) privacy table, corrected where facts moved", () => {
    const p = catalog.byId.providers;
    expect(p['openai']?.privacy).toMatchObject({
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      trainsOnApiDataByDefault: false,
      soc2: true,
    });
    expect(p['anthropic']?.privacy).toMatchObject({
      zeroRetentionAvailable: true,
      trainsOnApiDataByDefault: false,
      soc2: true,
    });
    expect(p['cohere']?.privacy.retentionSummary).toMatch(/Configurable/);
    expect(p['cohere']?.privacy.soc2).toBe(true);
    expect(p['azure-openai']?.privacy).toMatchObject({
      zeroRetentionAvailable: true,
      trainsOnApiDataByDefault: false,
      soc2: true,
      hipaaBaa: true,
    });
  });

  it('has the product brief\'s (ADR-14) three engines with their "best for" lists', () => {
    expect(catalog.byId.engines['ollama']?.bestFor).toContain(
      'Mac users (Apple Silicon optimized)',
    );
    expect(catalog.byId.engines['vllm']?.keyFeatures).toContain(
      'Continuous batching',
    );
    expect(catalog.byId.engines['llama-cpp']?.keyFeatures).toContain(
      'GGUF quantization format',
    );
  });

  it('has the six "when you must go local" items, each mapped to a constraint', () => {
    const fromBrief = catalog.privacyRules.filter((r) => r.fromBrief);
    expect(fromBrief.map((r) => r.id).sort()).toEqual([
      'air-gapped',
      'eu-data-residency',
      'government-defence',
      'hipaa-phi',
      'regulated-financial',
      'trade-secrets',
    ]);
    expect(
      catalog.privacyRules.find((r) => r.id === 'air-gapped')?.constraint.kind,
    ).toBe('local-only');
  });

  it('every api-requires rule can be met by at least one provider', () => {
    const has = (
      p: (typeof catalog.providers)[number],
      req: string,
    ): boolean =>
      req === 'noTrainingByDefault'
        ? !p.privacy.trainsOnApiDataByDefault
        : Boolean(p.privacy[req as keyof typeof p.privacy]);
    for (const rule of catalog.privacyRules) {
      if (rule.constraint.kind !== 'api-requires') continue;
      const { requires } = rule.constraint;
      expect(
        catalog.providers.some((p) => requires.every((r) => has(p, r))),
        rule.id,
      ).toBe(true);
    }
  });

  it('has the product brief’s (ADR-14) four hybrid patterns and the engine’s overflow pattern', () => {
    expect(catalog.hybridPatterns.map((h) => h.id)).toEqual([
      'tiered-routing',
      'fallback-chain',
      'privacy-split',
      'dev-prod-split',
      'overflow-spill',
    ]);
  });
});
