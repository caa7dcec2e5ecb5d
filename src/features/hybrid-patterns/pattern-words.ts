import type { HybridInputs } from '../../state';

/** The slider a pattern's card shows: which hybrid input it sets, and its bound. */
export type PatternControl = {
  readonly key: keyof HybridInputs;
  readonly bound:
    | 'hybridLocalSharePercent'
    | 'hybridEscalationSharePercent'
    | 'sensitiveSharePercent'
    | 'devSharePercent';
  readonly label: string;
};

/** Patterns without an entry (overflow) have no user knob. */
export const PATTERN_CONTROLS: Record<string, PatternControl> = {
  'tiered-routing': {
    key: 'localSharePercent',
    bound: 'hybridLocalSharePercent',
    label: 'Share routed to the self-hosted model',
  },
  'fallback-chain': {
    key: 'escalationSharePercent',
    bound: 'hybridEscalationSharePercent',
    label: 'Share escalated to the API',
  },
  'privacy-split': {
    key: 'sensitiveSharePercent',
    bound: 'sensitiveSharePercent',
    label: 'Sensitive share (must stay local)',
  },
  'dev-prod-split': {
    key: 'devSharePercent',
    bound: 'devSharePercent',
    label: 'Development share of traffic',
  },
};

export const PATTERN_NAMES: Record<string, string> = {
  'tiered-routing': 'Tiered routing',
  'fallback-chain': 'Fallback chain',
  'privacy-split': 'Privacy split',
  'dev-prod-split': 'Dev/prod split',
  'overflow-spill': 'Overflow to the API',
};

/** Why a pattern could not be priced, completing "Not priced: …". */
export const INFEASIBLE_WORDS: Record<string, string> = {
  'no-api-option': 'needs an API option',
  'no-feasible-self-host': 'needs a self-hosted option that fits',
  'no-sensitive-share': 'set a sensitive share above 0 %',
  'unknown-option': 'refers to an option that is gone',
};
