import type { z } from 'zod';
import type { hybridPatternSchema } from '../schema';

const BRIEF =
  'Product brief "APIs vs Local Models", "Hybrid Approaches" (ADR-14)';
const SPEC = 'Crossover docs/methods.md §9.2–9.3 (policy cost formulas)';

/** The product brief's four hybrid patterns (ADR-14), the engine's overflow pattern, and the input each is driven by. */
export const hybridPatterns = [
  {
    id: 'tiered-routing',
    name: 'Tiered routing',
    summary:
      'Route simple queries to local/cheap models, complex ones to powerful APIs.',
    controlLabel: 'Share of requests routed to the self-hosted model',
    whenItFits:
      'Traffic mixes easy and hard requests and a router (rules or a classifier) can tell them apart.',
    source: `${BRIEF}; ${SPEC}: C_self(f·V) + C_api((1−f)·V) + router cost`,
    asOf: '2026-11-27',
  },
  {
    id: 'fallback-chain',
    name: 'Fallback chain',
    summary:
      'Start with local, fall back to API on failure or for specific capabilities.',
    controlLabel: 'Share of requests escalated to the API',
    whenItFits:
      'The local model handles most requests and failures are detectable (low confidence, errors, timeouts); escalated requests pay for both.',
    source: `${BRIEF}; ${SPEC}: C_self(V) + C_api(p·V) + judge cost`,
    asOf: '2026-11-27',
  },
  {
    id: 'privacy-split',
    name: 'Privacy split',
    summary:
      'Sensitive data stays local, non-sensitive goes to cloud for quality.',
    controlLabel: 'Share of requests that must stay local (sensitive share)',
    whenItFits:
      'Only part of the traffic is regulated or confidential and it can be identified before routing.',
    source: `${BRIEF}; ${SPEC}: tiered routing with f ≥ sensitiveFraction as a hard constraint`,
    asOf: '2026-11-27',
  },
  {
    id: 'dev-prod-split',
    name: 'Dev/prod split',
    summary: 'Local for development, API for production quality.',
    controlLabel: 'Development workload (a second, separately sized workload)',
    whenItFits:
      'Development and test traffic is large or sensitive, while production needs the best quality or elastic capacity.',
    source: `${BRIEF}; ${SPEC}: sum of two independently configured workloads`,
    asOf: '2026-11-27',
  },
  {
    id: 'overflow-spill',
    name: 'Overflow to the API',
    summary:
      'Size local replicas for the steady load and send the peak’s overflow to the API: the local replicas run near full.',
    controlLabel: 'Local replicas kept (chosen for the lowest total cost)',
    whenItFits:
      'Traffic has daily peaks well above its average, or local capacity is fixed (machines you own, a workstation on a desk).',
    source: `${SPEC}: overflow/spill-over, C_self(fixed K) + C_api(V·overflowShare(K)), overflowShare from the hourly profile`,
    asOf: '2026-11-27',
  },
] satisfies z.input<typeof hybridPatternSchema>[];
