import type { Catalog } from '../catalog';
import type { CalculatorInputs, EvaluatedInputs } from '../state';

/**
 * The messages between the page and its engine worker (ADR-28). A dedicated
 * worker is reachable only by the page that started it, and the page only
 * hears its own worker (on the Worker object, never `window`): neither side
 * is an open channel, so the data is not re-validated with zod — the page
 * checks the id and the kind, nothing else could have sent it.
 */
export type ToEngine =
  /** Catalog `key` (0 is the built-in one, which the worker imports itself). */
  | {
      readonly kind: 'catalog';
      readonly key: number;
      readonly catalog: Catalog;
    }
  | {
      readonly kind: 'evaluate';
      readonly id: number;
      readonly catalogKey: number;
      readonly inputs: CalculatorInputs;
    };

export type FromEngine =
  | {
      readonly kind: 'evaluated';
      readonly id: number;
      readonly evaluated: EvaluatedInputs;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** The built-in catalog's key: the worker has it without a message. */
export const BUILT_IN_CATALOG = 0;
