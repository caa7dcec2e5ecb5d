/**
 * The eight realistic scenarios of the review (issue 11), as the page's own
 * inputs: a use-case preset, a monthly volume, ticked privacy items and the
 * options a practitioner would put side by side (a frontier and a mid API,
 * the same open model hosted — added by the page itself — and open models on
 * sensible hardware). `npm run scenarios` runs them through the page's path
 * (scenarioFromInputs → evaluateScenario → recommendation) into
 * docs/scenarios.md; tests share these definitions.
 */
import type { Catalog } from '../../src/catalog';
import {
  apiOptionFrom,
  defaultInputs,
  embeddingOptions,
  selfHostOptionFrom,
  withOnCallForTraffic,
  WORKLOAD_PRESETS,
  type CalculatorInputs,
  type OptionState,
  type ProcurementChoice,
  type SelfHostOptionState,
  type WorkloadPresetId,
} from '../../src/state';

export type ScenarioDefinition = {
  /** Stable id: the key of its commentary in docs/scenarios-commentary.md. */
  readonly id: string;
  readonly title: string;
  /** Who it is and where the volume comes from, in one or two sentences. */
  readonly story: string;
  readonly inputs: (catalog: Catalog) => CalculatorInputs;
};

type SelfHostSpec = {
  readonly openModelId: string;
  readonly quantId: string;
  readonly engineId: string;
  readonly hardwareId: string;
  readonly gpusPerReplica: number;
  readonly procurement: ProcurementChoice;
  /** Overrides of the option's editable fields (ops time, spare replicas, …). */
  readonly overrides?: Partial<SelfHostOptionState>;
};

type Spec = {
  readonly presetId: WorkloadPresetId;
  readonly tokensPerMonth: number;
  readonly trafficPattern?: number;
  readonly privacyRuleIds?: readonly string[];
  readonly apis: readonly string[];
  readonly selfHost: readonly SelfHostSpec[];
  /** Whole options instead of apis/selfHost (the embeddings defaults). */
  readonly options?: (catalog: Catalog) => OptionState[];
};

/** The page's inputs for a spec: defaults, then the preset's shape, volume, privacy and options. */
function inputsFor(spec: Spec, catalog: Catalog): CalculatorInputs {
  const base = defaultInputs(catalog);
  const preset = WORKLOAD_PRESETS.find((p) => p.id === spec.presetId)!;
  const apis: OptionState[] = spec.apis.map((id, i) =>
    apiOptionFrom(`a${i + 1}`, i, id),
  );
  const selfHost: OptionState[] = spec.selfHost.map((s, i) => ({
    ...selfHostOptionFrom(catalog, {
      id: `s${i + 1}`,
      colorIndex: apis.length + i,
      openModelId: s.openModelId,
      quantId: s.quantId,
      engineId: s.engineId,
      hardwareId: s.hardwareId,
      gpusPerReplica: s.gpusPerReplica,
      procurement: s.procurement,
    }),
    ...s.overrides,
  }));
  const inputs: CalculatorInputs = {
    ...base,
    workload: {
      ...base.workload,
      ...preset.values,
      presetId: preset.id,
      tokensPerMonth: spec.tokensPerMonth,
      trafficPattern: spec.trafficPattern ?? base.workload.trafficPattern,
    },
    privacyRuleIds: spec.privacyRuleIds ?? [],
    options: spec.options ? spec.options(catalog) : [...apis, ...selfHost],
  };
  // As the page's store does: fresh options take the traffic kind's on-call default (§19.1).
  return withOnCallForTraffic(base, inputs, catalog);
}

const H100 = 'h100-sxm-80gb';
const llama70bOn2H100 = (
  procurement: ProcurementChoice,
  overrides?: Partial<SelfHostOptionState>,
): SelfHostSpec => ({
  openModelId: 'llama-3.3-70b-instruct',
  quantId: 'fp8',
  engineId: 'vllm',
  hardwareId: H100,
  gpusPerReplica: 2,
  procurement,
  ...(overrides ? { overrides } : {}),
});
const gptOss120bOnH100 = (procurement: ProcurementChoice): SelfHostSpec => ({
  openModelId: 'gpt-oss-120b',
  quantId: 'mxfp4',
  engineId: 'vllm',
  hardwareId: H100,
  gpusPerReplica: 1,
  procurement,
});
const qwen3MoeOnH100 = (procurement: ProcurementChoice): SelfHostSpec => ({
  openModelId: 'qwen3-30b-a3b-instruct-2507',
  quantId: 'fp8',
  engineId: 'vllm',
  hardwareId: H100,
  gpusPerReplica: 1,
  procurement,
});
const llama8bOnL4 = (procurement: ProcurementChoice): SelfHostSpec => ({
  openModelId: 'llama-3.1-8b-instruct',
  quantId: 'fp8',
  engineId: 'vllm',
  hardwareId: 'l4-24gb',
  gpusPerReplica: 1,
  procurement,
});

/** An owned rack on the organisation's own premises: power × PUE, no colocation rent. */
const OWN_PREMISES: Partial<SelfHostOptionState> = {
  colocationUsdPerKwMonth: 0,
};

/** Hour-of-day patterns (TRAFFIC_PATTERNS codes). */
const FLAT = 1;
const BUSINESS_HOURS = 2;
const EVENING = 3;

