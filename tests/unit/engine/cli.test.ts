/**
 * The engine's command line (scripts/cli/*-command.ts), called through run()
 * with stdout/stderr captured, on the real catalog (ids that exist since the
 * first catalog commit: llama-3.1-8b-instruct, h100-sxm-80gb, fp8, vllm).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as estimate } from '../../../scripts/cli/estimate-command';
import { run as evaluate } from '../../../scripts/cli/evaluate-command';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'crossover-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const base = [
  '--model',
  'llama-3.1-8b-instruct',
  '--hardware',
  'h100-sxm-80gb',
  '--quant',
  'fp8',
  '--engine',
  'vllm',
];

describe('cli estimate', () => {
  it('prints the speed and memory estimate as JSON', async () => {
    const code = await estimate([
      ...base,
      '--batch',
      '8',
      '--prompt-tokens',
      '1000',
      '--output-tokens',
      '200',
      '--json',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    for (const key of [
      'decodeTokensPerSecond',
      'aggregateDecodeTokensPerSecond',
      'prefillTokensPerSecond',
      'timeToFirstTokenSeconds',
    ])
      expect(r[key]).toBeGreaterThan(0);
    expect(r.aggregateDecodeTokensPerSecond).toBeCloseTo(
      8 * r.decodeTokensPerSecond,
      9,
    );
    expect(r.memory.fits).toBe(true);
    // 8.03 B parameters at 8 bits ≈ 8 GB of weights.
    expect(r.memory.weightsGB).toBeCloseTo(8.03, 1);
    expect(r.batch).toBe(8);
  });

  it('prints a human summary without --json', async () => {
    expect(await estimate(base)).toBe(0);
    expect(out).toMatch(/decode, per sequence/);
    expect(out).toMatch(/fits/);
  });

  it.each([
    [
      [
        '--model',
        'nope',
        '--hardware',
        'h100-sxm-80gb',
        '--quant',
        'fp8',
        '--engine',
        'vllm',
      ],
      /unknown open model "nope" \(nearest: /,
    ],
    [[...base, '--gpus', 'two'], /--gpus must be an integer/],
    [[...base, '--frobnicate'], /unknown option "--frobnicate"/],
    [
      ['--hardware', 'h100-sxm-80gb', '--quant', 'fp8', '--engine', 'vllm'],
      /missing --model/,
    ],
    [[...base.slice(0, 6), '--engine'], /--engine needs a value/],
  ])(
    'bad arguments %j exit 2 with one line naming the problem',
    async (args, message) => {
      expect(await estimate(args)).toBe(2);
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(out).toBe('');
    },
  );

  it('accepts hardware and a model that are not in the catalog, validated with the catalog schema', async () => {
    const hw = file(
      'hw.json',
      JSON.stringify({
        id: 'my-gpu',
        name: 'My GPU',
        vendor: 'me',
        kind: 'datacenter-gpu',
        memoryGb: 96,
        memoryBandwidthGbPerSecond: 4000,
        denseTflops: { fp16: 1000, fp8: 2000 },
        tdpWatts: 700,
        interconnectGbPerSecond: 450,
        maxPerNode: 8,
      }),
    );
    const code = await estimate([
      '--model',
      'llama-3.1-8b-instruct',
      '--hardware-spec',
      hw,
      '--quant',
      'fp8',
      '--engine',
      'vllm',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).hardware).toBe('my-gpu');
    const bad = file('bad.json', JSON.stringify({ id: 'x', memoryGb: -1 }));
    expect(await estimate([...base, '--hardware-spec', bad])).toBe(2);
    expect(err).toMatch(/hardware spec .*memoryGb/);
  });

  it('accepts a model spec file (LLaMA-2 7B, not in the catalog)', async () => {
    const model = file(
      'model.json',
      JSON.stringify({
        id: 'llama-2-7b',
        name: 'LLaMA-2 7B',
        family: 'llama',
        mode: 'chat',
        qualityTier: 'small',
        paramsTotal: 6.74e9,
        paramsActive: 6.74e9,
        layers: 32,
        hiddenSize: 4096,
        attentionHeads: 32,
        kvHeads: 32,
        headDim: 128,
        vocabSize: 32000,
        tiedEmbeddings: false,
        attention: { kind: 'mha' },
        maxContextTokens: 4096,
        licence: 'Llama 2',
        huggingFaceRepo: 'meta-llama/Llama-2-7b-hf',
        ggufAvailable: true,
      }),
    );
    const code = await estimate([
      '--model-spec',
      model,
      '--hardware',
      'h100-sxm-80gb',
      '--quant',
      'bf16',
      '--engine',
      'vllm',
      '--json',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.model).toBe('llama-2-7b');
    // 6.74 B parameters × 2 bytes; MHA: 2 × 32 × 32 × 128 × 2 = 512 KiB per token.
    expect(r.memory.weightsGB).toBeCloseTo(13.48, 6);
    expect(r.memory.kvBytesPerToken).toBe(524_288);
  });

  it('runs a JSONL batch: one result per line in order, an error line for a bad request', async () => {
    const requests = file(
      'req.jsonl',
      [
        JSON.stringify({
          model: 'llama-3.1-8b-instruct',
          hardware: 'h100-sxm-80gb',
          quant: 'fp8',
          engine: 'vllm',
          batch: 4,
        }),
        JSON.stringify({
          model: 'nope',
          hardware: 'h100-sxm-80gb',
          quant: 'fp8',
          engine: 'vllm',
        }),
        'not json',
        JSON.stringify({
          model: 'llama-3.1-8b-instruct',
          hardware: 'h100-sxm-80gb',
          quant: 'bf16',
          engine: 'vllm',
          promptTokens: 100,
        }),
      ].join('\n'),
    );
    expect(await estimate(['--batch', requests])).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].batch).toBe(4);
    expect(lines[1].error).toMatch(/unknown open model/);
    expect(lines[1].line).toBe(2);
    expect(lines[2].error).toBeDefined();
    expect(lines[3].quant).toBe('bf16');
  });
});

describe('cli evaluate', () => {
  const scenario = {
    workload: {
      requestsPerMonth: 3_000_000,
      inputTokensPerRequest: 1000,
      outputTokensPerRequest: 300,
    },
    apiOptions: [{ id: 'mini', apiModelId: 'gpt-4o-mini' }],
    selfHostOptions: [
      {
        id: '8b',
        openModelId: 'llama-3.1-8b-instruct',
        quantId: 'fp8',
        engineId: 'vllm',
        hardwareId: 'h100-sxm-80gb',
        procurement: { kind: 'cloud', usdPerGpuHour: 2.99 },
      },
    ],
  };

  it('prints the full evaluateScenario result as JSON', async () => {
    const path = file('scenario.json', JSON.stringify(scenario));
    expect(await evaluate([path, '--curve-samples', '10'])).toBe(0);
    const r = JSON.parse(out);
    // The file's own API option, then the same-model hosts it compares by default.
    expect(r.api).toHaveLength(1 + r.comparators.length);
    expect(r.api[0].id).toBe('mini');
    expect(r.selfHost[0].feasible).toBe(true);
    expect(Array.isArray(r.selfHost[0].hostedSameModel)).toBe(true);
    expect(r.curve).toHaveLength(10);
    expect(r.recommendation.verdict.kind).toBeDefined();
    expect(r.hybrids.length).toBeGreaterThan(0);
  });

  it('compares the same model, hosted, by default and not with sameModelHosted "off"', async () => {
    const path = file('scenario-hosted.json', JSON.stringify(scenario));
    expect(await evaluate([path, '--curve-samples', '10'])).toBe(0);
    const compared = JSON.parse(out);
    const hosts = compared.selfHost[0].hostedSameModel;
    for (const c of compared.comparators) {
      expect(c.optionId).toBe(`hosted:${c.apiModelId}`);
      expect(c.forSelfHostOptionIds).toEqual(['8b']);
      expect(hosts.map((h: { apiModelId: string }) => h.apiModelId)).toContain(
        c.apiModelId,
      );
      expect(
        compared.api.some((a: { id: string }) => a.id === c.optionId),
      ).toBe(true);
    }
    out = '';
    const off = file(
      'scenario-off.json',
      JSON.stringify({ ...scenario, sameModelHosted: 'off' }),
    );
    expect(await evaluate([off, '--curve-samples', '10'])).toBe(0);
    const r = JSON.parse(out);
    expect(r.comparators).toEqual([]);
    expect(r.api).toHaveLength(1);
    // The hosted prices are listed either way.
    expect(r.selfHost[0].hostedSameModel).toEqual(hosts);
  });

  it('adds the sensitivity analysis and a seeded Monte Carlo on request', async () => {
    const path = file('scenario2.json', JSON.stringify(scenario));
    expect(
      await evaluate([path, '--monte-carlo', '50', '--seed', '3', '--compact']),
    ).toBe(0);
    const r = JSON.parse(out);
    expect(r.sensitivity.monteCarlo.samples).toBe(50);
    expect(r.sensitivity.tornado.selfHostUsdPerMonth.length).toBeGreaterThan(0);
  });

  it.each([
    [
      {
        ...scenario,
        workload: { ...scenario.workload, requestsPerMonth: 'lots' },
      },
      /workload\.requestsPerMonth/,
    ],
    [{ ...scenario, extra: 1 }, /extra/],
    [
      { ...scenario, apiOptions: [{ id: 'x', apiModelId: 'no-such-model' }] },
      /unknown API model "no-such-model"/,
    ],
    [
      {
        ...scenario,
        workload: { ...scenario.workload, cacheablePrefixTokens: 5000 },
      },
      /prefix-longer-than-input/,
    ],
  ])(
    'an invalid scenario exits 2 naming the problem (%#)',
    async (bad, message) => {
      const path = file('bad.json', JSON.stringify(bad));
      expect(await evaluate([path])).toBe(2);
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
    },
  );

  it('a missing file or argument exits 2', async () => {
    expect(await evaluate([join(dir, 'missing.json')])).toBe(2);
    expect(err).toMatch(/cannot read/);
    err = '';
    expect(await evaluate([])).toBe(2);
    expect(err).toMatch(/missing <scenario.json>/);
  });
});

describe('cli dispatcher', () => {
  it('runs with tsx and no build step, exiting 2 on a bad argument', () => {
    const ok = spawnSync(
      'npx',
      ['tsx', 'scripts/cli.ts', 'estimate', ...base, '--json'],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).memory.fits).toBe(true);
    const bad = spawnSync(
      'npx',
      ['tsx', 'scripts/cli.ts', 'estimate', ...base, '--batch', '0'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--batch must be an integer/);
  }, 30_000);
});
