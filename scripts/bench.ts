/**
 * `npm run bench`: median wall-clock times of the engine's hot paths on the
 * real catalog, against the targets of issue 4 (docs/methods.md §0.1):
 * - one full evaluateScenario with 5 options (2 APIs, 3 self-hosted): ≤ 0.5 ms;
 * - the chart's curves, 200 points × 4 options: ≤ 5 ms;
 * - findCheapestConfiguration over every open model × hardware × quant: ≤ 50 ms.
 * Prints a table; `--json` prints the numbers as JSON.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { catalog } from '../src/catalog';
import {
  apiCostFunction,
  buildCostCurve,
  evaluateScenario,
  evaluateSelfHost,
  findCheapestConfiguration,
  type CurveSeries,
  type OpsCosts,
  type Procurement,
  type Scenario,
  type SelfHostOptionInput,
  type Workload,
} from '../src/engine';

const workload: Workload = {
  requestsPerMonth: 3_000_000,
  inputTokensPerRequest: 1000,
  outputTokensPerRequest: 300,
  reasoningTokensPerRequest: 0,
  cacheablePrefixTokens: 0,
  batchableShare: 0,
  peakToAverage: 2,
  tokenizerRatio: 1,
  latencyTargets: {},
  apiNetworkRoundTripSeconds: 0.05,
};
const ops: OpsCosts = {
  fteShare: 0.25,
  usdPerFteMonth: 20_000,
  monitoringUsdPerMonth: 200,
  networkingAndStorageUsdPerMonth: 150,
  fineTuningUsdPerMonth: 0,
};
const h100: Procurement = {
  kind: 'cloud',
  pricing: 'on-demand',
  usdPerGpuHour: 2.99,
  reservedDiscount: 0.35,
  spotDiscount: 0.55,
};
const self = (
  id: string,
  openModelId: string,
  quantId: string,
  hardwareId: string,
): SelfHostOptionInput => ({
  id,
  openModelId,
  quantId,
  engineId: 'vllm',
  hardwareId,
  gpusPerReplica: 'auto',
  kvCacheBytesPerValue: 2,
  procurement: h100,
  ops,
  extraReplicas: 1,
  targetUtilisation: 0.75,
});

export const benchScenario: Scenario = {
  workload,
  apiOptions: [
    { id: 'api-small', apiModelId: 'gpt-4o-mini', useBatch: false },
    { id: 'api-frontier', apiModelId: 'claude-sonnet-4-5', useBatch: false },
  ],
  selfHostOptions: [
    self('self-8b', 'llama-3.1-8b-instruct', 'fp8', 'h100-sxm-80gb'),
    self('self-70b', 'llama-3.3-70b-instruct', 'fp8', 'h100-sxm-80gb'),
    self('self-32b', 'qwen2.5-32b-instruct', 'awq-int4', 'l40s-48gb'),
  ],
  privacyRuleIds: [],
  volumeRange: { minTokensPerMonth: 1e6, maxTokensPerMonth: 1e11 },
};

/** Median of `runs` timings after `warmup` untimed calls, milliseconds. */
function medianMs(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function main(args: readonly string[]): void {
  const noCurves = { curveSamples: 2 };
  const cachedScenario: Scenario = {
    ...benchScenario,
    workload: {
      ...workload,
      inputTokensPerRequest: 2200,
      cacheablePrefixTokens: 1200,
    },
  };
  const curveSeries: CurveSeries[] = [
    ...benchScenario.apiOptions.map((option) => ({
      id: option.id,
      kind: 'api' as const,
      usdPerMonth: apiCostFunction(
        workload,
        catalog.byId.apiModels[option.apiModelId]!,
        option,
      ),
    })),
    ...benchScenario.selfHostOptions.slice(0, 2).map((option) => ({
      id: option.id,
      kind: 'self-host' as const,
      models: evaluateSelfHost(workload, option, catalog).costModels,
    })),
  ];
  const rows = [
    {
      what: 'evaluateScenario, 5 options (2 API + 3 self-hosted), no chart curves',
      targetMs: 0.5,
      ms: medianMs(
        () => evaluateScenario(benchScenario, catalog, noCurves),
        400,
        100,
      ),
    },
    {
      what: 'evaluateScenario, 5 options, with 200-point curves',
      targetMs: null,
      ms: medianMs(() => evaluateScenario(benchScenario, catalog), 400, 100),
    },
    {
      what: 'evaluateScenario, 5 options, 200-point curves, 1,200-token cached prompt prefix',
      targetMs: null,
      ms: medianMs(() => evaluateScenario(cachedScenario, catalog), 400, 100),
    },
    {
      what: 'buildCostCurve: 200 points × 4 options (2 API + 2 self-hosted)',
      targetMs: 5,
      ms: medianMs(
        () =>
          buildCostCurve(
            curveSeries,
            workload.inputTokensPerRequest + workload.outputTokensPerRequest,
            benchScenario.volumeRange,
            200,
          ),
        400,
        100,
      ),
    },
    {
      what: `findCheapestConfiguration over ${catalog.openModels.length} models × ${catalog.hardware.length} hardware × ${catalog.quants.length} quants`,
      targetMs: 50,
      ms: medianMs(
        () =>
          findCheapestConfiguration(
            { workload, ops, extraReplicas: 1, targetUtilisation: 0.75 },
            catalog,
          ),
        60,
        10,
      ),
    },
  ];
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} CPU cores, median of repeated runs on the real catalog (${catalog.version})\n\n`,
  );
  for (const r of rows) {
    const target =
      r.targetMs === null
        ? ''
        : ` (target ≤ ${r.targetMs} ms${r.ms <= r.targetMs ? ', met' : ', MISSED'})`;
    process.stdout.write(
      `${r.ms.toFixed(3).padStart(9)} ms  ${r.what}${target}\n`,
    );
  }
}

if (process.argv[1]?.endsWith('bench.ts')) main(process.argv.slice(2));
