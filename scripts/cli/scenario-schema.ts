/**
 * The CLI's scenario file: an engine `Scenario` (src/engine/evaluate.ts) with
 * the defaults of docs/methods.md §2 for optional fields. The one definition:
 * `evaluate` parses files with it and docs/scenario.schema.json is generated
 * from it (`npm run schema:scenario`; tests/unit/engine/cli-schema.test.ts
 * fails when the committed file is stale).
 */
import { z } from 'zod';
import {
  kvCachePrecisionSchema,
  OWNED_DEFAULTS,
  reasoningEffortSchema,
  type Catalog,
} from '../../src/catalog';
import {
  kvCacheBytesPerValueFor,
  kvCacheChoicesFor,
  type Scenario,
} from '../../src/engine';

const num = z.number().finite();
const nonNegative = num.nonnegative();
const share = num.min(0).max(1);

const workloadSchema = z.strictObject({
  requestsPerMonth: nonNegative,
  inputTokensPerRequest: nonNegative.describe(
    'Mean input tokens per request, system prompt and history included.',
  ),
  outputTokensPerRequest: nonNegative.describe(
    'Mean visible output tokens per request.',
  ),
  reasoningTokensPerRequest: nonNegative
    .default(0)
    .describe('Hidden reasoning tokens per request (billed as output).'),
  // ADR 17, docs/methods.md §17.1: the page's default is each model's measured count.
  reasoningTokensSource: z
    .enum(['model-default', 'workload'])
    .default('model-default')
    .describe(
      "'model-default' = each reasoning API's measured hidden tokens at its effort (catalog reasoning-tokens); 'workload' = reasoningTokensPerRequest for every reasoning API.",
    ),
  cacheablePrefixTokens: nonNegative
    .default(0)
    .describe(
      'Static prompt prefix shared by requests, part of the input; at most inputTokensPerRequest.',
    ),
  batchableShare: share
    .default(0)
    .describe('Share of requests that can wait for a batch API, 0–1.'),
  peakToAverage: num.min(1).max(24).default(2),
  hourlyProfile: z.array(nonNegative).length(24).optional(),
  tokenizerRatio: num
    .positive()
    .default(1)
    .describe('Self-hosted-model tokens per API token.'),
  latencyTargets: z
    .strictObject({
      maxTimeToFirstTokenSeconds: num.positive().optional(),
      minOutputTokensPerSecond: num.positive().optional(),
      strength: z
        .enum(['required', 'preferred'])
        .optional()
        .describe(
          "'required' = an option that misses a target is excluded from the verdict; default 'preferred' (a caveat). docs/methods.md §17.3.",
        ),
      percentile: z
        .enum(['p50', 'p95'])
        .optional()
        .describe("Which request the targets bind; default 'p50'. §17.2."),
    })
    .default({}),
  apiNetworkRoundTripSeconds: nonNegative.default(0.05),
  // Issue 11 (docs/decisions/0018-self-hosted-serving.md, docs/methods.md §18).
  prefixCacheHitRate: share
    .optional()
    .describe(
      'Share of requests that find the shared prefix cached while warm, both sides; default 0.9.',
    ),
  trafficKind: z
    .enum(['interactive', 'batch'])
    .optional()
    .describe(
      "'batch' = offline work sized by its completion deadline; default 'interactive'.",
    ),
  batchDeadlineHours: num
    .min(1)
    .max(720)
    .optional()
    .describe("Batch work: hours each day's work may take; default 24."),
  selfHostNetworkRoundTripSeconds: nonNegative
    .optional()
    .describe(
      'Users’ round trip to the self-hosted servers; default: the API’s for cloud and colocation, 1 ms (LAN) on premises and on a desk.',
    ),
});

const procurementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cloud'),
    pricing: z.enum(['on-demand', 'reserved', 'spot']).default('on-demand'),
    usdPerGpuHour: nonNegative,
    reservedDiscount: share.default(0.35),
    spotDiscount: share.default(0.55),
    spotAvailability: share.optional(),
    autoscale: z.boolean().optional(),
    minReplicas: nonNegative.optional(),
    coldStartSeconds: nonNegative.optional(),
  }),
  z.strictObject({
    kind: z.literal('owned'),
    capexUsdPerGpu: nonNegative,
    // The page's defaults, from the catalog (docs/methods.md §7.3): one default everywhere.
    amortisationMonths: num
      .positive()
      .default(OWNED_DEFAULTS.amortisationMonths),
    residualShare: share.default(OWNED_DEFAULTS.residualShare),
    costOfCapitalAnnual: nonNegative.default(
      OWNED_DEFAULTS.costOfCapitalAnnual,
    ),
    electricityUsdPerKwh: nonNegative.default(
      OWNED_DEFAULTS.electricityUsdPerKwh,
    ),
    pue: num.min(1).default(OWNED_DEFAULTS.pue),
    hostingUsdPerKwMonth: nonNegative.default(
      OWNED_DEFAULTS.hostingUsdPerKwMonth,
    ),
    hosting: z
      .enum(['colo', 'onprem'])
      .optional()
      .describe(
        "'onprem' = your own premises: power × PUE, no colocation rent; default 'colo'.",
      ),
    powerIncludedInHosting: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('desk'),
    capexUsdPerDevice: nonNegative,
    amortisationMonths: num
      .positive()
      .default(OWNED_DEFAULTS.amortisationMonths),
    residualShare: share.default(OWNED_DEFAULTS.residualShare),
    // The page's desk electricity price (was $0.15 here, $0.12 on the page; issue 11).
    electricityUsdPerKwh: nonNegative.default(
      OWNED_DEFAULTS.electricityUsdPerKwh,
    ),
  }),
]);

const opsSchema = z.strictObject({
  fteShare: nonNegative.default(0.25),
  usdPerFteMonth: nonNegative.default(20_000),
  monitoringUsdPerMonth: nonNegative.default(200),
  networkingAndStorageUsdPerMonth: nonNegative.default(150),
  fineTuningUsdPerMonth: nonNegative.default(0),
  fteSharePerGpu: nonNegative
    .optional()
    .describe(
      'Operations time added per GPU of the fleet, FTE (docs/methods.md §19.1); absent = 0. The page uses 1/640 rented, 1/240 owned.',
    ),
  onCallFteShare: nonNegative
    .optional()
    .describe(
      'On-call standby for a production service, FTE (docs/methods.md §19.1); absent = 0. The page uses 0.32 for rented and racked interactive options, 0 for batch work (nobody is paged for a job with an hours-long deadline) and on a desk.',
    ),
});

const apiOptionSchema = z.strictObject({
  id: z.string().min(1),
  apiModelId: z
    .string()
    .min(1)
    .describe('A catalog API model id (`crossover catalog --kind api`).'),
  usdPerMillionInputTokensOverride: nonNegative.optional(),
  usdPerMillionOutputTokensOverride: nonNegative.optional(),
  useBatch: z.boolean().default(false),
  reasoningEffort: reasoningEffortSchema
    .optional()
    .describe("Reasoning effort asked for; default the provider's (§17.1)."),
  reasoningTokensPerRequest: nonNegative
    .optional()
    .describe(
      'Hidden reasoning tokens per request of this option, overriding every default.',
    ),
  rateLimitTier: z
    .string()
    .optional()
    .describe(
      'Rate-limit tier by name ("Tier 3"); default: the tier the monthly spend reaches (§17.4).',
    ),
});

const selfHostOptionSchema = z.strictObject({
  id: z.string().min(1),
  openModelId: z
    .string()
    .min(1)
    .describe('`crossover catalog --kind open-model`'),
  quantId: z.string().min(1).describe('`crossover catalog --kind quant`'),
  engineId: z.string().min(1).describe('`crossover catalog --kind engine`'),
  hardwareId: z.string().min(1).describe('`crossover catalog --kind hardware`'),
  gpusPerReplica: z
    .union([num.int().positive(), z.literal('auto')])
    .default('auto'),
  // ADR-27, docs/methods.md §20.9: absent = the engine's default for the quant, as on the page.
  kvCachePrecision: z
    .enum(['default', ...kvCachePrecisionSchema.options])
    .default('default')
    .describe(
      "KV-cache precision: 'default' = what the engine does unless told (FP8 for an FP8 checkpoint on vLLM-class engines, else 16-bit); otherwise one the engine offers (`crossover catalog --kind engine`).",
    ),
  kvCacheBytesPerValue: num
    .positive()
    .optional()
    .describe(
      'Bytes per cached key/value element, instead of kvCachePrecision (not both); default: from kvCachePrecision.',
    ),
  procurement: procurementSchema,
  ops: opsSchema.default(opsSchema.parse({})),
  extraReplicas: nonNegative.default(1),
  targetUtilisation: num.gt(0).max(1).default(0.75),
  maxServingReplicas: num.int().positive().optional(),
  maxConcurrentSequences: num
    .int()
    .positive()
    .max(65536)
    .optional()
    .describe(
      "The engine's batch cap (vLLM --max-num-seqs, SGLang --max-running-requests, llama.cpp --parallel); default: the engine's own (`crossover catalog --kind engine`).",
    ),
  prefixCaching: z
    .boolean()
    .optional()
    .describe(
      "Reuse a shared prompt prefix's KV cache; default: as the engine ships it.",
    ),
});

