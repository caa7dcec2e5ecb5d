import type { ZodType } from 'zod';
import { CATALOG_VERSION, RETIRED_IDS, type Catalog } from '../catalog';
import {
  apiOptionFrom,
  MAX_OPTIONS,
  PALETTE_SIZE,
  selfHostOptionFrom,
  type CalculatorInputs,
  type HybridInputs,
  type OptionState,
  type ProcurementChoice,
  type WorkloadInputs,
  type WorkloadPresetId,
} from '../state';
import { cleanName, readNumber, snippet, writeNumber } from './codecs';
import { defaultOptionsFor, defaultScenario, workloadBase } from './defaults';
import {
  FTE_FIELD,
  HYBRID_FIELDS,
  IGNORED_KEY_PATTERN,
  INPUT_KEYS,
  KEY_LABELS,
  META_KEYS,
  SCENARIO_KEY_ORDER,
  SELF_HOST_NUMBERS,
  URL_VERSION,
  VIEW_KEYS,
  WORKLOAD_FIELDS,
  type NumberField,
  type ViewKey,
} from './keys';
import {
  MIGRATIONS,
  migrateParams,
  type Migration,
  type ParamList,
} from './migrations';
import {
  catalogIdSchema,
  catalogVersionSchema,
  colorIndexSchema,
  flagSchema,
  gpusPerReplicaSchema,
  optionHeaderSchema,
  presetCodeSchema,
  procurementCodeSchema,
  reasonOf,
  urlVersionSchema,
} from './params-schema';

/** Why part of a link was not used as written. */
export type UrlIssueKind =
  /** A value that could not be read; the field keeps its default. */
  | 'invalid'
  /** A number outside its range; clamped to the nearest end. */
  | 'out-of-range'
  /** A key this version of Crossover does not know; ignored. */
  | 'unknown-key'
  /** A model, GPU or rule id the catalog does not list; the item was dropped. */
  | 'unknown-id'
  /** A retired id, replaced by its successor. */
  | 'retired-id'
  /** The same option id or rule twice; the repeat was dropped. */
  | 'duplicate'
  /** More options than the calculator compares; the rest were dropped. */
  | 'too-many'
  /** The name was cleaned up or shortened. */
  | 'name-cleaned'
  /** The link was made under an older catalog: today's prices are shown. */
  | 'prices-changed'
  /** The link was made under a newer catalog than this copy has. */
  | 'newer-catalog'
  /** The link was made by a newer Crossover; unknown fields were ignored. */
  | 'newer-version';

/** One thing the decoder did not use as written, and why (shown as plain text). */
export type UrlIssue = {
  readonly key: string;
  readonly kind: UrlIssueKind;
  readonly message: string;
};

/** What a link stands for, plus everything that was ignored or changed. */
export type DecodedLink = {
  readonly inputs: CalculatorInputs;
  /** The scenario's name (`n=`), cleaned; null when absent. */
  readonly name: string | null;
  /** The catalog version the link was made under (`cat=`), if it had a valid one. */
  readonly linkCatalogVersion: string | null;
  /** View parameters (embed=, panels=, …), passed through untouched for src/embed. */
  readonly view: Readonly<Partial<Record<ViewKey, string>>>;
  readonly issues: readonly UrlIssue[];
};

export type DecodeContext = {
  readonly catalog: Catalog;
  /** Today's catalog version; defaults to `CATALOG_VERSION`. */
  readonly catalogVersion?: string;
  /** Old id → successor; defaults to the catalog's `RETIRED_IDS`. */
  readonly retiredIds?: Readonly<Record<string, string>>;
  /** Defaults to `MIGRATIONS` (tests pass synthetic ones). */
  readonly migrations?: Readonly<Record<number, Migration>>;
  /** Defaults to `URL_VERSION`. */
  readonly urlVersion?: number;
};

/** Longer values are refused outright: no real link comes near it. */
const MAX_VALUE_LENGTH = 4000;
/** At most this many unknown keys are listed by name. */
const MAX_UNKNOWN_LISTED = 5;

type Ctx = Required<DecodeContext> & { issues: UrlIssue[] };

function issue(ctx: Ctx, key: string, kind: UrlIssueKind, message: string) {
  ctx.issues.push({ key, kind, message });
}

/** `key=value` in a message, value cut short and quoted. */
function quote(value: string): string {
  return `“${snippet(value)}”`;
}

