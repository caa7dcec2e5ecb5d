import {
  importLitellm,
  importOpenrouter,
  type ImportResult,
} from '../../catalog/import';

/** Reads a LiteLLM or OpenRouter file with the catalog importers; throws with a plain reason. */
export function readPriceFile(text: string, fileDate: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON');
  }
  if (
    json &&
    typeof json === 'object' &&
    Array.isArray((json as { data?: unknown }).data)
  )
    return importOpenrouter(json, { asOf: fileDate });
  const hasDate =
    json &&
    typeof json === 'object' &&
    typeof (json as { last_updated?: unknown }).last_updated === 'string';
  return importLitellm(json, hasDate ? {} : { asOf: fileDate });
}
