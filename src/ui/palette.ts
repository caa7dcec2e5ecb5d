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

/** Stroke dash pattern per kind: API solid, self-hosted dashed, hybrid dotted. */
export const DASH_BY_KIND = {
  api: undefined,
  'self-host': '7 4',
  hybrid: '2 3',
} as const;
