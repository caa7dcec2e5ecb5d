/**
 * The CLI reads what the page writes (issue 14 item 6): a share link, the
 * page's JSON export, and its own scenario file, whose JSON Schema is
 * generated from the zod schema it parses with. Unknown ids exit 2 with the
 * nearest valid ones; `catalog --json | head` ends quietly; the built CLI
 * runs from a folder with no node_modules.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog, CATALOG_VERSION } from '../../../src/catalog';
import { fullResultFor } from '../../../src/state';
import { buildShareUrl, decodeLink, URL_VERSION } from '../../../src/url';
import { resultJson } from '../../../src/features/exports/export-data';
import { run as evaluate } from '../../../scripts/cli/evaluate-command';
import { nearestIds } from '../../../scripts/cli/nearest-ids';
import {
  scenarioFileSchema,
  scenarioJsonSchema,
} from '../../../scripts/cli/scenario-schema';
import { inputsArb } from '../url/arbitraries';

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

const dir = mkdtempSync(join(tmpdir(), 'crossover-cli-link-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const BASE = 'https://crossover.example/app/';

async function evaluated(args: string[]) {
  out = '';
  err = '';
  const code = await evaluate([...args, '--curve-samples', '4', '--compact']);
  return { code, result: code === 0 ? JSON.parse(out) : null, err };
}

describe('cli evaluate --link', () => {
  it('gets the page’s verdict and costs for any link the page writes', async () => {
    await fc.assert(
      fc.asyncProperty(inputsArb(catalog), async (inputs) => {
        const link = buildShareUrl(BASE, inputs, { catalog });
        const page = fullResultFor(inputs, catalog);
        const { code, result } = await evaluated(['--link', link]);
        expect(code).toBe(0);
        expect(result.recommendation.verdict).toEqual(
          page.recommendation.verdict,
        );
        expect(
          result.api.map(
            (a: { cost: { usdPerMonth: number } }) => a.cost.usdPerMonth,
          ),
        ).toEqual(page.api.map((a) => a.cost.usdPerMonth));
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('follows the link: a larger volume raises every API option’s cost, a ticked air-gap rule excludes', async () => {
    const small = await evaluated(['--link', `${BASE}?v=1&tpm=50M`]);
    const large = await evaluated(['--link', `${BASE}?v=1&tpm=5B`]);
    small.result.api.forEach(
      (a: { cost: { usdPerMonth: number } }, i: number) =>
        expect(large.result.api[i].cost.usdPerMonth).toBeGreaterThan(
          a.cost.usdPerMonth,
        ),
    );
    const free = await evaluated(['--link', `${BASE}?v=1`]);
    const hipaa = await evaluated(['--link', `${BASE}?v=1&pv=air-gapped`]);
    const excluded = (r: { privacy: { options: { status: string }[] } }) =>
      r.privacy.options.filter((o) => o.status === 'excluded').length;
    expect(excluded(hipaa.result)).toBeGreaterThan(excluded(free.result));
  });

  it('accepts the query alone and lists what the decoder did not use on stderr', async () => {
    const { code, err } = await evaluated(['--link', '?v=1&tpm=50M&zz=1']);
    expect(code).toBe(0);
    expect(err).toMatch(/note: link: .*zz/);
  });

  it('refuses a value that is not a link, and a link with a file', async () => {
    expect((await evaluated(['--link', 'not a link'])).code).toBe(2);
    expect(err).toMatch(/not a Crossover link/);
    const path = file('s.json', '{}');
    expect((await evaluated([path, '--link', '?v=1'])).code).toBe(2);
    expect(err).toMatch(/not both/);
  });
});

describe('cli evaluate <page export>', () => {
  it('reads the page’s JSON export and gets the verdict it recorded', async () => {
    const inputs = decodeLink('?v=1&uc=rag&tpm=5B&pv=hipaa-phi', {
      catalog,
    }).inputs;
    const result = fullResultFor(inputs, catalog);
    const exported = resultJson(inputs, result, {
      link: buildShareUrl(BASE, inputs, { catalog }),
      generatedAt: '2026-12-01T00:00:00.000Z',
      catalogVersion: CATALOG_VERSION,
      urlVersion: URL_VERSION,
      name: null,
      importedPrices: null,
    });
    const r = await evaluated([file('export.json', exported)]);
    expect(r.code).toBe(0);
    expect(r.result.recommendation.verdict).toEqual(
      result.recommendation.verdict,
    );
    expect(r.result.privacy.options).toEqual(result.privacy.options);
  });

  it('says when the page used imported prices, and refuses an export without a link', async () => {
    const withImport = JSON.stringify({
      format: 'crossover-result',
      version: 1,
      link: `${BASE}?v=1`,
      importedPrices: 'litellm.json',
    });
    const r = await evaluated([file('import.json', withImport)]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/imported prices/);
    const noLink = JSON.stringify({ format: 'crossover-result', version: 1 });
    expect((await evaluated([file('nolink.json', noLink)])).code).toBe(2);
    expect(err).toMatch(/no "link"/);
  });
});

describe('unknown catalog ids', () => {
  const scenario = (
    selfHost: Record<string, string>,
    apiModelId = 'gpt-4o-mini',
  ) => ({
    workload: {
      requestsPerMonth: 1e6,
      inputTokensPerRequest: 800,
      outputTokensPerRequest: 200,
    },
    apiOptions: [{ id: 'a', apiModelId }],
    selfHostOptions: [
      {
        id: 's',
        openModelId: 'llama-3.1-8b-instruct',
        quantId: 'fp8',
        engineId: 'vllm',
        hardwareId: 'h100-sxm-80gb',
        procurement: { kind: 'cloud', usdPerGpuHour: 2 },
        ...selfHost,
      },
    ],
  });

  it.each([
    [{ hardwareId: 'h100' }, 'hardware "h100"', 'h100-sxm-80gb'],
    [{ openModelId: 'llama-3.1-8b' }, 'open model', 'llama-3.1-8b-instruct'],
    [{ engineId: 'vlm' }, 'engine "vlm"', 'vllm'],
    [{ quantId: 'fp-8' }, 'quant "fp-8"', 'fp8'],
  ])('%o exits 2 naming the nearest valid ids', async (bad, what, nearest) => {
    const r = await evaluated([
      file('bad-id.json', JSON.stringify(scenario(bad))),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`unknown ${what}`);
    expect(r.err).toMatch(new RegExp(`nearest: [^)]*${nearest}`));
  });

  it('an unknown API model too, and the valid file evaluates', async () => {
    const bad = await evaluated([
      file('bad-api.json', JSON.stringify(scenario({}, 'gpt4o-mini'))),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/nearest: gpt-4o-mini/);
    const ok = await evaluated([file('ok.json', JSON.stringify(scenario({})))]);
    expect(ok.code).toBe(0);
  });

  it('nearest ids: an exact id comes first, contained ids before distant ones', () => {
    const ids = ['a100-80gb', 'h100-sxm-80gb', 'h200-141gb', 'l4'];
    expect(nearestIds('h100-sxm-80gb', ids, 1)).toEqual(['h100-sxm-80gb']);
    expect(nearestIds('h100', ids, 1)).toEqual(['h100-sxm-80gb']);
  });
});

describe('the scenario file format', () => {
  it('docs/scenario.schema.json is generated from the schema the CLI parses with (run npm run schema:scenario)', () => {
    const committed = JSON.parse(
      readFileSync(
        new URL('../../../docs/scenario.schema.json', import.meta.url),
        'utf8',
      ),
    );
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('the README’s example scenario is valid and evaluates', async () => {
    const readme = readFileSync(
      new URL('../../../README.md', import.meta.url),
      'utf8',
    );
    const example = /<!-- scenario example -->\s*```json\n([\s\S]*?)```/.exec(
      readme,
    );
    expect(example).not.toBeNull();
    const raw = JSON.parse(example![1]!);
    expect(scenarioFileSchema.safeParse(raw).success).toBe(true);
    expect((await evaluated([file('readme.json', example![1]!)])).code).toBe(0);
  });
});

describe('the built CLI', () => {
  it('`catalog --json | head` ends with exit 0 and no EPIPE trace', async () => {
    const child = spawn('npx', ['tsx', 'scripts/cli.ts', 'catalog', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) =>
      child.on('close', resolve),
    );
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  }, 60_000);

  it('is one plain JavaScript file that runs without node_modules', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'crossover-cli-build-'));
    const built = spawnSync(
      'npx',
      [
        'esbuild',
        'scripts/cli.ts',
        '--bundle',
        '--platform=node',
        '--format=esm',
        // The client build's lazy source texts (a Vite virtual module); the
        // CLI's catalog holds the texts themselves and never imports it.
        '--external:virtual:catalog-sources',
        '--log-level=error',
        `--outfile=${join(outDir, 'build', 'crossover.mjs')}`,
      ],
      { encoding: 'utf8' },
    );
    expect(built.status).toBe(0);
    const lonely = mkdtempSync(join(tmpdir(), 'crossover-cli-alone-'));
    copyFileSync(
      join(outDir, 'build', 'crossover.mjs'),
      join(lonely, 'crossover.mjs'),
    );
    const r = spawnSync(
      'node',
      ['crossover.mjs', 'evaluate', '--link', '?v=1&tpm=5B', '--compact'],
      { cwd: lonely, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).recommendation.verdict.kind).toBeDefined();
  }, 60_000);
});
