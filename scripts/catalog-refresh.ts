/**
 * `npm run catalog:refresh -- <file> [--format litellm|openrouter]
 *   [--as-of YYYY-MM-DD] [--write] [--verbose]`
 *
 * Reads an ecosystem price file (LiteLLM's model_prices_and_context_window.json
 * or OpenRouter's /api/v1/models response), compares it with the curated API
 * prices and prints what changed, what the file adds, what it no longer lists,
 * every conflict and every skipped entry. With --write, applies the changed
 * prices to src/catalog/data/api-models.ts and bumps CATALOG_VERSION; review
 * the diff and run the catalog tests before committing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  apiModelSchema,
  catalog,
  type ApiModel,
  type FilePrice,
  type RecordedPriceConflict,
} from '../src/catalog/index.ts';
import {
  applyPriceUpdates,
  importLitellm,
  importOpenrouter,
  type ImportResult,
  type PriceChange,
  type PriceUpdate,
} from '../src/catalog/import/index.ts';

const USAGE =
  'usage: npm run catalog:refresh -- <file> [--format litellm|openrouter] [--as-of YYYY-MM-DD] [--write] [--verbose]';
/** The data files that hold API models: the labs' and platforms' models, and the hosts of open models. */
const DATA_FILES = ['api-models.ts', 'hosted-open-models.ts'].map((name) =>
  fileURLToPath(new URL(`../src/catalog/data/${name}`, import.meta.url)),
);
const INDEX_FILE = fileURLToPath(
  new URL('../src/catalog/index.ts', import.meta.url),
);

type Options = {
  file: string;
  format?: 'litellm' | 'openrouter';
  asOf?: string;
  write: boolean;
  verbose: boolean;
};

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined;
  const options: Omit<Options, 'file'> = { write: false, verbose: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--write') options.write = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--format') {
      const v = args[++i];
      if (v !== 'litellm' && v !== 'openrouter')
        return 'catalog:refresh: --format must be litellm or openrouter';
      options.format = v;
    } else if (arg === '--as-of') {
      const v = args[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        return 'catalog:refresh: --as-of needs a date YYYY-MM-DD';
      options.asOf = v;
    } else if (arg.startsWith('-'))
      return `catalog:refresh: unknown option "${arg}"`;
    else if (file) return `catalog:refresh: one file only (got "${arg}")`;
    else file = arg;
  }
  if (!file) return `catalog:refresh: missing <file>\n${USAGE}`;
  return { file, ...options };
}

/** The date in a file name such as models-2026-08-01.json, if any. */
function dateInName(path: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1];
}

function importFile(options: Options): ImportResult {
  const json: unknown = JSON.parse(readFileSync(options.file, 'utf8'));
  const format =
    options.format ??
    (json &&
    typeof json === 'object' &&
    Array.isArray((json as { data?: unknown }).data)
      ? 'openrouter'
      : 'litellm');
  const sourceLabel = `${format === 'litellm' ? 'LiteLLM' : 'OpenRouter'} file ${basename(options.file)}`;
  if (format === 'openrouter') {
    const asOf = options.asOf ?? dateInName(options.file);
    return importOpenrouter(json, {
      ...(asOf ? { asOf } : {}),
      sourceLabel: `${sourceLabel} (as of ${asOf ?? '?'})`,
    });
  }
  const result = importLitellm(
    json,
    options.asOf ? { asOf: options.asOf } : {},
  );
  return { ...result, sourceLabel: `${sourceLabel} (as of ${result.asOf})` };
}

const fmt = (x: number | undefined): string =>
  x === undefined ? '–' : `$${x}`;

const side = (p: FilePrice): string =>
  `$${p.usdPerMillionInputTokens} / $${p.usdPerMillionOutputTokens}${p.usdPerMillionCachedInputTokens === undefined ? '' : ` / cached $${p.usdPerMillionCachedInputTokens}`}`;

