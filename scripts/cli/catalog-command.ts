/**
 * `npm run cli -- catalog [--kind <kind>] [--json]` — prints the validated
 * catalog: a table per kind, or JSON with every field, source and as-of date.
 */
import {
  CATALOG_VERSION,
  catalog,
  type Catalog,
} from '../../src/catalog/index.ts';

const KINDS = {
  api: 'apiModels',
  provider: 'providers',
  'open-model': 'openModels',
  quant: 'quants',
  hardware: 'hardware',
  cloud: 'cloudOffers',
  engine: 'engines',
  privacy: 'privacyRules',
  hybrid: 'hybridPatterns',
} as const satisfies Record<string, keyof Catalog>;
type Kind = keyof typeof KINDS;

const USAGE = `usage: npm run cli -- catalog [--kind ${Object.keys(KINDS).join('|')}] [--json]`;

type Options = { kind?: Kind; json: boolean; help: boolean };

function isKind(value: string): value is Kind {
  return Object.hasOwn(KINDS, value);
}

/** Parses the arguments; returns an error message for anything unknown. */
export function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { json: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--kind' || arg.startsWith('--kind=')) {
      const value = arg === '--kind' ? args[++i] : arg.slice('--kind='.length);
      if (!value) return 'catalog: --kind needs a value';
      if (!isKind(value))
        return `catalog: unknown kind "${value}" (expected ${Object.keys(KINDS).join(', ')})`;
      if (options.kind && options.kind !== value)
        return 'catalog: --kind given twice';
      options.kind = value;
    } else return `catalog: unknown argument "${arg}"`;
  }
  return options;
}

const num = (x: number | undefined, digits = 3): string =>
  x === undefined ? '–' : String(Number(x.toFixed(digits)));
const yes = (b: boolean): string => (b ? 'yes' : 'no');
const billions = (x: number): string => num(x / 1e9, 2);

type Row = readonly string[];
type Table = { header: Row; rows: Row[] };

