/**
 * Plain meanings of the jargon the page uses, shown by the `Term` component
 * on hover and focus (issue 14 item 8). One sentence each, for a reader who
 * decides about infrastructure but does not serve models every day.
 */
export const glossary = {
  fte: 'Full-time equivalent: one person working full time (0.25 FTE is a quarter of someone’s week).',
  pue: 'Power usage effectiveness: the room’s total power divided by the servers’ power (1.4 means cooling and losses add 40 %).',
  ttft: 'Time to first token: how long a user waits before the answer starts to appear.',
  kvCache:
    'KV cache: the attention keys and values a model keeps for every token of a conversation in flight; it takes GPU memory besides the weights.',
  quant:
    'Quantization: storing weights in fewer bits (FP8, W8A8 = 8-bit weights and activations, 4-bit AWQ/GPTQ, GGUF Q4) so the model needs less memory, at some loss of quality.',
  w8a8: 'W8A8: weights and activations both in 8 bits, so the GPU also computes in 8 bits.',
  p95: 'p95: the time 95 % of requests beat; the slowest 5 % take longer.',
  aaIndex:
    'Quality index: the Artificial Analysis Intelligence Index (0–100), a blend of public benchmarks; higher is better.',
  baa: 'BAA: a HIPAA Business Associate Agreement, which a provider must sign before it may process health data (PHI).',
  zdr: 'Zero data retention: the provider keeps no prompts or answers after replying (usually by agreement).',
  tensorParallel:
    'GPUs per replica: one copy of the model split across this many GPUs of one machine.',
} as const;