/** First occurrence of each key, in order; never throws. */
function paramListFrom(search: string | URLSearchParams): ParamList {
  const params =
    typeof search === 'string'
      ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
      : search;
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [k, v] of params) {
    if (seen.has(k)) continue;
    seen.add(k);
    out.push([k, v]);
  }
  return out;
}

/**
 * Resolves a catalog id, following `RETIRED_IDS` to a successor. Unknown ids
 * are refused with a reason; a retired one is replaced and noted.
 */
function resolveId(
  ctx: Ctx,
  key: string,
  raw: string,
  index: Readonly<Record<string, unknown>>,
  what: string,
  consequence: string,
): string | null {
  const parsed = catalogIdSchema.safeParse(raw);
  if (!parsed.success) {
    issue(
      ctx,
      key,
      'invalid',
      `${what} ${quote(raw)} ${reasonOf(parsed.error)}.`,
    );
    return null;
  }
  if (Object.hasOwn(index, raw)) return raw;
  let id = raw;
  for (let hops = 0; hops < 10 && Object.hasOwn(ctx.retiredIds, id); hops++)
    id = ctx.retiredIds[id]!;
  if (id !== raw && Object.hasOwn(index, id)) {
    issue(
      ctx,
      key,
      'retired-id',
      `${what} ${quote(raw)} was retired; using its successor ${quote(id)}.`,
    );
    return id;
  }
  issue(
    ctx,
    key,
    'unknown-id',
    `${what} ${quote(raw)} is not in this catalog (${ctx.catalogVersion}); ${consequence}.`,
  );
  return null;
}

/** "Monthly tokens (tpm=“lots”)": the plain name first, then what the link said. */
function described(key: string, raw: string): string {
  const label = KEY_LABELS[key];
  return label ? `${label} (${key}=${quote(raw)})` : `${key}=${quote(raw)}`;
}

function readField(
  ctx: Ctx,
  field: NumberField,
  raw: string | undefined,
  fallback: number,
  label?: string,
): number {
  if (raw === undefined) return fallback;
  const what = label ? `${label} ${quote(raw)}` : described(field.key, raw);
  const r = readNumber(field.bound, field.format, raw);
  if (!r.ok) {
    issue(
      ctx,
      label ? 'o' : field.key,
      'invalid',
      `${what} ${r.reason}; kept ${writeNumber(field.bound, field.format, fallback)}.`,
    );
    return fallback;
  }
  if (r.note)
    issue(ctx, label ? 'o' : field.key, 'out-of-range', `${what} ${r.note}.`);
  return r.value;
}

function decodeWorkload(ctx: Ctx, p: Map<string, string>): WorkloadInputs {
  const ucKey = INPUT_KEYS.workload.presetId;
  const ucRaw = p.get(ucKey);
  let presetId = workloadBase('chatbot').presetId;
  if (ucRaw !== undefined) {
    const parsed = presetCodeSchema.safeParse(ucRaw);
    if (parsed.success) presetId = parsed.data;
    else
      issue(
        ctx,
        ucKey,
        'invalid',
        `${ucKey}=${quote(ucRaw)} ${reasonOf(parsed.error)}; used the default.`,
      );
  }
  const base = workloadBase(presetId);
  const out: Record<string, unknown> = { ...base };
  for (const [field, spec] of Object.entries(WORKLOAD_FIELDS)) {
    out[field] = readField(
      ctx,
      spec,
      p.get(spec.key),
      base[field as keyof typeof WORKLOAD_FIELDS],
    );
  }
  return out as WorkloadInputs;
}

function decodeHybrid(
  ctx: Ctx,
  p: Map<string, string>,
  base: HybridInputs,
): HybridInputs {
  const out: Record<string, number> = { ...base };
  for (const [field, spec] of Object.entries(HYBRID_FIELDS)) {
    out[field] = readField(
      ctx,
      spec,
      p.get(spec.key),
      base[field as keyof HybridInputs],
    );
  }
  return out as HybridInputs;
}

/** Splits `letter+value` sub-fields; the first of each letter wins. */
function subFields(
  ctx: Ctx,
  label: string,
  parts: readonly string[],
  allowed: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of parts) {
    const letter = part.slice(0, 1);
    if (!allowed.includes(letter) || letter === '') {
      issue(
        ctx,
        'o',
        'unknown-key',
        `${label}: part ${quote(part)} is not known; ignored.`,
      );
      continue;
    }
    if (out.has(letter)) {
      issue(
        ctx,
        'o',
        'duplicate',
        `${label}: ${letter} given twice; used the first.`,
      );
      continue;
    }
    out.set(letter, part.slice(1));
  }
  return out;
}

