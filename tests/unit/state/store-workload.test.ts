/**
 * The store's workload, privacy, hybrid and people actions: clamping to
 * `BOUNDS`, snapping to the step, the requests ↔ tokens arithmetic, and what
 * a non-finite number does today (it falls back to the bound's default).
 * Structure and arithmetic only: no price appears here.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import {
  BOUNDS,
  createCalculatorStore,
  defaultInputs,
  type CalculatorInputs,
} from '../../../src/state';

function freshStore() {
  return createCalculatorStore(defaultInputs(catalog), catalog);
}

describe('workloadChanged', () => {
  it('clamps to the bound: peak-to-average 10 becomes the maximum, 0 the minimum', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.workloadChanged('peakToAverage', 10);
    expect(store.getState().inputs.workload.peakToAverage).toBe(
      BOUNDS.peakToAverage.max,
    );
    actions.workloadChanged('peakToAverage', 0);
    expect(store.getState().inputs.workload.peakToAverage).toBe(
      BOUNDS.peakToAverage.min,
    );
  });

  it('snaps to the step: an input share of 73 % (step 5) becomes 75 %', () => {
    const store = freshStore();
    store.getState().actions.workloadChanged('inputSharePercent', 73);
    expect(store.getState().inputs.workload.inputSharePercent).toBe(75);
  });

  it('a NaN falls back to the bound’s default', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.workloadChanged('tokensPerRequest', 3000);
    actions.workloadChanged('tokensPerRequest', Number.NaN);
    expect(store.getState().inputs.workload.tokensPerRequest).toBe(
      BOUNDS.tokensPerRequest.default,
    );
  });

  it('changing the shape makes the use case custom; volume and team facts do not', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.workloadChanged('tokensPerMonth', 2e9);
    actions.workloadChanged('tokenizerRatio', 1.1);
    actions.workloadChanged('opsFteAvailable', 1);
    expect(store.getState().inputs.workload.presetId).toBe('chatbot');
    actions.workloadChanged('cachedPrefixTokens', 500);
    expect(store.getState().inputs.workload.presetId).toBe('custom');
  });
});

describe('requestsPerMonthChanged', () => {
  function tokensAfter(tokensPerRequest: number, requests: number): number {
    const store = freshStore();
    const { actions } = store.getState();
    actions.workloadChanged('tokensPerRequest', tokensPerRequest);
    actions.requestsPerMonthChanged(requests);
    const w = store.getState().inputs.workload;
    expect(w.tokensPerRequest).toBe(tokensPerRequest);
    return w.tokensPerMonth;
  }

  it('keeps tokens per month = requests per month × tokens per request', () => {
    expect(tokensAfter(1000, 12_345)).toBe(12_345_000);
    expect(tokensAfter(2500, 400_000)).toBe(1_000_000_000);
  });

  it('rounds to whole tokens: 33,333.3 requests × 30 tokens = 999,999 tokens', () => {
    expect(tokensAfter(30, 33_333.3)).toBe(999_999);
  });

  it('clamps the product to the monthly-token bound; negative requests count as none', () => {
    expect(tokensAfter(200_000, 1e9)).toBe(BOUNDS.tokensPerMonth.max);
    expect(tokensAfter(1000, 3)).toBe(BOUNDS.tokensPerMonth.min);
    expect(tokensAfter(1000, -50)).toBe(BOUNDS.tokensPerMonth.min);
  });

  it('NaN requests fall back to the default monthly tokens', () => {
    expect(tokensAfter(1000, Number.NaN)).toBe(BOUNDS.tokensPerMonth.default);
  });

  it('leaves the use case as it was', () => {
    const store = freshStore();
    store.getState().actions.requestsPerMonthChanged(1e6);
    expect(store.getState().inputs.workload.presetId).toBe('chatbot');
  });
});

describe('privacyRuleToggled', () => {
  const [first, second] = catalog.privacyRules;

  it('turns a rule on, in the order toggled, and off again', () => {
    expect(second).toBeDefined();
    const store = freshStore();
    const { actions } = store.getState();
    actions.privacyRuleToggled(second!.id);
    actions.privacyRuleToggled(first!.id);
    expect(store.getState().inputs.privacyRuleIds).toEqual([
      second!.id,
      first!.id,
    ]);
    actions.privacyRuleToggled(second!.id);
    expect(store.getState().inputs.privacyRuleIds).toEqual([first!.id]);
    actions.privacyRuleToggled(first!.id);
    expect(store.getState().inputs.privacyRuleIds).toEqual([]);
  });
});

describe('hybridChanged and usdPerFteMonthChanged', () => {
  it('clamp each hybrid share to 0–100 % and snap it to its step', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.hybridChanged('localSharePercent', 140);
    actions.hybridChanged('escalationSharePercent', -5);
    actions.hybridChanged('sensitiveSharePercent', 42);
    actions.hybridChanged('devSharePercent', Number.NaN);
    expect(store.getState().inputs.hybrid).toEqual({
      localSharePercent: BOUNDS.hybridLocalSharePercent.max,
      escalationSharePercent: BOUNDS.hybridEscalationSharePercent.min,
      sensitiveSharePercent: 40,
      devSharePercent: BOUNDS.devSharePercent.default,
    });
  });

  it('clamp the cost of one FTE and snap it to $500', () => {
    const store = freshStore();
    const { actions } = store.getState();
    actions.usdPerFteMonthChanged(1e9);
    expect(store.getState().inputs.usdPerFteMonth).toBe(
      BOUNDS.usdPerFteMonth.max,
    );
    actions.usdPerFteMonthChanged(18_740);
    expect(store.getState().inputs.usdPerFteMonth).toBe(18_500);
  });
});

describe('inputsReplaced', () => {
  it('replaces every input at once, as given (the URL load path)', () => {
    const store = freshStore();
    const next: CalculatorInputs = {
      ...defaultInputs(catalog),
      options: [],
      usdPerFteMonth: 12_000,
    };
    store.getState().actions.inputsReplaced(next);
    expect(store.getState().inputs).toBe(next);
  });
});
