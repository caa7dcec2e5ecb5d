/**
 * The same model, hosted (issue 10): the input is on by default, the store
 * toggles it, and the scenario carries it to the engine as `sameModelHosted`.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  createCalculatorStore,
  defaultInputs,
  scenarioFromInputs,
} from '../../../src/state';

describe('compareSameModelHosted', () => {
  it('is on by default and reaches the engine as "compare"', () => {
    const inputs = defaultInputs(catalog);
    expect(inputs.compareSameModelHosted).toBe(true);
    expect(scenarioFromInputs(inputs, catalog).sameModelHosted).toBe('compare');
  });

  it('sameModelHostedToggled turns it off and on again', () => {
    const store = createCalculatorStore(defaultInputs(catalog), catalog);
    const { actions } = store.getState();
    actions.sameModelHostedToggled();
    const off = store.getState().inputs;
    expect(off.compareSameModelHosted).toBe(false);
    expect(scenarioFromInputs(off, catalog).sameModelHosted).toBe('off');
    // Nothing else moves.
    expect({ ...off, compareSameModelHosted: true }).toEqual(
      defaultInputs(catalog),
    );
    actions.sameModelHostedToggled();
    expect(store.getState().inputs.compareSameModelHosted).toBe(true);
  });
});
