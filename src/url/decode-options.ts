import { reasoningEffortSchema, type ReasoningEffort } from '../catalog';
import {
  apiOptionFrom,
  MAX_OPTIONS,
  PALETTE_SIZE,
  selfHostOptionFrom,
  type ApiOptionState,
  type OptionState,
  type ProcurementChoice,
  type SelfHostOptionState,
  type WorkloadPresetId,
} from '../state';
import { readNumber } from './codecs';
import { issue, quote, type DecodeRun } from './decode-context';
import { readField, readSchema, resolveId } from './decode-values';
import { defaultOptionsFor } from './defaults';
import { readKvPrecision } from './decode-serving';
import { readRateTier } from './decode-rate-tier';
import { SELF_HOST_NUMBERS } from './keys';
import {
  colorIndexSchema,
  flagSchema,
  gpusPerReplicaSchema,
  optionHeaderSchema,
  procurementCodeSchema,
  reasonOf,
} from './params-schema';

/**
 * `o`: the options compared, as comma-separated tokens (README.md, "Option
 * tokens"). A token is an id alone (`a1`: that default option), an API
 * option (`a3:<model>[:c…][:b0][:i…][:o…][:e…]`) or a self-hosted one
 * (`s2:<model>:<quant>:<engine>:<hardware>[:c…][:g…][:p…][:h…]…`). A token
 * that names something the catalog lacks is dropped; a bad sub-field falls
 * back to its default.
 */

/** Plain names of the self-hosted numbers, for notices. */
const SELF_HOST_LABELS: Readonly<Record<string, string>> = {
  h: 'price per GPU-hour',
  d: 'price per device',
  f: 'operations time',
  r: 'spare replicas',
  u: 'target utilisation',
  k: 'operations time per GPU',
  q: 'on-call time',
  m: 'amortisation months',
  v: 'resale value',
  i: 'cost of capital',
  e: 'electricity price',
  w: 'PUE',
  l: 'colocation rent',
  o: 'server overhead',
  n: 'max concurrent sequences',
};

/** A token whose header (`a3`, `s2`) was read: what the kind-specific readers need. */
type OptionToken = {
  readonly id: string;
  /** "Option s2", the prefix of every notice about this token. */
  readonly label: string;
  /** The token split at `:`; `parts[0]` is the header. */
  readonly parts: readonly string[];
  /** The colour of an option at this position when `c` is absent. */
  readonly defaultColor: number;
};