/** "gpt-5-6-terra: LiteLLM $2.5 / $15 … vs OpenRouter $1 / $6 … per 1M (in / out) — using LiteLLM's: why". */
function conflictLine(id: string, c: RecordedPriceConflict): string {
  const chosen = c.chosen === 'litellm' ? 'LiteLLM' : 'OpenRouter';
  return `${id}: LiteLLM ${side(c.litellm)} vs OpenRouter ${side(c.openrouter)} per 1M (in / out) — using ${chosen}'s: ${c.why}`;
}

function report(
  result: ImportResult,
  update: PriceUpdate,
  verbose: boolean,
): string {
  const { changed, added, removed } = update.changes;
  const out: string[] = [];
  out.push(
    `${result.sourceLabel}: ${Object.keys(result.prices).length} usable entries, ${result.skipped.length} skipped, ${result.warnings.length} warnings`,
    `catalog: ${update.unchanged.length} unchanged, ${changed.length} changed, ${removed.length} removed, ${added.length} added, ${update.conflicts.length} conflicts`,
    '',
    `changed (${changed.length}):`,
  );
  for (const c of changed) {
    const fields = c.fields
      .map((f) => `${f.field} ${fmt(f.from)} → ${fmt(f.to)}`)
      .join('; ');
    out.push(`  ${c.id} [${c.key}]: ${fields}`);
  }
  out.push('', `conflicts (${update.conflicts.length}):`);
  for (const c of update.conflicts) out.push(`  ${c.id}: ${c.message}`);
  out.push(
    '',
    `price conflicts recorded in the catalog — LiteLLM and OpenRouter disagree; kept as recorded (${update.knownConflicts.length}):`,
  );
  for (const k of update.knownConflicts)
    out.push(`  ${conflictLine(k.id, k.conflict)}`);
  const unseen = catalog.apiModels.filter(
    (m) => m.priceConflict && !update.knownConflicts.some((k) => k.id === m.id),
  );
  if (unseen.length > 0) {
    out.push(
      '  also recorded (this file confirms the chosen price or does not list the model):',
    );
    for (const m of unseen)
      out.push(`    ${conflictLine(m.id, m.priceConflict!)}`);
  }
  out.push(
    '',
    `removed — mapped key(s) absent from the file; kept unchanged (${removed.length}):`,
  );
  for (const r of removed) out.push(`  ${r.id} [${r.keys.join(', ')}]`);
  out.push(
    '',
    `added — first-party entries no catalog model maps to (${added.length}):`,
  );
  for (const a of added)
    out.push(
      `  ${a.key} (${a.fileProvider}, ${a.mode}): in ${fmt(a.usdPerMillionInputTokens)} / out ${fmt(a.usdPerMillionOutputTokens)} per 1M`,
    );
  const byReason = new Map<string, string[]>();
  for (const s of result.skipped) {
    const list = byReason.get(s.reason) ?? [];
    list.push(s.key);
    byReason.set(s.reason, list);
  }
  out.push('', `skipped (${result.skipped.length}):`);
  for (const [reason, keys] of [...byReason].sort(
    (a, b) => b[1].length - a[1].length,
  )) {
    out.push(`  ${keys.length} × ${reason}`);
    if (verbose || keys.length <= 5) out.push(`    ${keys.join(', ')}`);
  }
  out.push('', `warnings (${result.warnings.length}):`);
  for (const w of verbose ? result.warnings : result.warnings.slice(0, 10))
    out.push(`  ${w.key}: ${w.reason}`);
  if (!verbose && result.warnings.length > 10)
    out.push(`  … ${result.warnings.length - 10} more (use --verbose)`);
  return out.join('\n');
}

/** The text span of one model's object literal in its data file. */
function blockOf(text: string, id: string): [number, number] {
  const start = text.indexOf(`    id: '${id}',`);
  if (start < 0) throw new Error(`no API model entry with id '${id}'`);
  const open = text.lastIndexOf('\n  {', start);
  const close = text.indexOf('\n  },', start);
  return [open, close];
}

