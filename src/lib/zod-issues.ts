import type { z } from 'zod';

export type IssueTextOptions = {
  /** Every issue, joined by "; " (default: the first only). */
  readonly all?: boolean;
  /** Between the parts of an issue's path (default "."). */
  readonly separator?: string;
  /** Names a failure at the root, where the path is empty (default: no name). */
  readonly root?: string;
  /** When the error carries no issue (default "not valid"). */
  readonly fallback?: string;
  /** Cut to this many characters (default: no limit). */
  readonly maxChars?: number;
};

/**
 * Where a zod parse failed and why, as "path: message", so a hand-edited
 * file or link can be mended: "models › gpt-4o-mini › usdPerMillionInputTokens:
 * Too small: …". Path parts go through String(), so a symbol key is named,
 * not thrown on.
 */
export function zodIssueText(
  error: z.ZodError,
  options: IssueTextOptions = {},
): string {
  const {
    all = false,
    separator = '.',
    root = '',
    fallback = 'not valid',
    maxChars = Infinity,
  } = options;
  const issues = all ? error.issues : error.issues.slice(0, 1);
  if (issues.length === 0) return fallback;
  return issues
    .map((issue) => {
      const where = issue.path.map(String).join(separator) || root;
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ')
    .slice(0, maxChars);
}
