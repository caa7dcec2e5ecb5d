import { CATALOG_VERSION, RETIRED_IDS, type Catalog } from '../catalog';
import { snippet } from './codecs';
import { URL_VERSION } from './keys';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * What every step of decoding shares: the context a caller passes (catalog,
 * retired ids, migrations), with its defaults filled in, and the list of
 * issues found so far. Each step appends to that list in the order the link
 * is read, so the notice lists problems in key order.
 */

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

/** One decoding in progress: the full context and the issues found so far. */
export type DecodeRun = Required<DecodeContext> & { issues: UrlIssue[] };

/** A fresh run: the caller's context with every default filled in, no issues yet. */
export function startRun(context: DecodeContext): DecodeRun {
  return {
    catalog: context.catalog,
    catalogVersion: context.catalogVersion ?? CATALOG_VERSION,
    retiredIds: context.retiredIds ?? RETIRED_IDS,
    migrations: context.migrations ?? MIGRATIONS,
    urlVersion: context.urlVersion ?? URL_VERSION,
    issues: [],
  };
}

export function issue(
  run: DecodeRun,
  key: string,
  kind: UrlIssueKind,
  message: string,
): void {
  run.issues.push({ key, kind, message });
}

/** A value as a message quotes it: cut short and in quotation marks. */
export function quote(value: string): string {
  return `“${snippet(value)}”`;
}