export const SCENARIOS: readonly ScenarioDefinition[] = [
  {
    id: 'startup-chatbot',
    title: 'Startup chatbot, 50M tokens a month',
    story:
      'A consumer chatbot in its first year: about 50,000 conversations a month, evening peaks, no regulated data, one engineer who also does everything else.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'chatbot',
          tokensPerMonth: 50e6,
          trafficPattern: EVENING,
          apis: ['gpt-5-5', 'gpt-5-mini', 'gemini-3-5-flash'],
          selfHost: [
            llama70bOn2H100('on-demand'),
            gptOss120bOnH100('on-demand'),
            llama8bOnL4('on-demand'),
          ],
        },
        c,
      ),
  },
  {
    id: 'rag-5b',
    title: 'RAG over documents, 5B tokens a month',
    story:
      'An internal knowledge assistant at a large company: retrieved passages in a 4,000-token prompt, around 1.25M questions a month, business-hours traffic.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'rag',
          tokensPerMonth: 5e9,
          trafficPattern: BUSINESS_HOURS,
          apis: ['gpt-5-5', 'gpt-5-mini', 'gemini-3-5-flash'],
          selfHost: [
            llama70bOn2H100('on-demand'),
            llama70bOn2H100('reserved'),
            gptOss120bOnH100('reserved'),
          ],
        },
        c,
      ),
  },
  {
    id: 'hipaa-clinic',
    title: 'HIPAA clinic, 300M tokens a month',
    story:
      'A group of clinics summarising visit notes and answering staff questions over patient records (PHI): every vendor needs a Business Associate Agreement.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'rag',
          tokensPerMonth: 300e6,
          trafficPattern: BUSINESS_HOURS,
          privacyRuleIds: ['hipaa-phi'],
          apis: ['gpt-5-5', 'claude-sonnet-4-6', 'gemini-3-5-flash'],
          selfHost: [
            llama70bOn2H100('on-demand'),
            gptOss120bOnH100('owned'),
            qwen3MoeOnH100('on-demand'),
          ],
        },
        c,
      ),
  },
  {
    id: 'eu-bank',
    title: 'EU bank under GDPR, 2B tokens a month',
    story:
      'A retail bank in the EU answering advisers over internal policy and customer files: EU residency (GDPR), audited vendors with zero retention (DORA).',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'rag',
          tokensPerMonth: 2e9,
          trafficPattern: BUSINESS_HOURS,
          privacyRuleIds: ['eu-data-residency', 'regulated-financial'],
          apis: [
            'gpt-5-5-eu',
            'bedrock-claude-sonnet-4-6-eu',
            'mistral-medium-3-5',
            'gpt-5-mini',
          ],
          selfHost: [llama70bOn2H100('reserved'), gptOss120bOnH100('owned')],
        },
        c,
      ),
  },
  {
    id: 'batch-summarisation-200b',
    title: 'Batch summarisation, 200B tokens a month',
    story:
      'A media-monitoring company summarising about 33M long documents a month overnight and at weekends; nothing is interactive, the batch APIs qualify.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'batch-summarisation',
          tokensPerMonth: 200e9,
          trafficPattern: FLAT,
          apis: ['gpt-5-5', 'gpt-5-mini', 'gemini-3-5-flash-lite'],
          selfHost: [
            llama70bOn2H100('reserved'),
            gptOss120bOnH100('reserved'),
            llama8bOnL4('reserved'),
          ],
        },
        c,
      ),
  },
  {
    id: 'code-assistant-500',
    title: 'Code assistant for 500 engineers, 8.4B tokens a month',
    story:
      '500 engineers × 100 completions and chat turns a working day × 8,000 tokens (repository context) × 21 working days; proprietary code, so providers must not train on it or retain it.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'code-assistant',
          tokensPerMonth: 8.4e9,
          trafficPattern: BUSINESS_HOURS,
          privacyRuleIds: ['trade-secrets'],
          apis: ['claude-sonnet-5', 'gpt-5-4-mini', 'codestral'],
          selfHost: [
            qwen3MoeOnH100('reserved'),
            gptOss120bOnH100('reserved'),
            llama70bOn2H100('reserved'),
          ],
        },
        c,
      ),
  },
  {
    id: 'embeddings-1b-docs',
    title: 'Embeddings of 1B documents, 500B tokens in a month',
    story:
      'A search company embedding a corpus of 1B documents of ~500 tokens in one month (a backfill; the page compares a month of it), with the embeddings use case’s default options.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'embeddings',
          tokensPerMonth: 500e9,
          trafficPattern: FLAT,
          apis: [],
          selfHost: [],
          options: embeddingOptions,
        },
        c,
      ),
  },
  {
    id: 'air-gapped-defence',
    title: 'Air-gapped defence site, 500M tokens a month',
    story:
      'Analysts on an isolated network querying classified reports: no path to any provider, hardware bought and run on the site’s own premises.',
    inputs: (c) =>
      inputsFor(
        {
          presetId: 'rag',
          tokensPerMonth: 500e6,
          trafficPattern: BUSINESS_HOURS,
          privacyRuleIds: ['air-gapped', 'classified-itar'],
          apis: ['azure-gpt-5-5', 'gpt-5-mini'],
          selfHost: [
            // The site's own premises: no colocation rent (issue 11 item 7).
            llama70bOn2H100('owned', OWN_PREMISES),
            { ...gptOss120bOnH100('owned'), overrides: OWN_PREMISES },
            llama70bOn2H100('on-demand'),
          ],
        },
        c,
      ),
  },
];