function readSchema<T>(
  ctx: Ctx,
  label: string,
  raw: string | undefined,
  schema: ZodType<T>,
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  issue(
    ctx,
    'o',
    'invalid',
    `${label} ${quote(raw)} ${reasonOf(r.error)}; used the default.`,
  );
  return fallback;
}

function decodeOptionToken(
  ctx: Ctx,
  token: string,
  position: number,
  defaults: readonly OptionState[],
): OptionState | null {
  const parts = token.split(':');
  const head = optionHeaderSchema.safeParse(parts[0]);
  if (!head.success) {
    issue(
      ctx,
      'o',
      'invalid',
      `Option ${quote(token)}: ${quote(parts[0] ?? '')} ${reasonOf(head.error)}; option dropped.`,
    );
    return null;
  }
  const { kind, id } = head.data;
  const label = `Option ${id}`;
  if (parts.length === 1) {
    const d = defaults.find((o) => o.id === id);
    if (d) return d;
    issue(
      ctx,
      'o',
      'invalid',
      `${label} names no default option; option dropped.`,
    );
    return null;
  }
  const { catalog } = ctx;
  const defaultColor = position % PALETTE_SIZE;
  if (kind === 'api') {
    const modelId = resolveId(
      ctx,
      'o',
      parts[1]!,
      catalog.byId.apiModels,
      `${label}: API model`,
      'option dropped',
    );
    if (modelId === null) return null;
    const f = subFields(ctx, label, parts.slice(2), 'cbio');
    const base = apiOptionFrom(
      id,
      readSchema(
        ctx,
        `${label}: colour`,
        f.get('c'),
        colorIndexSchema,
        defaultColor,
      ),
      modelId,
    );
    const price = (letter: 'i' | 'o') => {
      const raw = f.get(letter);
      if (raw === undefined) return null;
      const r = readNumber('usdPerMillionTokens', 'decimal', raw);
      if (!r.ok) {
        issue(
          ctx,
          'o',
          'invalid',
          `${label}: price ${quote(raw)} ${r.reason}; used the catalog price.`,
        );
        return null;
      }
      if (r.note)
        issue(
          ctx,
          'o',
          'out-of-range',
          `${label}: price ${quote(raw)} ${r.note}.`,
        );
      return r.value;
    };
    return {
      ...base,
      useBatch: readSchema(
        ctx,
        `${label}: batch flag`,
        f.get('b'),
        flagSchema,
        base.useBatch,
      ),
      customInputUsdPerMillion: price('i'),
      customOutputUsdPerMillion: price('o'),
    };
  }
  if (parts.length < 5) {
    issue(
      ctx,
      'o',
      'invalid',
      `${label} needs model:quantization:engine:hardware; option dropped.`,
    );
    return null;
  }
  const openModelId = resolveId(
    ctx,
    'o',
    parts[1]!,
    catalog.byId.openModels,
    `${label}: open model`,
    'option dropped',
  );
  const quantId = resolveId(
    ctx,
    'o',
    parts[2]!,
    catalog.byId.quants,
    `${label}: quantization`,
    'option dropped',
  );
  const engineId = resolveId(
    ctx,
    'o',
    parts[3]!,
    catalog.byId.engines,
    `${label}: engine`,
    'option dropped',
  );
  const hardwareId = resolveId(
    ctx,
    'o',
    parts[4]!,
    catalog.byId.hardware,
    `${label}: hardware`,
    'option dropped',
  );
  if (!openModelId || !quantId || !engineId || !hardwareId) return null;
  const f = subFields(ctx, label, parts.slice(5), 'cgpdhfru');
  const procurement: ProcurementChoice = readSchema(
    ctx,
    `${label}: procurement`,
    f.get('p'),
    procurementCodeSchema,
    'on-demand',
  );
  const base = selfHostOptionFrom(catalog, {
    id,
    colorIndex: readSchema(
      ctx,
      `${label}: colour`,
      f.get('c'),
      colorIndexSchema,
      defaultColor,
    ),
    openModelId,
    quantId,
    engineId,
    hardwareId,
    gpusPerReplica: readSchema(
      ctx,
      `${label}: GPUs per replica`,
      f.get('g'),
      gpusPerReplicaSchema,
      1,
    ),
    procurement,
  });
  const out: Record<string, unknown> = { ...base };
  for (const [letter, spec] of Object.entries(SELF_HOST_NUMBERS)) {
    const raw = f.get(letter);
    if (raw === undefined) continue;
    out[spec.field] = readField(
      ctx,
      { key: letter, bound: spec.bound, format: 'decimal' },
      raw,
      base[spec.field],
      `${label}: ${SELF_HOST_LABELS[letter] ?? letter}`,
    );
  }
  return out as OptionState;
}

