import {
  importLitellm,
  importOpenrouter,
  type ImportResult,
} from '../../catalog/import';
import { parseBoundedJson } from '../../lib/bounded-json';

/**
 * LiteLLM's full map is about 1.5 MB and OpenRouter's model list under 1 MB,
 * both a few levels deep: these limits leave room for growth and stop a
 * hostile file before it is parsed (issue 15, D1).
 */
export const PRICE_FILE_LIMITS = { maxChars: 30_000_000, maxDepth: 16 };

/** Reads a LiteLLM or OpenRouter file with the catalog importers; throws with a plain reason. */
export function readPriceFile(text: string, fileDate: string): ImportResult {
  const parsed = parseBoundedJson(text, PRICE_FILE_LIMITS);
  if (!parsed.ok)
    throw new Error(
      parsed.kind === 'not-json'
        ? 'the file is not JSON'
        : `the file is ${parsed.reason}`,
    );
  const json = parsed.value;
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
