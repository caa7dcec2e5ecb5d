/**
 * `npm run cli -- evaluate <scenario.json> [--sensitivity] [--monte-carlo N]
 * [--seed S] [--curve-samples N] [--compact]`
 *
 * Reads a scenario file, validates it at the boundary (zod shape, then the
 * engine's own validateScenario), and prints the full evaluateScenario result
 * as JSON — the same result the UI shows. Optional fields of the file take the
 * defaults (docs/methods.md §2) listed in `scenarioFileSchema`. As on the
 * page, `sameModelHosted` defaults to 'compare': each self-hosted option's
 * result lists `hostedSameModel`, and the cheapest allowed host of each open
 * model joins the API options as `hosted:<apiModelId>` (see `comparators`);
 * 'off' evaluates the file's own options only.
 *
 * Exit codes: 0 ok, 2 bad arguments or an invalid file (one line on stderr
 * naming the problem), 1 unexpected failure.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { catalog } from '../../src/catalog';
import {
  analyseSensitivity,
  evaluateScenario,
  validateScenario,
  type Scenario,
} from '../../src/engine';

const num = z.number().finite();
const nonNegative = num.nonnegative();
const share = num.min(0).max(1);

const workloadSchema = z.strictObject({
  requestsPerMonth: nonNegative,
  inputTokensPerRequest: nonNegative,
  outputTokensPerRequest: nonNegative,
  reasoningTokensPerRequest: nonNegative.default(0),
  cacheablePrefixTokens: nonNegative.default(0),
  batchableShare: share.default(0),
  peakToAverage: num.min(1).max(24).default(2),
  hourlyProfile: z.array(nonNegative).length(24).optional(),
  tokenizerRatio: num.positive().default(1),
  latencyTargets: z
    .strictObject({
      maxTimeToFirstTokenSeconds: num.positive().optional(),
      minOutputTokensPerSecond: num.positive().optional(),
    })
    .default({}),
  apiNetworkRoundTripSeconds: nonNegative.default(0.05),
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
    amortisationMonths: num.positive().default(36),
    residualShare: share.default(0.2),
    costOfCapitalAnnual: nonNegative.default(0.08),
    electricityUsdPerKwh: nonNegative.default(0.12),
    pue: num.min(1).default(1.4),
    hostingUsdPerKwMonth: nonNegative.default(200),
    hosting: z.enum(['colo', 'onprem']).optional(),
    powerIncludedInHosting: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('desk'),
    capexUsdPerDevice: nonNegative,
    amortisationMonths: num.positive().default(36),
    residualShare: share.default(0.2),
    electricityUsdPerKwh: nonNegative.default(0.15),
  }),
]);

const opsSchema = z.strictObject({
  fteShare: nonNegative.default(0.25),
  usdPerFteMonth: nonNegative.default(20_000),
  monitoringUsdPerMonth: nonNegative.default(200),
  networkingAndStorageUsdPerMonth: nonNegative.default(150),
  fineTuningUsdPerMonth: nonNegative.default(0),
});

/** The scenario file: an engine `Scenario` with the defaults of docs/methods.md §2 for optional fields. */
export const scenarioFileSchema = z.strictObject({
  workload: workloadSchema,
  apiOptions: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        apiModelId: z.string().min(1),
        usdPerMillionInputTokensOverride: nonNegative.optional(),
        usdPerMillionOutputTokensOverride: nonNegative.optional(),
        useBatch: z.boolean().default(false),
      }),
    )
    .default([]),
  selfHostOptions: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        openModelId: z.string().min(1),
        quantId: z.string().min(1),
        engineId: z.string().min(1),
        hardwareId: z.string().min(1),
        gpusPerReplica: z
          .union([num.int().positive(), z.literal('auto')])
          .default('auto'),
        kvCacheBytesPerValue: num.positive().default(2),
        procurement: procurementSchema,
        ops: opsSchema.default(opsSchema.parse({})),
        extraReplicas: nonNegative.default(1),
        targetUtilisation: num.gt(0).max(1).default(0.75),
      }),
    )
    .default([]),
  privacyRuleIds: z.array(z.string()).default([]),
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
});

const usage =
  'usage: npm run cli -- evaluate <scenario.json> [--sensitivity] [--monte-carlo N] [--seed S] [--curve-samples N] [--compact]';

function fail(message: string): number {
  process.stderr.write(`crossover evaluate: ${message}\n`);
  return 2;
}

/** Removes keys whose value is undefined (exactOptionalPropertyTypes). */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function positiveInt(flag: string, raw: string | undefined): number | string {
  if (raw === undefined) return `${flag} needs a value`;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    return `${flag} must be a positive integer, got "${raw}"`;
  return n;
}

export async function run(args: readonly string[]): Promise<number> {
  let file: string | undefined;
  let sensitivity = false;
  let samples: number | undefined;
  let seed = 1;
  let curveSamples: number | undefined;
  let compact = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else if (a === '--sensitivity') sensitivity = true;
    else if (a === '--compact') compact = true;
    else if (
      a === '--monte-carlo' ||
      a === '--seed' ||
      a === '--curve-samples'
    ) {
      const v = positiveInt(a, args[++i]);
      if (typeof v === 'string') return fail(v);
      if (a === '--monte-carlo') {
        samples = v;
        sensitivity = true;
      } else if (a === '--seed') seed = v;
      else curveSamples = v;
    } else if (a.startsWith('-'))
      return fail(`unknown option "${a}"\n${usage}`);
    else if (file === undefined) file = a;
    else return fail(`unexpected argument "${a}" (one scenario file only)`);
  }
  if (file === undefined) return fail(`missing <scenario.json>\n${usage}`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return fail(`cannot read "${file}"`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(
      `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    return fail(`${file}: ${problems}`);
  }
  const scenario = withoutUndefined(parsed.data) as Scenario;
  const problems = validateScenario(scenario);
  if (problems.length > 0)
    return fail(
      `${file}: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`,
    );
  const unknown = [
    ...scenario.apiOptions
      .filter((o) => !catalog.byId.apiModels[o.apiModelId])
      .map((o) => `apiOptions "${o.id}": unknown API model "${o.apiModelId}"`),
    ...scenario.privacyRuleIds
      .filter((id) => !catalog.privacyRules.some((r) => r.id === id))
      .map((id) => `unknown privacy rule "${id}"`),
  ];
  if (unknown.length > 0) return fail(`${file}: ${unknown.join('; ')}`);
  const result = evaluateScenario(
    scenario,
    catalog,
    curveSamples === undefined ? {} : { curveSamples },
  );
  const output = sensitivity
    ? {
        ...result,
        sensitivity: analyseSensitivity(
          scenario,
          catalog,
          samples === undefined ? {} : { monteCarlo: { samples, seed } },
        ),
      }
    : result;
  process.stdout.write(`${JSON.stringify(output, null, compact ? 0 : 2)}\n`);
  return 0;
}