function decodeOptions(
  ctx: Ctx,
  raw: string | undefined,
  presetId: WorkloadPresetId | 'custom',
): OptionState[] {
  const defaults = defaultOptionsFor(ctx.catalog, presetId);
  if (raw === undefined) return [...defaults];
  if (raw === '-') return [];
  const tokens = raw.split(',');
  const out: OptionState[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (out.length >= MAX_OPTIONS) {
      issue(
        ctx,
        'o',
        'too-many',
        `Only ${MAX_OPTIONS} options are compared; ${tokens.length - i} more dropped.`,
      );
      break;
    }
    const option = decodeOptionToken(ctx, tokens[i]!, out.length, defaults);
    if (!option) continue;
    if (out.some((o) => o.id === option.id)) {
      issue(
        ctx,
        'o',
        'duplicate',
        `Option ${option.id} appears twice; the repeat was dropped.`,
      );
      continue;
    }
    out.push(option);
  }
  if (out.length === 0) {
    issue(
      ctx,
      'o',
      'invalid',
      'No option in the link could be read; showing the default options.',
    );
    return [...defaults];
  }
  return out;
}

function decodePrivacy(ctx: Ctx, raw: string | undefined): string[] {
  if (raw === undefined || raw === '') return [];
  const key = INPUT_KEYS.privacyRuleIds;
  const index: Record<string, true> = {};
  for (const r of ctx.catalog.privacyRules) index[r.id] = true;
  const out: string[] = [];
  for (const part of raw.split(',').slice(0, 50)) {
    const id = resolveId(
      ctx,
      key,
      part,
      index,
      'Privacy requirement',
      'ignored',
    );
    if (id === null) continue;
    if (out.includes(id)) {
      issue(
        ctx,
        key,
        'duplicate',
        `Privacy requirement ${quote(id)} appears twice.`,
      );
      continue;
    }
    out.push(id);
  }
  return out;
}

const SELF_HOST_LABELS: Readonly<Record<string, string>> = {
  h: 'price per GPU-hour',
  d: 'price per device',
  f: 'operations time',
  r: 'spare replicas',
  u: 'target utilisation',
};

const KNOWN_KEYS = new Set<string>(SCENARIO_KEY_ORDER);
const VIEW_KEY_SET = new Set<string>(VIEW_KEYS);

