import type { SensitivityInputId } from '../../engine';

// The band and tornado are computed by state's analysis steps (in the engine
// worker, or this thread as a fallback: the same code, ADR-28 amended).
export type { OptionBand, Uncertainty } from '../../state';

export const INPUT_LABELS: Record<SensitivityInputId, string> = {
  'gpu-price': 'GPU price',
  'api-price': 'API price',
  'ops-fte-share': 'Operations time',
  'target-utilisation': 'Target utilisation',
  'peak-to-average': 'Peak-to-average traffic',
  'bandwidth-efficiency': 'Memory-bandwidth efficiency',
  'prefill-efficiency': 'Prefill efficiency',
  'tokenizer-ratio': 'Tokenizer ratio',
  'output-tokens': 'Output length',
  volume: 'Monthly volume',
};
