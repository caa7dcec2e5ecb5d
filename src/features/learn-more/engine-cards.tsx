import type { Catalog, OpenModel, ServingEngine } from '../../catalog';
import { HeadedList } from './provider-card';
import { serveCommands } from './serve-command';
import type { ServeTarget } from './use-serve-setup';

/** The picker for the model the serve commands are written for (chat models only). */
export function ServeModelSelect({
  catalog,
  model,
  onChange,
}: {
  readonly catalog: Catalog;
  readonly model: OpenModel | undefined;
  readonly onChange: (modelId: string) => void;
}) {
  return (
    <div className="field select-field inline-select">
      <label htmlFor="learn-model">Show setup commands for</label>
      <select
        id="learn-model"
        value={model?.id ?? ''}
        onChange={(e) => onChange(e.currentTarget.value)}
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
  );
}

/** An engine's card: what it is best for, its features, the commands to serve the model, its docs. */
export function EngineCard({
  engine: e,
  model,
  target,
}: {
  readonly engine: ServingEngine;
  readonly model: OpenModel | undefined;
  readonly target: ServeTarget;
}) {
  return (
    <article className="info-card" aria-labelledby={`engine-${e.id}`}>
      <h4 id={`engine-${e.id}`}>{e.name}</h4>
      <p className="card-sub">{e.tagline}</p>
      <HeadedList heading="Best for" items={e.bestFor} />
      <HeadedList heading="Key features" items={e.keyFeatures} />
      {model ? (
        <>
          <p className="card-heading">Serve {model.name}</p>
          <pre
            className="command"
            tabIndex={0}
            aria-label={`Commands to serve ${model.name} with ${e.name}`}
          >
            <code>
              {serveCommands(e, model, target.quant, target.gpus).join('\n')}
            </code>
          </pre>
        </>
      ) : null}
      <p className="source-line">
        <a href={e.docsUrl}>Documentation</a> · facts as of {e.asOf}
      </p>
    </article>
  );
}
