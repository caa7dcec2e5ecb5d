/** Names an option by its id as the verdict writes it ("GPT-4o", "Llama 3.3 70B on 2× H100"). */
export type OptionNamer = (id: string | null) => string;

/** A multiplier with two significant digits: 0.94, 1.2, 0.53. */
export function factorText(factor: number): string {
  return String(Number(factor.toPrecision(2)));
}

/** Engineer shares as set: 0.25, 0.02, 1. */
export function fteText(share: number): string {
  return String(Number(share.toFixed(2)));
}
