import type { KvCachePrecision } from '../catalog';
import { kvCacheChoicesFor, type KvCacheChoice } from '../engine';
import type { SelfHostOptionState } from '../state';
import { issue, quote, type DecodeRun } from './decode-context';
import { KV_PRECISION_CODES } from './keys';

/** Code → precision, the inverse of KV_PRECISION_CODES. */
const PRECISION_BY_CODE: ReadonlyMap<string, KvCachePrecision> = new Map(
  Object.entries(KV_PRECISION_CODES).map(([precision, code]) => [
    code,
    precision as KvCachePrecision,
  ]),
);

/**
 * `t<code>` of a self-hosted token (ADR-27, docs/methods.md §20.9): a
 * KV-cache precision the option's engine can be set to on its hardware; an
 * unknown code or one the engine does not offer falls back to the engine's
 * default, with a note. Absent = the engine's default (links before issue 12).
 */
export function readKvPrecision(
  run: DecodeRun,
  label: string,
  raw: string | undefined,
  o: Pick<SelfHostOptionState, 'engineId' | 'hardwareId'>,
): KvCacheChoice {
  if (raw === undefined) return 'default';
  const precision = PRECISION_BY_CODE.get(raw);
  if (precision === undefined) {
    issue(
      run,
      'o',
      'invalid',
      `${label}: KV-cache precision ${quote(raw)} is not one of ${[...PRECISION_BY_CODE.keys()].join(', ')}; used the engine's default.`,
    );
    return 'default';
  }
  const engine = run.catalog.byId.engines[o.engineId];
  const offered =
    engine !== undefined &&
    kvCacheChoicesFor(engine, run.catalog.byId.hardware[o.hardwareId]).some(
      (c) => c.precision === precision,
    );
  if (offered) return precision;
  issue(
    run,
    'o',
    'invalid',
    `${label}: the engine cannot keep its KV cache in ${precision} on this hardware; used the engine's default.`,
  );
  return 'default';
}