function decodeUnsafe(search: string | URLSearchParams, ctx: Ctx): DecodedLink {
  let list = paramListFrom(search);
  const view: Partial<Record<ViewKey, string>> = {};

  // Version first: migrations rewrite old links into today's keys (OWID).
  const vRaw = list.find(([k]) => k === META_KEYS.version)?.[1];
  let version = ctx.urlVersion;
  if (vRaw !== undefined) {
    const parsed = urlVersionSchema.safeParse(vRaw);
    if (!parsed.success)
      issue(
        ctx,
        'v',
        'invalid',
        `v=${quote(vRaw)} ${reasonOf(parsed.error)}; read as version ${ctx.urlVersion}.`,
      );
    else if (parsed.data > ctx.urlVersion)
      issue(
        ctx,
        'v',
        'newer-version',
        `This link was made by a newer Crossover (link version ${parsed.data}); anything this version does not know was ignored.`,
      );
    else version = parsed.data;
  }
  if (version < ctx.urlVersion) {
    const migrated = migrateParams(
      list,
      version,
      ctx.urlVersion,
      ctx.migrations,
    );
    list = migrated.params;
    if (migrated.reachedVersion < ctx.urlVersion)
      issue(
        ctx,
        'v',
        'invalid',
        `Links of version ${migrated.reachedVersion} cannot be upgraded; read as version ${ctx.urlVersion}.`,
      );
  }

  const p = new Map<string, string>();
  const unknown: string[] = [];
  for (const [k, v] of list) {
    if (VIEW_KEY_SET.has(k)) {
      view[k as ViewKey] = v.slice(0, 500);
      continue;
    }
    if (IGNORED_KEY_PATTERN.test(k)) continue;
    if (!KNOWN_KEYS.has(k)) {
      unknown.push(k);
      continue;
    }
    if (v.length > MAX_VALUE_LENGTH) {
      issue(
        ctx,
        k,
        'invalid',
        `${k}= is ${v.length} characters long; ignored.`,
      );
      continue;
    }
    p.set(k, v);
  }
  if (unknown.length > 0) {
    const listed = unknown.slice(0, MAX_UNKNOWN_LISTED).map(quote).join(', ');
    const more =
      unknown.length > MAX_UNKNOWN_LISTED
        ? ` and ${unknown.length - MAX_UNKNOWN_LISTED} more`
        : '';
    issue(
      ctx,
      unknown[0]!,
      'unknown-key',
      `Unknown ${unknown.length === 1 ? 'key' : 'keys'} ${listed}${more} ignored.`,
    );
  }

  let linkCatalogVersion: string | null = null;
  const catRaw = p.get(META_KEYS.catalogVersion);
  if (catRaw !== undefined) {
    const parsed = catalogVersionSchema.safeParse(catRaw);
    if (!parsed.success) {
      issue(
        ctx,
        'cat',
        'invalid',
        `cat=${quote(catRaw)} ${reasonOf(parsed.error)}; ignored.`,
      );
    } else {
      linkCatalogVersion = parsed.data;
      if (parsed.data < ctx.catalogVersion)
        issue(
          ctx,
          'cat',
          'prices-changed',
          `Prices changed since this link was made (prices of ${parsed.data}); it now shows today's prices (${ctx.catalogVersion}).`,
        );
      else if (parsed.data > ctx.catalogVersion)
        issue(
          ctx,
          'cat',
          'newer-catalog',
          `This link was made with newer prices (${parsed.data}) than this copy of Crossover has (${ctx.catalogVersion}).`,
        );
    }
  }

  let name: string | null = null;
  const nRaw = p.get(META_KEYS.name);
  if (nRaw !== undefined) {
    const cleaned = cleanName(nRaw);
    if (cleaned !== nRaw)
      issue(
        ctx,
        'n',
        'name-cleaned',
        'The scenario name was cleaned up (control characters removed, spaces trimmed or shortened).',
      );
    name = cleaned === '' ? null : cleaned;
  }

  const defaults = defaultScenario(ctx.catalog);
  const workload = decodeWorkload(ctx, p);
  const inputs: CalculatorInputs = {
    workload,
    options: decodeOptions(ctx, p.get(INPUT_KEYS.options), workload.presetId),
    privacyRuleIds: decodePrivacy(ctx, p.get(INPUT_KEYS.privacyRuleIds)),
    hybrid: decodeHybrid(ctx, p, defaults.hybrid),
    usdPerFteMonth: readField(
      ctx,
      FTE_FIELD,
      p.get(FTE_FIELD.key),
      defaults.usdPerFteMonth,
    ),
  };
  return { inputs, name, linkCatalogVersion, view, issues: ctx.issues };
}

/**
 * Reads a link's query into calculator inputs. Never throws: each bad,
 * unknown or out-of-range field falls back on its own (to its default, or
 * clamped) and is listed in `issues` with the reason; retired ids map to
 * their successors; a link made under an older catalog notes that prices
 * changed since. Old link versions are migrated first.
 *
 * @example decodeLink('?tpm=200M&uc=rag', { catalog }).inputs.workload.tokensPerMonth // 200000000
 */
export function decodeLink(
  search: string | URLSearchParams,
  context: DecodeContext,
): DecodedLink {
  const ctx: Ctx = {
    catalog: context.catalog,
    catalogVersion: context.catalogVersion ?? CATALOG_VERSION,
    retiredIds: context.retiredIds ?? RETIRED_IDS,
    migrations: context.migrations ?? MIGRATIONS,
    urlVersion: context.urlVersion ?? URL_VERSION,
    issues: [],
  };
  try {
    return decodeUnsafe(search, ctx);
  } catch (error) {
    // A bug, not bad input (every field is read defensively): still never break the page.
    return {
      inputs: defaultScenario(context.catalog),
      name: null,
      linkCatalogVersion: null,
      view: {},
      issues: [
        {
          key: '',
          kind: 'invalid',
          message: `The link could not be read (${error instanceof Error ? snippet(error.message, 80) : 'unknown error'}); showing the default scenario.`,
        },
      ],
    };
  }
}
