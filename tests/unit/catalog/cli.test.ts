import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArgs, run } from '../../../scripts/cli/catalog-command';

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('cli catalog', () => {
  it('prints every kind as a table by default', () => {
    expect(run([])).toBe(0);
    for (const kind of [
      'api',
      'provider',
      'open-model',
      'quant',
      'hardware',
      'cloud',
      'engine',
      'privacy',
      'hybrid',
    ])
      expect(stdout).toMatch(new RegExp(`^${kind} \\(\\d+\\)$`, 'm'));
    expect(stderr).toBe('');
  });

  it('prints one kind as a table', () => {
    expect(run(['--kind', 'api'])).toBe(0);
    expect(stdout).toMatch(/^gpt-4o\s+openai\s+chat\s+frontier\s+2\.5\s+10\s/m);
    expect(stdout).not.toMatch(/^quant \(/m);
  });

  it('prints JSON with every field, source and as-of date', () => {
    expect(run(['--kind=hardware', '--json'])).toBe(0);
    const out = JSON.parse(stdout) as {
      kind: string;
      entries: Record<string, unknown>[];
    };
    expect(out.kind).toBe('hardware');
    const h100 = out.entries.find((e) => e['id'] === 'h100-sxm-80gb');
    expect(h100).toMatchObject({
      memoryGb: 80,
      asOf: expect.any(String),
      source: expect.any(String),
    });
  });

  it('prints the whole catalog as JSON without the id indexes', () => {
    expect(run(['--json'])).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toContain('apiModels');
    expect(out).not.toHaveProperty('byId');
  });

  it.each([
    [['--kind', 'gpu'], /unknown kind "gpu"/],
    [['--kind'], /needs a value/],
    [['--verbose'], /unknown argument "--verbose"/],
    [['--kind', 'api', '--kind', 'quant'], /twice/],
  ])('rejects %j with one line and exit code 2', (args, message) => {
    expect(run(args)).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('parses --kind=value and --kind value alike', () => {
    expect(parseArgs(['--kind=quant'])).toEqual(parseArgs(['--kind', 'quant']));
  });
});
