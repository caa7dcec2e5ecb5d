import type { CalculatorState } from './create-calculator-store';

/** Named atomic selectors: primitives or references already in state (zustand v5 rule). */
export const selectInputs = (s: CalculatorState) => s.inputs;
export const selectWorkload = (s: CalculatorState) => s.inputs.workload;
export const selectOptions = (s: CalculatorState) => s.inputs.options;
export const selectPrivacyRuleIds = (s: CalculatorState) =>
  s.inputs.privacyRuleIds;
export const selectHybrid = (s: CalculatorState) => s.inputs.hybrid;
export const selectActions = (s: CalculatorState) => s.actions;
export const selectTokensPerMonth = (s: CalculatorState) =>
  s.inputs.workload.tokensPerMonth;
export const selectUsdPerFteMonth = (s: CalculatorState) =>
  s.inputs.usdPerFteMonth;
