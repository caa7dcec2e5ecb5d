import { z } from 'zod';
import type { ViewParams } from '../url';

/** Panels an embed can show, in page order. */
export const EMBED_PANELS = ['verdict', 'chart', 'sliders'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

/** Inputs a host can lock, by their URL key (src/url/README.md). */
export const LOCKABLE_INPUTS = ['tpm', 'is', 'uc'] as const;
export type LockableInput = (typeof LOCKABLE_INPUTS)[number];

export type EmbedTheme = 'light' | 'dark' | 'auto';

/** How the page was asked to render, from its own URL. */
export type EmbedConfig = {
  /** `embed=1` was given: the compact layout. */
  readonly embed: boolean;
  /** A hint only: the page is in a frame (or the check was refused). */
  readonly framed: boolean;
  readonly panels: readonly EmbedPanel[];
  readonly theme: EmbedTheme;
  readonly locked: readonly LockableInput[];
  /** The only origin `scenario-changed` messages go to; null = none are sent. */
  readonly parentOrigin: string | null;
};

function listOf<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x): x is T => (allowed as readonly string[]).includes(x)),
    )
    .transform((xs) => allowed.filter((a) => xs.includes(a)));
}

const embedParamsSchema = z.object({
  embed: z
    .string()
    .optional()
    .transform((s) => s === '1' || s === 'true')
    .catch(false),
  panels: listOf(EMBED_PANELS)
    .optional()
    .transform((xs) => (xs && xs.length > 0 ? xs : [...EMBED_PANELS]))
    .catch([...EMBED_PANELS]),
  theme: z
    .enum(['light', 'dark', 'auto'])
    .optional()
    .transform((t) => t ?? 'auto')
    .catch('auto'),
  lock: z
    .string()
    .optional()
    .transform((s) =>
      s === 'all'
        ? [...LOCKABLE_INPUTS]
        : s
          ? listOf(LOCKABLE_INPUTS).parse(s)
          : [],
    )
    .catch([]),
  parentOrigin: z
    .string()
    .optional()
    .transform((s) => (s ? originOrNull(s) : null))
    .catch(null),
});

/**
 * A serialised origin (`https://docs.example.org`, `http://localhost:3000`)
 * or null. Paths, wildcards and `null` are refused: postMessage's
 * targetOrigin must name exactly one site.
 */
export function originOrNull(text: string): string | null {
  if (!/^https?:\/\/[^/?#\s*]+$/i.test(text)) return null;
  try {
    const origin = new URL(text).origin;
    return origin === text.toLowerCase() || origin === text ? origin : null;
  } catch {
    return null;
  }
}

/** Whether this window is inside a frame; a cross-origin parent can make the check throw (OWID). */
export function isFramed(win: {
  readonly self: unknown;
  readonly top: unknown;
}): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}

/**
 * Reads the view parameters (already separated by `decodeLink`) into an
 * embed configuration. Never throws: each bad parameter falls back to its
 * default on its own.
 *
 * @example embedConfigFrom({ embed: '1', lock: 'tpm' }, window).locked // ['tpm']
 */
export function embedConfigFrom(
  view: ViewParams,
  win?: { readonly self: unknown; readonly top: unknown },
): EmbedConfig {
  const parsed = embedParamsSchema.safeParse(view);
  const p = parsed.success
    ? parsed.data
    : {
        embed: false,
        panels: [...EMBED_PANELS],
        theme: 'auto' as const,
        lock: [],
        parentOrigin: null,
      };
  return {
    embed: p.embed,
    framed: win ? isFramed(win) : false,
    panels: p.panels,
    theme: p.theme,
    locked: p.lock,
    parentOrigin: p.parentOrigin,
  };
}
