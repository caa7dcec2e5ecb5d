import type { HybridInputs, WorkloadInputs } from '../state';
import { issue, quote, type DecodeRun } from './decode-context';
import { readField } from './decode-values';
import { workloadBase } from './defaults';
import { FTE_FIELD, HYBRID_FIELDS, INPUT_KEYS, WORKLOAD_FIELDS } from './keys';
import { presetCodeSchema, reasonOf } from './params-schema';

/**
 * The scenario's numbers outside the options: the workload (`uc`, then `tpm`
 * … `tp`, each defaulting to the use case's value), the hybrid shares
 * (`hl` `he` `hs` `hd`) and the cost of one FTE (`fte`).
 */

/** `uc`: the use case, chat when absent or unreadable. */
function decodePresetId(
  run: DecodeRun,
  raw: string | undefined,
): WorkloadInputs['presetId'] {
  const fallback = workloadBase('chatbot').presetId;
  if (raw === undefined) return fallback;
  const key = INPUT_KEYS.workload.presetId;
  const parsed = presetCodeSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issue(
    run,
    key,
    'invalid',
    `${key}=${quote(raw)} ${reasonOf(parsed.error)}; used the default.`,
  );
  return fallback;
}

/** The workload: its use case, then every number, defaulting to that use case's values. */
export function decodeWorkload(
  run: DecodeRun,
  p: ReadonlyMap<string, string>,
): WorkloadInputs {
  const presetId = decodePresetId(run, p.get(INPUT_KEYS.workload.presetId));
  const base = workloadBase(presetId);
  const out: Record<string, unknown> = { ...base };
  for (const [field, spec] of Object.entries(WORKLOAD_FIELDS)) {
    out[field] = readField(
      run,
      spec,
      p.get(spec.key),
      base[field as keyof typeof WORKLOAD_FIELDS],
    );
  }
  // A link from before `rtm` that states `rt` meant that count for every reasoning API.
  if (
    p.has(WORKLOAD_FIELDS.reasoningTokensPerRequest.key) &&
    !p.has(WORKLOAD_FIELDS.reasoningFromModel.key)
  )
    out.reasoningFromModel = 0;
  return out as WorkloadInputs;
}

/** The hybrid controls, each defaulting to `base`. */
export function decodeHybrid(
  run: DecodeRun,
  p: ReadonlyMap<string, string>,
  base: HybridInputs,
): HybridInputs {
  const out: Record<string, number> = { ...base };
  for (const [field, spec] of Object.entries(HYBRID_FIELDS)) {
    out[field] = readField(
      run,
      spec,
      p.get(spec.key),
      base[field as keyof HybridInputs],
    );
  }
  return out as HybridInputs;
}

/** `fte`: USD per FTE-month, defaulting to `fallback`. */
export function decodeUsdPerFteMonth(
  run: DecodeRun,
  p: ReadonlyMap<string, string>,
  fallback: number,
): number {
  return readField(run, FTE_FIELD, p.get(FTE_FIELD.key), fallback);
}
