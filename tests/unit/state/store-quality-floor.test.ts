/**
 * The quality floor (issue 10 item 2): off by default, set and cleared by the
 * store within its bound, and carried to the engine as `qualityFloorIndex`.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  createCalculatorStore,
  defaultInputs,
  scenarioFromInputs,
} from '../../../src/state';

describe('qualityFloorIndex', () => {
  it('is off by default and reaches the engine as null', () => {
    const inputs = defaultInputs(catalog);
    expect(inputs.qualityFloorIndex).toBeNull();
    expect(scenarioFromInputs(inputs, catalog).qualityFloorIndex).toBeNull();
  });

  it('qualityFloorChanged sets it (clamped to 0–100), and null turns it off', () => {
    const store = createCalculatorStore(defaultInputs(catalog), catalog);
    const { actions } = store.getState();
    actions.qualityFloorChanged(6.9);
    const set = store.getState().inputs;
    expect(set.qualityFloorIndex).toBe(6.9);
    expect(scenarioFromInputs(set, catalog).qualityFloorIndex).toBe(6.9);
    expect({ ...set, qualityFloorIndex: null }).toEqual(defaultInputs(catalog));
    actions.qualityFloorChanged(250);
    expect(store.getState().inputs.qualityFloorIndex).toBe(100);
    actions.qualityFloorChanged(null);
    expect(store.getState().inputs.qualityFloorIndex).toBeNull();
  });
});
