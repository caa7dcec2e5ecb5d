/** Price importers for ecosystem files (LiteLLM, OpenRouter). */
export { importLitellm, litellmEntrySchema } from './litellm';
export { importOpenrouter, openrouterModelSchema } from './openrouter';
export {
  applyPriceUpdates,
  type FieldChange,
  type KnownPriceConflict,
  type PriceChange,
  type PriceConflict,
  type PriceField,
  type PriceUpdate,
  type RemovedModel,
} from './apply';
export type {
  ImportOptions,
  ImportResult,
  ImportedPrice,
  SkippedEntry,
} from './types';
