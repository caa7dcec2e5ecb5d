import { describe, expect, it } from 'vitest';
import { catalog, type Hardware } from '../../../src/catalog';

/*
 * Facts the self-host side depends on: what a device costs to buy, where to
 * download a GGUF, which Ollama tag to pull, and the published API rate limits
 * that decide when an API stops being an option.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('hardware purchase prices', () => {
  it.each(catalog.hardware.map((h) => [h.id, h] as const))(
    '%s has a positive purchaseUsd with its own dated source',
    (_id, h: Hardware) => {
      expect(h.purchaseUsd).toBeGreaterThan(0);
      const fs = h.fieldSources?.['purchaseUsd'];
      expect(fs, 'fieldSources.purchaseUsd').toBeDefined();
      expect(fs?.source.length).toBeGreaterThan(20);
      expect(fs?.asOf).toMatch(ISO);
    },
  );

  it('prices are in a plausible range for the kind of device', () => {
    // One GPU card for GPUs; the whole machine for Apple and CPU entries.
    const range: Record<Hardware['kind'], [number, number]> = {
      'datacenter-gpu': [1_000, 60_000],
      'consumer-gpu': [200, 10_000],
      apple: [500, 15_000],
      cpu: [500, 40_000],
    };
    for (const h of catalog.hardware) {
      const [lo, hi] = range[h.kind];
      expect(h.purchaseUsd, h.id).toBeGreaterThanOrEqual(lo);
      expect(h.purchaseUsd, h.id).toBeLessThanOrEqual(hi);
    }
  });

  it('keeps the anchors the product brief names (ADR-14)', () => {
    const usd = (id: string): number | undefined =>
      catalog.byId.hardware[id]?.purchaseUsd;
    expect(usd('rtx-4090-24gb')).toBe(1599);
    expect(usd('rtx-5090-32gb')).toBe(1999);
    expect(usd('h100-sxm-80gb')).toBeGreaterThanOrEqual(25_000);
    expect(usd('h100-sxm-80gb')).toBeLessThanOrEqual(30_000);
  });

  it('a Mac costs its machine price, never the $30,000 fallback', () => {
    for (const h of catalog.hardware.filter((x) => x.kind === 'apple'))
      expect(h.purchaseUsd, h.id).toBeLessThan(10_000);
    // More memory on the same chip family never costs less.
    const usd = (id: string): number =>
      catalog.byId.hardware[id]?.purchaseUsd ?? Number.NaN;
    expect(usd('apple-m4-32gb')).toBeLessThan(usd('apple-m4-pro-64gb'));
    expect(usd('apple-m4-pro-64gb')).toBeLessThan(usd('apple-m4-max-128gb'));
    expect(usd('apple-m4-max-128gb')).toBeLessThan(usd('apple-m3-ultra-512gb'));
  });
});

describe('local-serving references', () => {
  const withGguf = catalog.openModels.filter(
    (m) => m.mode === 'chat' && m.ggufAvailable,
  );

  it('every chat model with a GGUF names a GGUF repo, with its own source', () => {
    expect(withGguf.length).toBeGreaterThan(0);
    for (const m of withGguf) {
      expect(m.ggufRepo, m.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(m.ggufRepo, m.id).toMatch(/gguf/i);
      expect(m.fieldSources?.['ggufRepo'], m.id).toBeDefined();
    }
  });

  it('GGUF repos are distinct and never the safetensors repo', () => {
    const repos = withGguf.map((m) => m.ggufRepo);
    expect(new Set(repos).size).toBe(repos.length);
    for (const m of withGguf) expect(m.ggufRepo).not.toBe(m.huggingFaceRepo);
  });

  it('Ollama tags follow the library naming name[:tag]', () => {
    for (const m of catalog.openModels) {
      if (m.ollamaTag === undefined) continue;
      expect(m.ollamaTag, m.id).toMatch(
        /^[a-z0-9][a-z0-9.-]*(?::[a-z0-9][A-Za-z0-9._-]*)?$/,
      );
    }
  });

  it('Ollama tags name the checkpoint the entry describes', () => {
    const tag = (id: string): string | undefined =>
      catalog.byId.openModels[id]?.ollamaTag;
    expect(tag('llama-3.1-8b-instruct')).toBe('llama3.1:8b');
    expect(tag('llama-3.3-70b-instruct')).toBe('llama3.3:70b');
    expect(tag('qwen2.5-7b-instruct')).toBe('qwen2.5:7b');
    expect(tag('gemma-3-27b-it')).toBe('gemma3:27b');
    expect(tag('gpt-oss-20b')).toBe('gpt-oss:20b');
    expect(tag('deepseek-r1-0528')).toBe('deepseek-r1:671b');
    // The 2507 Instruct checkpoints, not the April 2025 hybrid-thinking ones.
    expect(tag('qwen3-30b-a3b-instruct-2507')).toContain('instruct-2507');
    expect(tag('qwen3-235b-a22b-instruct-2507')).toContain('instruct-2507');
    // The 4k-context Phi-3 mini, not the 128k build.
    expect(tag('phi-3-mini-4k-instruct')).toContain('mini-4k');
  });
});

describe('published API rate limits', () => {
  const limited = catalog.apiModels.filter((m) => m.rateLimits);

  it('every entry states at least one limit, a tier and a dated source', () => {
    expect(limited.length).toBeGreaterThan(0);
    for (const m of limited) {
      const r = m.rateLimits;
      expect(
        [
          r?.requestsPerMinute,
          r?.tokensPerMinute,
          r?.inputTokensPerMinute,
          r?.outputTokensPerMinute,
          r?.requestsPerDay,
        ].some((v) => v !== undefined),
        m.id,
      ).toBe(true);
      expect(r?.tier.length, m.id).toBeGreaterThan(0);
      expect(r?.source.length, m.id).toBeGreaterThan(20);
      expect(r?.asOf, m.id).toMatch(ISO);
    }
  });

  it('Anthropic limits are split into input and output tokens per minute', () => {
    for (const m of limited.filter((x) => x.providerId === 'anthropic')) {
      expect(m.rateLimits?.tokensPerMinute, m.id).toBeUndefined();
      expect(m.rateLimits?.inputTokensPerMinute, m.id).toBeGreaterThan(0);
      expect(m.rateLimits?.outputTokensPerMinute, m.id).toBeGreaterThan(0);
    }
  });
});