export const scenarioFileSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe('Where editors find this schema; ignored.'),
    workload: workloadSchema,
    apiOptions: z.array(apiOptionSchema).default([]),
    selfHostOptions: z.array(selfHostOptionSchema).default([]),
    privacyRuleIds: z
      .array(z.string())
      .default([])
      .describe(
        'Ticked privacy requirements (`crossover catalog --kind privacy`).',
      ),
    volumeRange: z
      .strictObject({
        minTokensPerMonth: num.positive(),
        maxTokensPerMonth: num.positive(),
      })
      .default({ minTokensPerMonth: 1e6, maxTokensPerMonth: 1e12 }),
    hybrid: z
      .strictObject({
        tieredLocalShare: share.optional(),
        fallbackEscalationShare: share.optional(),
        sensitiveShare: share.optional(),
        devShare: share.optional(),
        apiOptionId: z.string().optional(),
        selfHostOptionId: z.string().optional(),
        devSelfHostOptionId: z.string().optional(),
        spillLocalReplicas: num.int().positive().optional(),
        routingUsdPerRequest: nonNegative.optional(),
      })
      .optional(),
    sameModelHosted: z.enum(['compare', 'off']).default('compare'),
    qualityFloorIndex: num
      .min(0)
      .max(100)
      .nullable()
      .default(null)
      .describe('Quality floor, Artificial Analysis index points; null = off.'),
  })
  .describe(
    'A Crossover scenario for `crossover evaluate <file.json>` (docs/methods.md §2 for the defaults).',
  );

/** What a file parses to: an engine `Scenario` once undefined keys are dropped. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/**
 * The engine's scenario: undefined keys removed (exactOptionalPropertyTypes)
 * and each self-hosted option's KV precision resolved to bytes per value with
 * the page's own function (kvCacheBytesPerValueFor), so a file and a link of
 * the same option give the same figures. An unknown id falls back to 2 bytes;
 * `unknownIds` reports it before anything is evaluated.
 */
export function scenarioFrom(file: ScenarioFile, catalog: Catalog): Scenario {
  const scenario: Partial<ScenarioFile> = { ...file };
  delete scenario.$schema;
  const selfHostOptions = file.selfHostOptions.map(
    ({ kvCachePrecision, ...o }) => {
      const engine = catalog.byId.engines[o.engineId];
      const quant = catalog.byId.quants[o.quantId];
      const hardware = catalog.byId.hardware[o.hardwareId];
      const resolved =
        engine && quant
          ? kvCacheBytesPerValueFor(engine, quant, hardware, kvCachePrecision)
          : 2;
      return { ...o, kvCacheBytesPerValue: o.kvCacheBytesPerValue ?? resolved };
    },
  );
  return JSON.parse(
    JSON.stringify({ ...scenario, selfHostOptions }),
  ) as Scenario;
}

/**
 * KV-precision problems of a file's self-hosted options: both a precision and
 * bytes given, or a precision the engine does not offer on that hardware.
 */
export function kvPrecisionProblems(
  file: ScenarioFile,
  catalog: Catalog,
): string[] {
  return file.selfHostOptions.flatMap((o) => {
    const at = `selfHostOptions "${o.id}"`;
    if (o.kvCachePrecision === 'default') return [];
    if (o.kvCacheBytesPerValue !== undefined)
      return [`${at}: give kvCachePrecision or kvCacheBytesPerValue, not both`];
    const engine = catalog.byId.engines[o.engineId];
    if (!engine) return [];
    const offered = kvCacheChoicesFor(
      engine,
      catalog.byId.hardware[o.hardwareId],
    ).map((c) => c.precision);
    return offered.includes(o.kvCachePrecision)
      ? []
      : [
          `${at}: ${engine.name} cannot keep its KV cache in ${o.kvCachePrecision} on ${o.hardwareId} (offers: default${offered.map((p) => `, ${p}`).join('')})`,
        ];
  });
}

/** The JSON Schema of the file as written (inputs, so defaults are optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    title: 'Crossover scenario',
    ...z.toJSONSchema(scenarioFileSchema, {
      io: 'input',
      target: 'draft-2020-12',
    }),
  };
}
