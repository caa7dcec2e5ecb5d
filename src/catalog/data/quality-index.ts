import type { z } from 'zod';
import type { qualityIndexDefaultsSchema } from '../schema';

/*
 * How the calculator reads the Artificial Analysis Intelligence Index
 * (`qualityIndex` on API and open models, 0–100, copied from
 * the Artificial Analysis snapshot aa_models-2026-08-01.json, kept by
 * Prajwalsrinvas/token-tariff at commit 90407ebd, with its fieldSources).
 */

/**
 * Two options whose indexes differ by at most this many points count as
 * comparable quality: their crossover is like-for-like and is shown without a
 * quality gap (docs/methods.md §9.1).
 */
export const QUALITY_INDEX_TOLERANCE = {
  comparablePoints: 3,
  source:
    'assumption, see docs/methods.md §9.1 (grade C): the index averages about ten benchmark evaluations and is published to one decimal; a difference of a few points is within what a re-run or a prompt change moves, and smaller than the gap between adjacent model generations (GPT-4o mini 6.9, Llama 3.1 8B 7.6, Llama 3.3 70B 9.4, GPT-4o 11.2; GPT-5.5 54.8)',
  asOf: '2026-12-01',
} as const satisfies z.input<typeof qualityIndexDefaultsSchema>;
