import { sourceText, type Catalog, type Provider } from '../../catalog';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** A list under a small heading ("Strengths", "Best for", …). */
export function HeadedList({
  heading,
  items,
}: {
  readonly heading: string;
  readonly items: readonly string[];
}) {
  return (
    <>
      <p className="card-heading">{heading}</p>
      <ul>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}

/** A provider's card: up to four of its chat models, strengths, considerations, pricing page and sources. */
export function ProviderCard({
  provider: p,
  catalog,
}: {
  readonly provider: Provider;
  readonly catalog: Catalog;
}) {
  const models = catalog.apiModels
    .filter((m) => m.providerId === p.id && m.mode === 'chat')
    .slice(0, 4);
  return (
    <article className="info-card" aria-labelledby={`provider-${p.id}`}>
      <h4 id={`provider-${p.id}`}>{p.name}</h4>
      <p className="card-sub">{models.map((m) => m.name).join(', ')}</p>
      <HeadedList heading="Strengths" items={p.strengths} />
      <HeadedList heading="Considerations" items={p.considerations} />
      <p className="source-line">
        Pricing: <a href={p.pricingUrl}>{hostOf(p.pricingUrl)}</a> · facts as of{' '}
        {p.asOf}
      </p>
      <details className="explain source-details">
        <summary>Sources</summary>
        <p className="source-line">{sourceText(p.source)}</p>
      </details>
    </article>
  );
}
