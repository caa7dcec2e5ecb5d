/**
 * `npm run cli -- estimate --model <id> --hardware <id> --quant <id>
 * --engine <id> [--gpus N] [--batch N] [--prompt-tokens N]
 * [--output-tokens N] [--kv-bytes N] [--json]
 * [--hardware-spec <file.json>] [--model-spec <file.json>]`
 *
 * `npm run cli -- estimate --batch <requests.jsonl> [spec flags]` reads one
 * request per line (the same fields in camelCase: model, hardware, quant,
 * engine, gpus, batch, promptTokens, outputTokens, kvBytes) and prints one
 * JSON result per line, in order; a bad line prints `{"error": …}`.
 *
 * `--batch` with a positive integer is the decode batch (concurrent
 * sequences); with anything else it is a requests file.
 *
 * Spec files hold a hardware entry or an open model that is not in the
 * catalog (or an array of them), validated with the catalog's own schemas;
 * missing `source`/`asOf` are filled with the file name and today's date.
 *
 * Exit codes: 0 ok, 2 bad arguments (one line on stderr), 1 unexpected failure.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  catalog,
  hardwareSchema,
  openModelSchema,
  type Hardware,
  type OpenModel,
} from '../../src/catalog';
import {
  estimatePerformance,
  type PerformanceEstimateReport,
} from '../../src/engine';
import { unknownIdProblem, type IdKind } from './nearest-ids';

const usage = `usage: npm run cli -- estimate --model <id> --hardware <id> --quant <id> --engine <id>
          [--gpus N] [--batch N] [--prompt-tokens N] [--output-tokens N] [--kv-bytes N] [--json]
          [--hardware-spec <file.json>] [--model-spec <file.json>]
       npm run cli -- estimate --batch <requests.jsonl> [--hardware-spec <file.json>] [--model-spec <file.json>]`;

class UsageError extends Error {}

type Request = {
  model?: string;
  hardware?: string;
  quant?: string;
  engine?: string;
  gpus?: number;
  batch?: number;
  promptTokens?: number;
  outputTokens?: number;
  kvBytes?: number;
};

const requestSchema = z.strictObject({
  model: z.string().min(1).optional(),
  hardware: z.string().min(1).optional(),
  quant: z.string().min(1),
  engine: z.string().min(1),
  gpus: z.number().int().positive().optional(),
  batch: z.number().int().positive().optional(),
  promptTokens: z.number().int().nonnegative().optional(),
  outputTokens: z.number().int().nonnegative().optional(),
  kvBytes: z.number().positive().optional(),
});

type Extra = { hardware: Hardware[]; models: OpenModel[] };

async function loadSpecs(
  file: string,
  schema: typeof hardwareSchema | typeof openModelSchema,
  what: string,
): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${what} spec "${file}"`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`${what} spec "${file}" is not JSON`);
  }
  const entries = Array.isArray(raw) ? raw : [raw];
  const today = new Date().toISOString().slice(0, 10);
  return entries.map((entry, i) => {
    const filled =
      entry && typeof entry === 'object'
        ? { source: `user file ${file}`, asOf: today, ...entry }
        : entry;
    const parsed = schema.safeParse(filled);
    if (!parsed.success) {
      const where = entries.length > 1 ? `[${i}]` : '';
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
      throw new UsageError(`${what} spec "${file}"${where}: ${problems}`);
    }
    return parsed.data;
  });
}

function resolve(req: Request, extra: Extra) {
  const modelId =
    req.model ?? (extra.models.length === 1 ? extra.models[0]!.id : undefined);
  const hardwareId =
    req.hardware ??
    (extra.hardware.length === 1 ? extra.hardware[0]!.id : undefined);
  if (!modelId)
    throw new UsageError('missing --model <id> (or --model-spec <file>)');
  if (!hardwareId)
    throw new UsageError('missing --hardware <id> (or --hardware-spec <file>)');
  if (!req.quant) throw new UsageError('missing --quant <id>');
  if (!req.engine) throw new UsageError('missing --engine <id>');
  const model =
    extra.models.find((m) => m.id === modelId) ??
    catalog.byId.openModels[modelId];
  const hardware =
    extra.hardware.find((h) => h.id === hardwareId) ??
    catalog.byId.hardware[hardwareId];
  const quant = catalog.byId.quants[req.quant];
  const engine = catalog.byId.engines[req.engine];
  const unknown = (kind: IdKind, id: string, extraIds: string[] = []) =>
    new UsageError(
      `${unknownIdProblem(kind, id, catalog) ?? `unknown ${kind} "${id}"`}${extraIds.length > 0 ? ` (spec files: ${extraIds.join(', ')})` : ''}`,
    );
  if (!model)
    throw unknown(
      'open model',
      modelId,
      extra.models.map((m) => m.id),
    );
  if (!hardware)
    throw unknown(
      'hardware',
      hardwareId,
      extra.hardware.map((h) => h.id),
    );
  if (!quant) throw unknown('quant', req.quant);
  if (!engine) throw unknown('engine', req.engine);
  return { model, hardware, quant, engine };
}

function estimate(req: Request, extra: Extra) {
  const { model, hardware, quant, engine } = resolve(req, extra);
  const report: PerformanceEstimateReport = estimatePerformance({
    model,
    quant,
    hardware,
    engine,
    ...(req.gpus === undefined ? {} : { gpus: req.gpus }),
    ...(req.batch === undefined ? {} : { batch: req.batch }),
    ...(req.promptTokens === undefined
      ? {}
      : { promptTokens: req.promptTokens }),
    ...(req.outputTokens === undefined
      ? {}
      : { outputTokens: req.outputTokens }),
    ...(req.kvBytes === undefined ? {} : { kvBytesPerValue: req.kvBytes }),
  });
  const warnings: string[] = [];
  if (!engine.hardwareKinds.includes(hardware.kind))
    warnings.push(`engine ${engine.id} does not run on ${hardware.kind}`);
  if (!quant.engineIds.includes(engine.id))
    warnings.push(`engine ${engine.id} does not serve ${quant.id}`);
  if (report.gpus > hardware.maxPerNode)
    warnings.push(
      `${report.gpus} devices exceed one node (${hardware.maxPerNode}); multi-node is not modelled`,
    );
  return {
    model: model.id,
    hardware: hardware.id,
    quant: quant.id,
    engine: engine.id,
    ...report,
    warnings,
  };
}

function fixed(n: number, digits: number): string {
  return n.toFixed(digits);
}

function human(r: ReturnType<typeof estimate>): string {
  const m = r.memory;
  return [
    `${r.model} · ${r.quant} on ${r.gpus}× ${r.hardware} with ${r.engine}`,
    `  prompt ${r.promptTokens} tokens, output ${r.outputTokens} tokens, batch ${r.batch}`,
    `  decode, per sequence     ${fixed(r.decodeTokensPerSecond, 1)} tokens/s (${fixed(r.timePerOutputTokenSeconds * 1000, 2)} ms/token, ${r.decodeBound}-bound)`,
    `  decode, all sequences    ${fixed(r.aggregateDecodeTokensPerSecond, 1)} tokens/s`,
    `  prefill                  ${fixed(r.prefillTokensPerSecond, 0)} tokens/s`,
    `  time to first token      ${fixed(r.timeToFirstTokenSeconds, 3)} s`,
    `  end to end               ${fixed(r.endToEndSeconds, 2)} s`,
    `  memory                   ${fixed(m.totalGB, 2)} GB (weights ${fixed(m.weightsGB, 2)} + KV ${fixed(m.kvCacheGB, 2)}) of ${fixed(m.availableGB, 1)} GB usable: ${m.fits ? 'fits' : 'DOES NOT FIT'}`,
    `  max concurrent sequences ${m.maxConcurrentSequences}`,
    ...r.warnings.map((w) => `  warning: ${w}`),
  ].join('\n');
}

function parseCount(
  flag: string,
  raw: string | undefined,
  min: number,
): number {
  if (raw === undefined) throw new UsageError(`${flag} needs a value`);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

async function runBatch(file: string, extra: Extra): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read requests file "${file}"`);
  }
  const lines = text.split('\n');
  let lineNo = 0;
  for (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let out: unknown;
    try {
      const parsed = requestSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new UsageError(
          parsed.error.issues
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; '),
        );
      out = estimate(parsed.data as Request, extra);
    } catch (error) {
      out = {
        error: error instanceof Error ? error.message : String(error),
        line: lineNo,
      };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return 0;
}

export async function run(args: readonly string[]): Promise<number> {
  try {
    const req: Request = {};
    const extra: Extra = { hardware: [], models: [] };
    let json = false;
    let batchFile: string | undefined;
    const ids: Record<string, 'model' | 'hardware' | 'quant' | 'engine'> = {
      '--model': 'model',
      '--hardware': 'hardware',
      '--quant': 'quant',
      '--engine': 'engine',
    };
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const value = () => {
        const v = args[++i];
        if (v === undefined || v.startsWith('--'))
          throw new UsageError(`${a} needs a value`);
        return v;
      };
      if (a === '--help' || a === '-h') {
        process.stdout.write(`${usage}\n`);
        return 0;
      } else if (a === '--json') json = true;
      else if (ids[a]) req[ids[a]] = value();
      else if (a === '--gpus') req.gpus = parseCount(a, value(), 1);
      else if (a === '--prompt-tokens')
        req.promptTokens = parseCount(a, value(), 0);
      else if (a === '--output-tokens')
        req.outputTokens = parseCount(a, value(), 0);
      else if (a === '--kv-bytes') {
        const v = Number(value());
        if (!(v > 0))
          throw new UsageError('--kv-bytes must be a positive number');
        req.kvBytes = v;
      } else if (a === '--batch') {
        const v = value();
        if (/^\d+$/.test(v)) req.batch = parseCount(a, v, 1);
        else batchFile = v;
      } else if (a === '--hardware-spec')
        extra.hardware.push(
          ...((await loadSpecs(
            value(),
            hardwareSchema,
            'hardware',
          )) as Hardware[]),
        );
      else if (a === '--model-spec')
        extra.models.push(
          ...((await loadSpecs(
            value(),
            openModelSchema,
            'model',
          )) as OpenModel[]),
        );
      else throw new UsageError(`unknown option "${a}"`);
    }
    if (batchFile !== undefined) return await runBatch(batchFile, extra);
    const result = estimate(req, extra);
    process.stdout.write(
      json ? `${JSON.stringify(result, null, 2)}\n` : `${human(result)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`crossover estimate: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
