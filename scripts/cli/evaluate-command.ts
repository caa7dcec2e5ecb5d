/**
 * `crossover evaluate <scenario.json | export.json> [--sensitivity]
 * [--monte-carlo N] [--seed S] [--curve-samples N] [--compact]`
 * `crossover evaluate --link "https://…/?v=1&…" [same options]`
 *
 * Reads a scenario — a scenario file (docs/scenario.schema.json, generated
 * from `scenarioFileSchema`), the page's JSON export, or a share link — and
 * prints the full evaluateScenario result as JSON: the same result the page
 * shows. Optional fields of a scenario file take the defaults of
 * docs/methods.md §2. As on the page, `sameModelHosted` defaults to
 * 'compare'. What a link decoder did not use as written is listed on stderr.
 *
 * Exit codes: 0 ok, 2 bad arguments, an invalid file or an unknown catalog id
 * (one line on stderr naming the problem and the nearest valid ids),
 * 1 unexpected failure.
 */
import { readFile } from 'node:fs/promises';
import {
  catalog,
  loadMeasuredError,
  withMeasuredError,
} from '../../src/catalog';
import { analyseSensitivity, evaluateScenario } from '../../src/engine';
import {
  scenarioFromJson,
  scenarioFromLink,
  type ScenarioInput,
} from './scenario-input';

export { scenarioFileSchema } from './scenario-schema';

const usage = `usage: crossover evaluate <scenario.json | crossover-export.json> [options]
       crossover evaluate --link "https://…/?v=1&…" [options]
options: [--sensitivity] [--monte-carlo N] [--seed S] [--curve-samples N] [--compact]`;

function fail(message: string): number {
  process.stderr.write(`crossover evaluate: ${message}\n`);
  return 2;
}

function positiveInt(flag: string, raw: string | undefined): number | string {
  if (raw === undefined) return `${flag} needs a value`;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    return `${flag} must be a positive integer, got "${raw}"`;
  return n;
}

type Args = {
  file?: string;
  link?: string;
  sensitivity: boolean;
  samples?: number;
  seed: number;
  curveSamples?: number;
  compact: boolean;
  help: boolean;
};

/** The arguments, or a message for the first bad one. */
export function parseArgs(args: readonly string[]): Args | string {
  const out: Args = {
    sensitivity: false,
    seed: 1,
    compact: false,
    help: false,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--sensitivity') out.sensitivity = true;
    else if (a === '--compact') out.compact = true;
    else if (a === '--link' || a.startsWith('--link=')) {
      const v = a === '--link' ? args[++i] : a.slice('--link='.length);
      if (!v)
        return '--link needs a value (quote it: --link "https://…/?v=1&…")';
      out.link = v;
    } else if (
      a === '--monte-carlo' ||
      a === '--seed' ||
      a === '--curve-samples'
    ) {
      const v = positiveInt(a, args[++i]);
      if (typeof v === 'string') return v;
      if (a === '--monte-carlo') {
        out.samples = v;
        out.sensitivity = true;
      } else if (a === '--seed') out.seed = v;
      else out.curveSamples = v;
    } else if (a.startsWith('-')) return `unknown option "${a}"\n${usage}`;
    else if (out.file === undefined) out.file = a;
    else return `unexpected argument "${a}" (one scenario file only)`;
  }
  if (out.file !== undefined && out.link !== undefined)
    return 'give a scenario file or --link, not both';
  return out;
}

async function readInput(args: Args): Promise<ScenarioInput> {
  if (args.link !== undefined) return scenarioFromLink(args.link);
  const file = args.file!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: false, error: `cannot read "${file}"` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return scenarioFromJson(raw, file);
}

export async function run(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(parsed);
  if (parsed.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (parsed.file === undefined && parsed.link === undefined)
    return fail(`missing <scenario.json> or --link\n${usage}`);
  const input = await readInput(parsed);
  if (!input.ok) return fail(input.error);
  for (const note of input.notes)
    process.stderr.write(`crossover evaluate: note: ${note}\n`);
  const { scenario } = input;
  const result = evaluateScenario(
    scenario,
    catalog,
    parsed.curveSamples === undefined
      ? {}
      : { curveSamples: parsed.curveSamples },
  );
  const output = parsed.sensitivity
    ? {
        ...result,
        sensitivity: analyseSensitivity(
          scenario,
          // The efficiencies vary over the measured spread (docs/methods.md §20.11).
          withMeasuredError(catalog, await loadMeasuredError()),
          parsed.samples === undefined
            ? {}
            : { monteCarlo: { samples: parsed.samples, seed: parsed.seed } },
        ),
      }
    : result;
  process.stdout.write(
    `${JSON.stringify(output, null, parsed.compact ? 0 : 2)}\n`,
  );
  return 0;
}
