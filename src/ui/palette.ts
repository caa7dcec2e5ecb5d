/**
 * Okabe–Ito colour-blind-safe palette, reordered so the first colours have
 * the most contrast on white; CSS custom properties --option-0 … --option-7
 * carry light and dark variants. Shape (solid, dashed, dotted) also tells
 * kinds apart, so colour is never the only cue.
 */
export const OPTION_COLOR_VARS = [
  'var(--option-0)',
  'var(--option-1)',
  'var(--option-2)',
  'var(--option-3)',
  'var(--option-4)',
  'var(--option-5)',
  'var(--option-6)',
  'var(--option-7)',
] as const;

export function optionColor(index: number): string {
  return OPTION_COLOR_VARS[((index % 8) + 8) % 8] ?? 'currentColor';
}

/**
 * The colour of an option the page adds for comparison (the same open model,
 * hosted): the theme's muted grey, so it never takes a colour the user's own
 * options use, and it keeps AA contrast on both themes.
 */
export const COMPARATOR_COLOR = 'var(--muted)';

/** Its dash: dash-dot, apart from self-hosted dashes and hybrid dots. */
export const COMPARATOR_DASH = '9 3 2 3';

/** Stroke dash pattern per kind: API solid, self-hosted dashed, hybrid dotted. */
export const DASH_BY_KIND = {
  api: undefined,
  'self-host': '7 4',
  hybrid: '2 3',
} as const;