function setScalar(block: string, field: string, value: number): string {
  const re = new RegExp(`^    ${field}: [^,\\n]+,$`, 'm');
  if (re.test(block)) return block.replace(re, `    ${field}: ${value},`);
  return block.replace(
    /^( {4}usdPerMillionOutputTokens: [^,\n]+,)$/m,
    `$1\n    ${field}: ${value},`,
  );
}

function setLongContext(block: string, field: string, value: number): string {
  return block.replace(/( {4}longContext: \{[\s\S]*?\n {4}\},)/, (lc) =>
    lc.replace(new RegExp(`^( {6}${field}: )[^,\\n]+,$`, 'm'), `$1${value},`),
  );
}

function applyToSource(
  text: string,
  changes: PriceChange[],
  models: readonly ApiModel[],
  asOf: string,
): string {
  let out = text;
  for (const change of changes) {
    const model = models.find((m) => m.id === change.id) as ApiModel;
    const [a, b] = blockOf(out, change.id);
    let block = out.slice(a, b);
    for (const f of change.fields) {
      if (f.to === undefined) continue;
      if (f.field.startsWith('longContext.'))
        block = setLongContext(
          block,
          f.field.slice('longContext.'.length),
          model.longContext?.[
            f.field.slice('longContext.'.length) as 'usdPerMillionInputTokens'
          ] ?? f.to,
        );
      else
        block = setScalar(
          block,
          f.field,
          (model as Record<string, unknown>)[f.field] as number,
        );
    }
    block = block.replace(/^ {4}asOf: '[^']*',$/m, `    asOf: '${asOf}',`);
    block = block.replace(
      /^ {4}source:\s*(['`])(?:\\.|(?!\1)[\s\S])*\1,$/m,
      `    source: ${JSON.stringify(model.source)},`,
    );
    out = out.slice(0, a) + block + out.slice(b);
  }
  return out;
}

function main(args: readonly string[]): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  let result: ImportResult;
  try {
    result = importFile(options);
  } catch (error) {
    process.stderr.write(
      `catalog:refresh: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const update = applyPriceUpdates(catalog.apiModels, result);
  process.stdout.write(`${report(result, update, options.verbose)}\n`);
  if (!options.write || update.changes.changed.length === 0) {
    if (options.write) process.stdout.write('\nnothing to write.\n');
    else if (update.changes.changed.length > 0)
      process.stdout.write(
        '\ndry run: re-run with --write to apply the changed prices.\n',
      );
    return 0;
  }
  for (const m of update.models) apiModelSchema.parse(m);
  const texts = DATA_FILES.map((file) => readFileSync(file, 'utf8'));
  const fileOf = (id: string) =>
    texts.findIndex((t) => t.includes(`    id: '${id}',`));
  const missing = update.changes.changed.filter((c) => fileOf(c.id) < 0);
  if (missing.length > 0) {
    process.stderr.write(
      `catalog:refresh: no entry in the data files for ${missing.map((c) => c.id).join(', ')}\n`,
    );
    return 1;
  }
  DATA_FILES.forEach((file, i) => {
    const changes = update.changes.changed.filter((c) => fileOf(c.id) === i);
    if (changes.length > 0)
      writeFileSync(
        file,
        applyToSource(texts[i]!, changes, update.models, result.asOf),
      );
  });
  const today = new Date().toISOString().slice(0, 10);
  const index = readFileSync(INDEX_FILE, 'utf8').replace(
    /export const CATALOG_VERSION = '[^']*';/,
    `export const CATALOG_VERSION = '${today}';`,
  );
  writeFileSync(INDEX_FILE, index);
  execFileSync('npx', ['prettier', '--write', ...DATA_FILES, INDEX_FILE], {
    stdio: 'ignore',
  });
  process.stdout.write(
    `\nwrote ${update.changes.changed.length} price change(s) to src/catalog/data/ and set CATALOG_VERSION to ${today}.\nReview the diff and run: npx vitest run --project unit tests/unit/catalog\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
