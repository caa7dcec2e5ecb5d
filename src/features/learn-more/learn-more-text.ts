/** The four lessons the page closes with. */
export const TAKEAWAYS = [
  {
    title: 'APIs are simpler to start',
    text: 'No infrastructure, pay per use: excellent for prototyping and for low to medium volume.',
  },
  {
    title: 'Local wins on privacy and latency',
    text: 'Required for regulated industries and air-gapped sites, and better for real-time use when a GPU sits near the user.',
  },
  {
    title: 'Hybrid is often the answer',
    text: 'Route by complexity, privacy needs or cost thresholds: local for the bulk, the API for the hard or overflow cases.',
  },
  {
    title: 'Calculate the crossover point',
    text: 'The folk rule says self-hosting saves money above ~$2K a month of API spend. That is the rent of one always-on GPU: a floor, not a break-even. The verdict above gives yours.',
  },
];

/** "How is this computed?": the engine's model in five paragraphs (docs/methods.md has it in full). */
export const METHODS = [
  {
    title: 'API cost',
    text: 'Requests × (fresh input × input price + cached prefix × (hit rate × cache-read price + misses × cache-write price) + (output + reasoning) × output price), with the batchable share at the batch multiplier and regional uplifts. The cache hit rate follows from how often requests arrive within the cache lifetime (5 minutes, Poisson arrivals), less 10 % for provider routing.',
  },
  {
    title: 'Does the model fit?',
    text: 'Weights = parameters × bits per weight ÷ 8 (GGUF and AWQ at their real bits per weight). KV cache per token = 2 × layers × KV heads × head size × bytes (MLA and sliding-window models less). What is left of each GPU after the engine’s memory cap and runtime overhead holds the KV cache; that sets how many requests run at once.',
  },
  {
    title: 'How fast?',
    text: 'Each decode step reads the weights (and every running request’s KV cache) from memory once: step time = bytes ÷ (bandwidth × achieved efficiency), or the compute time if that is longer, plus tensor-parallel communication. Prefill is compute-bound: 2 × active parameters × prompt tokens ÷ (FLOP/s × efficiency). Efficiency factors are per engine and hardware kind, from published measurements.',
  },
  {
    title: 'How many GPUs?',
    text: 'A replica batches as many requests as memory, the engine and your speed target allow. Replicas = peak-hour traffic ÷ (replica capacity × target utilisation), plus spare replicas for redundancy. Cost = GPUs × 730 hours × price (or amortised purchase + power + hosting) + people, monitoring and networking.',
  },
  {
    title: 'The crossover',
    text: 'Self-hosted cost is a staircase (a step each time a replica is added); the API is a line. Crossover volumes are solved exactly on each step; the first is where self-hosting first gets cheaper, the stable one where it stays cheaper.',
  },
];
