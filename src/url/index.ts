/**
 * The URL contract (README.md in this folder is its documentation): encode
 * calculator inputs into short flat keys and decode any link back, never
 * throwing. Import the url layer only through this file.
 */
export {
  URL_VERSION,
  NAME_MAX_LENGTH,
  VIEW_KEYS,
  INPUT_KEYS,
  META_KEYS,
  WORKLOAD_FIELDS,
  HYBRID_FIELDS,
  PRESET_CODES,
  PROCUREMENT_CODES,
  type ViewKey,
} from './keys';
export { cleanName } from './codecs';
export { decodeLink, type DecodedLink } from './decode-params';
export type { DecodeContext, UrlIssue, UrlIssueKind } from './decode-context';
export {
  encodeLink,
  encodeParams,
  serialiseParams,
  type EncodeOptions,
} from './encode-params';
export {
  MIGRATIONS,
  migrateParams,
  type Migration,
  type ParamList,
} from './migrations';
export {
  appBaseUrl,
  buildEmbedUrl,
  buildShareUrl,
  queryWith,
  type ViewParams,
} from './share-url';
export { inputsProblems } from './validate-inputs';
export { defaultScenario, workloadBase } from './defaults';
