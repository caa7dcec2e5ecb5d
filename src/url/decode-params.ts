import type { CalculatorInputs } from '../state';
import { snippet } from './codecs';
import {
  startRun,
  type DecodeContext,
  type DecodeRun,
  type UrlIssue,
} from './decode-context';
import {
  decodeCatalogVersion,
  decodeName,
  paramListFrom,
  sortKeys,
  upgradedParams,
} from './decode-meta';
import { decodeOptions } from './decode-options';
import { decodePrivacy } from './decode-privacy';
import { decodeCompareSameModelHosted } from './decode-same-model';
import { decodeQualityFloorIndex } from './decode-quality-floor';
import {
  decodeHybrid,
  decodeUsdPerFteMonth,
  decodeWorkload,
} from './decode-workload';
import { defaultScenario } from './defaults';
import { INPUT_KEYS, META_KEYS, type ViewKey } from './keys';

/**
 * Decoding a link, as a pipeline: the keys (first of each) → upgraded to
 * today's version → sorted into scenario, view and unknown keys → the meta
 * keys (`cat`, `n`) → the scenario's inputs. Each step lives in the file
 * named after what it reads (decode-meta, decode-workload, decode-options,
 * decode-privacy, decode-same-model); every step appends its issues to one list, in key order.
 */

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

/** The scenario keys → calculator inputs; every field falls back on its own. */
function decodeInputs(
  run: DecodeRun,
  p: ReadonlyMap<string, string>,
): CalculatorInputs {
  const defaults = defaultScenario(run.catalog);
  const workload = decodeWorkload(run, p);
  return {
    workload,
    options: decodeOptions(run, p.get(INPUT_KEYS.options), workload.presetId),
    privacyRuleIds: decodePrivacy(run, p.get(INPUT_KEYS.privacyRuleIds)),
    hybrid: decodeHybrid(run, p, defaults.hybrid),
    usdPerFteMonth: decodeUsdPerFteMonth(run, p, defaults.usdPerFteMonth),
    compareSameModelHosted: decodeCompareSameModelHosted(
      run,
      p.get(INPUT_KEYS.compareSameModelHosted),
    ),
    qualityFloorIndex: decodeQualityFloorIndex(
      run,
      p.get(INPUT_KEYS.qualityFloorIndex),
    ),
  };
}

function decodeUnsafe(
  search: string | URLSearchParams,
  run: DecodeRun,
): DecodedLink {
  const list = upgradedParams(run, paramListFrom(search));
  const { scenario, view } = sortKeys(run, list);
  const linkCatalogVersion = decodeCatalogVersion(
    run,
    scenario.get(META_KEYS.catalogVersion),
  );
  const name = decodeName(run, scenario.get(META_KEYS.name));
  const inputs = decodeInputs(run, scenario);
  return { inputs, name, linkCatalogVersion, view, issues: run.issues };
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
  const run = startRun(context);
  try {
    return decodeUnsafe(search, run);
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
