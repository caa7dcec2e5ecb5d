import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssueText } from '../../../src/lib/zod-issues';

const schema = z.object({
  models: z.record(z.string(), z.object({ usd: z.number().min(0) })),
  name: z.string(),
});

function errorOf(value: unknown): z.ZodError {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
}

describe('zodIssueText', () => {
  const twoIssues = errorOf({ models: { a: { usd: -1 } }, name: 3 });

  it('names the first issue by its dotted path', () => {
    expect(zodIssueText(twoIssues)).toMatch(/^models\.a\.usd: /);
  });

  it('joins every issue with "; " when asked', () => {
    const text = zodIssueText(twoIssues, { all: true });
    expect(text.split('; ')).toHaveLength(2);
    expect(text).toMatch(/; name: /);
  });

  it('takes another separator for the path', () => {
    expect(zodIssueText(twoIssues, { separator: ' › ' })).toMatch(
      /^models › a › usd: /,
    );
  });

  it('names a failure at the root only when given a name for it', () => {
    const atRoot = errorOf('not an object');
    expect(zodIssueText(atRoot)).not.toContain(':  ');
    expect(zodIssueText(atRoot)).toBe(atRoot.issues[0]!.message);
    expect(zodIssueText(atRoot, { root: 'entry' })).toBe(
      `entry: ${atRoot.issues[0]!.message}`,
    );
  });

  it('falls back when there is no issue, and cuts to maxChars', () => {
    expect(zodIssueText(new z.ZodError([]))).toBe('not valid');
    expect(zodIssueText(new z.ZodError([]), { fallback: 'bad' })).toBe('bad');
    expect(zodIssueText(twoIssues, { maxChars: 6 })).toBe('models');
  });

  it('names a symbol key instead of throwing', () => {
    const key = Symbol('k');
    const error = new z.ZodError([
      { code: 'custom', path: [key, 0], message: 'odd', input: undefined },
    ]);
    expect(zodIssueText(error)).toBe('Symbol(k).0: odd');
  });
});
