import { useState } from 'react';
import {
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useDeferredScenarioResult,
} from '../../state';
import { Panel } from '../../ui';
import { serveCommands } from './serve-command';

/** Featured entries by their catalog `featuredOrder` (1 first). */
function byFeaturedOrder(
  a: { readonly featuredOrder: number | null },
  b: { readonly featuredOrder: number | null },
): number {
  return (a.featuredOrder ?? 0) - (b.featuredOrder ?? 0);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

const TAKEAWAYS = [
  {
    title: 'APIs are simpler to start',
    text: 'No infrastructure, pay per use: excellent for prototyping and for low to medium volume.',
  },
  {
    title: 'Local wins on privacy and latency',
    text: 'Required for regulated industries and air-gapped sites, and better for real-time use when a GPU sits near the user.',
  },
  {
    title: 'Hybrid is often the answer',
    text: 'Route by complexity, privacy needs or cost thresholds: local for the bulk, the API for the hard or overflow cases.',
  },
  {
    title: 'Calculate the crossover point',
    text: 'The folk rule says self-hosting saves money above ~$2K a month of API spend. That is the rent of one always-on GPU: a floor, not a break-even. The verdict above gives yours.',
  },
];

const METHODS = [
  {
    title: 'API cost',
    text: 'Requests × (fresh input × input price + cached prefix × (hit rate × cache-read price + misses × cache-write price) + (output + reasoning) × output price), with the batchable share at the batch multiplier and regional uplifts. The cache hit rate follows from how often requests arrive within the cache lifetime (5 minutes, Poisson arrivals), less 10 % for provider routing.',
  },
  {
    title: 'Does the model fit?',
    text: 'Weights = parameters × bits per weight ÷ 8 (GGUF and AWQ at their real bits per weight). KV cache per token = 2 × layers × KV heads × head size × bytes (MLA and sliding-window models less). What is left of each GPU after the engine’s memory cap and runtime overhead holds the KV cache; that sets how many requests run at once.',
  },
  {
    title: 'How fast?',
    text: 'Each decode step reads the weights (and every running request’s KV cache) from memory once: step time = bytes ÷ (bandwidth × achieved efficiency), or the compute time if that is longer, plus tensor-parallel communication. Prefill is compute-bound: 2 × active parameters × prompt tokens ÷ (FLOP/s × efficiency). Efficiency factors are per engine and hardware kind, from published measurements.',
  },
  {
    title: 'How many GPUs?',
    text: 'A replica batches as many requests as memory, the engine and your speed target allow. Replicas = peak-hour traffic ÷ (replica capacity × target utilisation), plus spare replicas for redundancy. Cost = GPUs × 730 hours × price (or amortised purchase + power + hosting) + people, monitoring and networking.',
  },
  {
    title: 'The crossover',
    text: 'Self-hosted cost is a staircase (a step each time a replica is added); the API is a line. Crossover volumes are solved exactly on each step; the first is where self-hosting first gets cheaper, the stable one where it stays cheaper.',
  },
];

/** "Learn more": providers, local engines with setup commands, the takeaways and the methods. */
export function LearnMorePanel() {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const selfHost = options.flatMap((o) => (o.kind === 'self-host' ? [o] : []));
  const { result } = useDeferredScenarioResult();
  // GPUs per replica of a compared configuration ('auto' resolved by the engine).
  const gpusFor = (optionId: string | undefined): number => {
    const r = result.selfHost.find((x) => x.id === optionId);
    return r && r.feasible ? r.memory.gpusPerReplica : 1;
  };
  const [modelId, setModelId] = useState(
    selfHost[0]?.openModelId ?? 'llama-3.1-8b-instruct',
  );
  const model = catalog.byId.openModels[modelId] ?? catalog.openModels[0];
  // The catalog's `featuredOrder`: providers with one get a card, in that
  // order; featured engines come first, then the rest in catalog order.
  const providers = catalog.providers
    .filter((p) => p.featuredOrder !== null)
    .sort(byFeaturedOrder);
  const engines = [
    ...catalog.engines
      .filter((e) => e.featuredOrder !== null)
      .sort(byFeaturedOrder),
    ...catalog.engines.filter((e) => e.featuredOrder === null),
  ];
  return (
    <Panel id="learn-more" title="Learn more">
      <h3>Key takeaways</h3>
      <ol className="takeaways">
        {TAKEAWAYS.map((t) => (
          <li key={t.title}>
            <strong>{t.title}.</strong> {t.text}
          </li>
        ))}
      </ol>

      <h3>API providers</h3>
      <div className="card-grid">
        {providers.map((p) => {
          const id = p.id;
          const models = catalog.apiModels
            .filter((m) => m.providerId === id && m.mode === 'chat')
            .slice(0, 4);
          return (
            <article
              key={id}
              className="info-card"
              aria-labelledby={`provider-${id}`}
            >
              <h4 id={`provider-${id}`}>{p.name}</h4>
              <p className="card-sub">{models.map((m) => m.name).join(', ')}</p>
              <p className="card-heading">Strengths</p>
              <ul>
                {p.strengths.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <p className="card-heading">Considerations</p>
              <ul>
                {p.considerations.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <p className="source-line">
                Pricing: <a href={p.pricingUrl}>{hostOf(p.pricingUrl)}</a> ·
                facts as of {p.asOf}
              </p>
              <details className="explain source-details">
                <summary>Sources</summary>
                <p className="source-line">{p.source}</p>
              </details>
            </article>
          );
        })}
      </div>

      <h3>Local and self-hosted engines</h3>
      <div className="field select-field inline-select">
        <label htmlFor="learn-model">Show setup commands for</label>
        <select
          id="learn-model"
          value={model?.id ?? ''}
          onChange={(e) => setModelId(e.currentTarget.value)}
        >
          {catalog.openModels
            .filter((m) => m.mode === 'chat')
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
      </div>
      <div className="card-grid">
        {engines.map((e) => {
          const chosen = selfHost.find(
            (o) => o.engineId === e.id && o.openModelId === model?.id,
          );
          const quant =
            catalog.byId.quants[chosen?.quantId ?? ''] ??
            catalog.quants.find((q) => q.engineIds.includes(e.id));
          return (
            <article
              key={e.id}
              className="info-card"
              aria-labelledby={`engine-${e.id}`}
            >
              <h4 id={`engine-${e.id}`}>{e.name}</h4>
              <p className="card-sub">{e.tagline}</p>
              <p className="card-heading">Best for</p>
              <ul>
                {e.bestFor.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <p className="card-heading">Key features</p>
              <ul>
                {e.keyFeatures.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              {model ? (
                <>
                  <p className="card-heading">Serve {model.name}</p>
                  <pre
                    className="command"
                    tabIndex={0}
                    aria-label={`Commands to serve ${model.name} with ${e.name}`}
                  >
                    <code>
                      {serveCommands(e, model, quant, gpusFor(chosen?.id)).join(
                        '\n',
                      )}
                    </code>
                  </pre>
                </>
              ) : null}
              <p className="source-line">
                <a href={e.docsUrl}>Documentation</a> · facts as of {e.asOf}
              </p>
            </article>
          );
        })}
      </div>

      <h3 id="methods">How is this computed?</h3>
      <dl className="methods">
        {METHODS.map((m) => (
          <div key={m.title}>
            <dt>{m.title}</dt>
            <dd>{m.text}</dd>
          </div>
        ))}
      </dl>
      <p className="footnote">
        Formulas and sources: the engine specification and docs/fidelity.md in
        the repository compare the speed model with published measurements.
      </p>
    </Panel>
  );
}
