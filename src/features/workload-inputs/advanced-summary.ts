/** The folded advanced inputs' one line: the same words before and after their chunk loads. */
export const ADVANCED_SUMMARY =
  'Advanced: caching, batch, reasoning, traffic, network, latency targets, team, quality floor';
