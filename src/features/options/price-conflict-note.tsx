import type { ApiModel, FilePrice } from '../../catalog';

const usd = (x: number): string => `$${x}`;

/** "$2.5 / $15 (cached $0.25)": one file's input / output price per 1M tokens. */
function prices(p: FilePrice): string {
  const cached =
    p.usdPerMillionCachedInputTokens === undefined
      ? ''
      : ` (cached ${usd(p.usdPerMillionCachedInputTokens)})`;
  return `${usd(p.usdPerMillionInputTokens)} / ${usd(p.usdPerMillionOutputTokens)}${cached}`;
}

/**
 * Where LiteLLM and OpenRouter list different prices for the model, both,
 * and whose the calculator uses, beside the list price (ADR-24): a
 * disagreement is shown, never settled silently.
 */
export function PriceConflictNote({ model }: { model: ApiModel }) {
  const c = model.priceConflict;
  if (!c) return null;
  const chosen = c.chosen === 'litellm' ? 'LiteLLM' : 'OpenRouter';
  return (
    <p
      className="source-line"
      role="note"
      aria-label={`Price files disagree on ${model.name}`}
    >
      The price files disagree: LiteLLM {prices(c.litellm)} / OpenRouter{' '}
      {prices(c.openrouter)} per 1M input / output tokens — using {chosen}’s.{' '}
      {c.why}.
    </p>
  );
}
