import type { CalculatorInputs } from '../state';
import {
  encodeParams,
  serialiseParams,
  type EncodeOptions,
} from './encode-params';
import { VIEW_KEYS, type ViewKey } from './keys';
import type { ParamList } from './migrations';

/** View parameters in the contract's order (src/embed reads and validates them). */
export type ViewParams = Readonly<Partial<Record<ViewKey, string>>>;

/**
 * The page's own address without query or hash: works under any sub-path,
 * and for a page opened from disk (file://, whose origin is "null").
 */
export function appBaseUrl(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Scenario params followed by view params, as `?…` ('' when there are none). */
export function queryWith(scenario: ParamList, view: ViewParams = {}): string {
  const viewList: [string, string][] = [];
  for (const key of VIEW_KEYS) {
    const v = view[key];
    if (v !== undefined) viewList.push([key, v]);
  }
  const all = [...scenario, ...viewList];
  return all.length === 0 ? '' : `?${serialiseParams(all)}`;
}

/**
 * The full calculator's link for a scenario.
 *
 * @example buildShareUrl('https://example.org/crossover/', inputs, { catalog })
 * // 'https://example.org/crossover/?v=1&cat=2026-11-27&tpm=200M'
 */
export function buildShareUrl(
  baseUrl: string,
  inputs: CalculatorInputs,
  options: EncodeOptions,
): string {
  return `${baseUrl}${queryWith(encodeParams(inputs, options))}`;
}

/**
 * The embed's link: the scenario plus `embed=1` and the view parameters.
 * `live: true` leaves out `cat=`, so the embed always shows today's prices
 * without a "prices changed" note; otherwise the link is pinned to this
 * catalog version and says so once prices change (ADR-3).
 */
export function buildEmbedUrl(
  baseUrl: string,
  inputs: CalculatorInputs,
  options: EncodeOptions & {
    readonly live: boolean;
    readonly view?: Omit<ViewParams, 'embed'>;
  },
): string {
  const scenario = encodeParams(inputs, {
    ...options,
    ...(options.live ? { catalogVersion: null } : {}),
  });
  return `${baseUrl}${queryWith(scenario, { ...options.view, embed: '1' })}`;
}