function tableFor(kind: Kind): Table {
  switch (kind) {
    case 'api':
      return {
        header: [
          'id',
          'provider',
          'mode',
          'tier',
          'in $/M',
          'out $/M',
          'cached $/M',
          'batch ×',
          'region ×',
          'context',
          'AA index',
          'as of',
        ],
        rows: catalog.apiModels.map((m) => [
          m.id,
          m.providerId,
          m.mode,
          m.qualityTier,
          num(m.usdPerMillionInputTokens, 4),
          num(m.usdPerMillionOutputTokens, 4),
          num(m.usdPerMillionCachedInputTokens, 4),
          num(m.batchMultiplier),
          num(m.regionalMultiplier),
          String(m.contextWindowTokens),
          num(m.qualityIndex, 1),
          m.asOf,
        ]),
      };
    case 'provider':
      return {
        header: [
          'id',
          'name',
          'kind',
          'retention',
          'trains by default',
          'SOC 2',
          'HIPAA BAA',
          'EU residency',
          'as of',
        ],
        rows: catalog.providers.map((p) => [
          p.id,
          p.name,
          p.kind,
          p.privacy.retentionSummary,
          yes(p.privacy.trainsOnApiDataByDefault),
          yes(p.privacy.soc2),
          yes(p.privacy.hipaaBaa),
          yes(p.privacy.euDataResidency),
          p.asOf,
        ]),
      };
    case 'open-model':
      return {
        header: [
          'id',
          'mode',
          'tier',
          'params B',
          'active B',
          'layers',
          'heads/kv',
          'head dim',
          'attention',
          'context',
          'licence',
          'ollama',
        ],
        rows: catalog.openModels.map((m) => [
          m.id,
          m.mode,
          m.qualityTier,
          billions(m.paramsTotal),
          billions(m.paramsActive),
          String(m.layers),
          `${m.attentionHeads}/${m.kvHeads}`,
          String(m.headDim),
          m.attention.kind,
          String(m.maxContextTokens),
          m.licence,
          m.ollamaTag ?? '–',
        ]),
      };
    case 'quant':
      return {
        header: [
          'id',
          'name',
          'bits/weight',
          'unquantised',
          'compute',
          'kernel eff.',
          'engines',
        ],
        rows: catalog.quants.map((q) => [
          q.id,
          q.name,
          num(q.bitsPerWeight),
          q.unquantisedParams,
          q.computeDtype,
          num(q.kernelEfficiency, 2),
          q.engineIds.join(','),
        ]),
      };
    case 'hardware':
      return {
        header: [
          'id',
          'kind',
          'memory GB',
          'GB/s',
          'fp16 TF',
          'fp8 TF',
          'int8 TOPS',
          'TDP W',
          'max/node',
          'price $',
          'as of',
        ],
        rows: catalog.hardware.map((h) => [
          h.id,
          h.kind,
          num(h.memoryGb),
          num(h.memoryBandwidthGbPerSecond, 1),
          num(h.denseTflops.fp16, 1),
          num(h.denseTflops.fp8, 1),
          num(h.denseTflops.int8, 1),
          num(h.tdpWatts),
          String(h.maxPerNode),
          num(h.purchaseUsd),
          h.asOf,
        ]),
      };
    case 'cloud':
      return {
        header: [
          'id',
          'hardware',
          'provider',
          'tier',
          'instance',
          'GPUs',
          '$/GPU-h',
          'reserved 1y $/GPU-h',
          'spot $/GPU-h',
          'as of',
        ],
        rows: catalog.cloudOffers.map((o) => [
          o.id,
          o.hardwareId,
          o.cloudProvider,
          o.tier,
          o.instanceType,
          String(o.gpusPerInstance),
          num(o.usdPerGpuHourOnDemand, 4),
          num(o.usdPerGpuHourReserved1y, 4),
          num(o.usdPerGpuHourSpot, 4),
          o.asOf,
        ]),
      };
    case 'engine':
      return {
        header: [
          'id',
          'batching',
          'max seqs',
          'ηbw dc/cons/apple/cpu',
          'ηpf',
          'mem cap',
          'KV eff.',
          'TP',
          'serve',
        ],
        rows: catalog.engines.map((e) => [
          e.id,
          e.batching,
          String(e.maxConcurrentSequences),
          (['datacenter-gpu', 'consumer-gpu', 'apple', 'cpu'] as const)
            .map((k) => num(e.bandwidthEfficiency[k], 2))
            .join('/'),
          num(
            e.prefillEfficiency['datacenter-gpu'] ?? e.prefillEfficiency.apple,
            2,
          ),
          num(e.memoryUtilisationCap, 2),
          num(e.kvAllocationEfficiency, 2),
          yes(e.tensorParallel),
          e.serveCommandTemplate,
        ]),
      };
    case 'privacy':
      return {
        header: ['id', 'constraint', 'from brief', 'label'],
        rows: catalog.privacyRules.map((r) => [
          r.id,
          r.constraint.kind === 'api-requires'
            ? `api-requires ${r.constraint.requires.join('+')}`
            : r.constraint.kind,
          yes(r.fromBrief),
          r.label,
        ]),
      };
    case 'hybrid':
      return {
        header: ['id', 'name', 'engine input'],
        rows: catalog.hybridPatterns.map((h) => [h.id, h.name, h.controlLabel]),
      };
  }
}

/** Left-aligned columns separated by two spaces. */
export function renderTable({ header, rows }: Table): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (r: Row): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/** Runs the command; returns the exit code (0 ok, 2 bad arguments). */
export function run(args: readonly string[]): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const kinds: Kind[] = options.kind
    ? [options.kind]
    : (Object.keys(KINDS) as Kind[]);
  if (options.json) {
    const out = options.kind
      ? {
          version: CATALOG_VERSION,
          kind: options.kind,
          entries: catalog[KINDS[options.kind]],
        }
      : Object.fromEntries(
          Object.entries(catalog).filter(([key]) => key !== 'byId'),
        );
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const parts = kinds.map((kind) => {
    const table = tableFor(kind);
    return `${kind} (${table.rows.length})\n${renderTable(table)}`;
  });
  process.stdout.write(
    `Crossover catalog ${CATALOG_VERSION}\n\n${parts.join('\n\n')}\n`,
  );
  return 0;
}