/** Splits `letter+value` sub-fields; the first of each letter wins. */
function subFields(
  run: DecodeRun,
  label: string,
  parts: readonly string[],
  allowed: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of parts) {
    const letter = part.slice(0, 1);
    if (!allowed.includes(letter) || letter === '') {
      issue(
        run,
        'o',
        'unknown-key',
        `${label}: part ${quote(part)} is not known; ignored.`,
      );
      continue;
    }
    if (out.has(letter)) {
      issue(
        run,
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

/** `i` / `o` of an API token: your own price, or null for the catalog price. */
function readPrice(
  run: DecodeRun,
  label: string,
  raw: string | undefined,
): number | null {
  if (raw === undefined) return null;
  const r = readNumber('usdPerMillionTokens', 'decimal', raw);
  if (!r.ok) {
    issue(
      run,
      'o',
      'invalid',
      `${label}: price ${quote(raw)} ${r.reason}; used the catalog price.`,
    );
    return null;
  }
  if (r.note)
    issue(run, 'o', 'out-of-range', `${label}: price ${quote(raw)} ${r.note}.`);
  return r.value;
}

/** `e<effort>`: kept only when the catalog measured the model at that effort (docs/methods.md §17.1). */
function readEffort(
  run: DecodeRun,
  label: string,
  raw: string | undefined,
  apiModelId: string,
): ReasoningEffort | null {
  const effort = readSchema(
    run,
    `${label}: reasoning effort`,
    raw,
    reasoningEffortSchema.nullable(),
    null,
  );
  if (effort === null) return null;
  const entry = run.catalog.reasoningTokens.find(
    (r) => r.apiModelId === apiModelId,
  );
  if (entry?.tokensPerRequestByEffort[effort] !== undefined) return effort;
  issue(
    run,
    'o',
    'invalid',
    `${label}: reasoning effort ${quote(effort)} is not measured for this model; used its default.`,
  );
  return null;
}

/** `a3:<apiModelId>[:c…][:b0][:i…][:o…][:e…][:t…]`; null when the model is unknown. */
function decodeApiToken(run: DecodeRun, t: OptionToken): ApiOptionState | null {
  const modelId = resolveId(
    run,
    'o',
    t.parts[1]!,
    run.catalog.byId.apiModels,
    `${t.label}: API model`,
    'option dropped',
  );
  if (modelId === null) return null;
  const f = subFields(run, t.label, t.parts.slice(2), 'cbioet');
  const base = apiOptionFrom(
    t.id,
    readSchema(
      run,
      `${t.label}: colour`,
      f.get('c'),
      colorIndexSchema,
      t.defaultColor,
    ),
    modelId,
  );
  return {
    ...base,
    useBatch: readSchema(
      run,
      `${t.label}: batch flag`,
      f.get('b'),
      flagSchema,
      base.useBatch,
    ),
    customInputUsdPerMillion: readPrice(run, t.label, f.get('i')),
    customOutputUsdPerMillion: readPrice(run, t.label, f.get('o')),
    ...(f.has('e')
      ? { reasoningEffort: readEffort(run, t.label, f.get('e'), modelId) }
      : {}),
    ...(f.has('t')
      ? { rateLimitTier: readRateTier(run, t.label, f.get('t'), modelId) }
      : {}),
  };
}

type ServingIds = Pick<
  SelfHostOptionState,
  'openModelId' | 'quantId' | 'engineId' | 'hardwareId'
>;

/** The four positional ids of a self-hosted token; null if any is unknown (each is reported). */
function resolveServingIds(run: DecodeRun, t: OptionToken): ServingIds | null {
  const { byId } = run.catalog;
  const resolve = (
    raw: string,
    index: Readonly<Record<string, unknown>>,
    what: string,
  ) => resolveId(run, 'o', raw, index, `${t.label}: ${what}`, 'option dropped');
  const openModelId = resolve(t.parts[1]!, byId.openModels, 'open model');
  const quantId = resolve(t.parts[2]!, byId.quants, 'quantization');
  const engineId = resolve(t.parts[3]!, byId.engines, 'engine');
  const hardwareId = resolve(t.parts[4]!, byId.hardware, 'hardware');
  if (!openModelId || !quantId || !engineId || !hardwareId) return null;
  return { openModelId, quantId, engineId, hardwareId };
}

/** The `h` `d` `f` `r` `u` numbers of a self-hosted token over the option's catalog defaults. */
function withSelfHostNumbers(
  run: DecodeRun,
  label: string,
  f: ReadonlyMap<string, string>,
  base: SelfHostOptionState,
): SelfHostOptionState {
  const out: Record<string, unknown> = { ...base };
  for (const [letter, spec] of Object.entries(SELF_HOST_NUMBERS)) {
    const raw = f.get(letter);
    if (raw === undefined) continue;
    out[spec.field] = readField(
      run,
      { key: letter, bound: spec.bound, format: 'decimal' },
      raw,
      base[spec.field],
      `${label}: ${SELF_HOST_LABELS[letter] ?? letter}`,
    );
  }
  return out as SelfHostOptionState;
}

/** `s2:<model>:<quant>:<engine>:<hardware>[:c…][:g…][:p…][:h…][:d…][:f…][:r…][:u…]`, then the running costs `k q m v i e w l o`. */
function decodeSelfHostToken(
  run: DecodeRun,
  t: OptionToken,
): SelfHostOptionState | null {
  if (t.parts.length < 5) {
    issue(
      run,
      'o',
      'invalid',
      `${t.label} needs model:quantization:engine:hardware; option dropped.`,
    );
    return null;
  }
  const ids = resolveServingIds(run, t);
  if (!ids) return null;
  const f = subFields(run, t.label, t.parts.slice(5), 'cgpdhfrukqmviewlotnx');
  const procurement: ProcurementChoice = readSchema(
    run,
    `${t.label}: procurement`,
    f.get('p'),
    procurementCodeSchema,
    'on-demand',
  );
  const base = selfHostOptionFrom(run.catalog, {
    id: t.id,
    colorIndex: readSchema(
      run,
      `${t.label}: colour`,
      f.get('c'),
      colorIndexSchema,
      t.defaultColor,
    ),
    ...ids,
    gpusPerReplica: readSchema(
      run,
      `${t.label}: GPUs per replica`,
      f.get('g'),
      gpusPerReplicaSchema,
      1,
    ),
    procurement,
  });
  return {
    ...withSelfHostNumbers(run, t.label, f, base),
    kvCachePrecision: readKvPrecision(run, t.label, f.get('t'), ids),
    ...(f.has('x')
      ? {
          prefixCaching: readSchema(
            run,
            `${t.label}: prefix caching`,
            f.get('x'),
            flagSchema.nullable(),
            null,
          ),
        }
      : {}),
  };
}

/** One option token; null (with a note) when it cannot be used. */
function decodeOptionToken(
  run: DecodeRun,
  token: string,
  position: number,
  defaults: readonly OptionState[],
): OptionState | null {
  const parts = token.split(':');
  const head = optionHeaderSchema.safeParse(parts[0]);
  if (!head.success) {
    issue(
      run,
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
      run,
      'o',
      'invalid',
      `${label} names no default option; option dropped.`,
    );
    return null;
  }
  const t: OptionToken = {
    id,
    label,
    parts,
    defaultColor: position % PALETTE_SIZE,
  };
  return kind === 'api' ? decodeApiToken(run, t) : decodeSelfHostToken(run, t);
}

/**
 * The options of a link: the use case's default options when `o` is absent
 * (or nothing in it could be read), none for `o=-`. At most MAX_OPTIONS;
 * repeated ids are dropped.
 */
export function decodeOptions(
  run: DecodeRun,
  raw: string | undefined,
  presetId: WorkloadPresetId | 'custom',
): OptionState[] {
  const defaults = defaultOptionsFor(run.catalog, presetId);
  if (raw === undefined) return [...defaults];
  if (raw === '-') return [];
  const tokens = raw.split(',');
  const out: OptionState[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (out.length >= MAX_OPTIONS) {
      issue(
        run,
        'o',
        'too-many',
        `Only ${MAX_OPTIONS} options are compared; ${tokens.length - i} more dropped.`,
      );
      break;
    }
    const option = decodeOptionToken(run, tokens[i]!, out.length, defaults);
    if (!option) continue;
    if (out.some((o) => o.id === option.id)) {
      issue(
        run,
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
      run,
      'o',
      'invalid',
      'No option in the link could be read; showing the default options.',
    );
    return [...defaults];
  }
  return out;
}
