import { memo } from 'react';
import {
  selectOptions,
  useCalculatorStore,
  useCatalog,
  type OptionState,
} from '../../state';
import { Panel } from '../../ui';
import { EngineCard, ServeModelSelect } from './engine-cards';
import { enginesFeaturedFirst, featuredProviders } from './featured';
import { METHODS, TAKEAWAYS } from './learn-more-text';
import { ProviderCard } from './provider-card';
import {
  useGpusByOption,
  useServeSetup,
  type GpusByOption,
} from './use-serve-setup';

function Takeaways() {
  return (
    <>
      <h3>Key takeaways</h3>
      <ol className="takeaways">
        {TAKEAWAYS.map((t) => (
          <li key={t.title}>
            <strong>{t.title}.</strong> {t.text}
          </li>
        ))}
      </ol>
    </>
  );
}

function Methods() {
  return (
    <>
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
        Formulas, defaults and sources: docs/methods.md in the repository;
        docs/fidelity.md compares the speed model with published measurements.
      </p>
    </>
  );
}

/** "Learn more": providers, local engines with setup commands, the takeaways and the methods. */
export function LearnMorePanel() {
  // A thin shell: the body renders when the options or a replica's GPUs change, not per result.
  const options = useCalculatorStore(selectOptions);
  const gpus = useGpusByOption();
  return <LearnMoreBody options={options} gpus={gpus} />;
}

const LearnMoreBody = memo(function LearnMoreBody({
  options,
  gpus,
}: {
  readonly options: readonly OptionState[];
  readonly gpus: GpusByOption;
}) {
  const catalog = useCatalog();
  const { model, setModelId, targetFor } = useServeSetup(options, gpus);
  return (
    <Panel id="learn-more" title="Learn more">
      <Takeaways />

      <h3>API providers</h3>
      <div className="card-grid">
        {featuredProviders(catalog).map((p) => (
          <ProviderCard key={p.id} provider={p} catalog={catalog} />
        ))}
      </div>

      <h3>Local and self-hosted engines</h3>
      <ServeModelSelect catalog={catalog} model={model} onChange={setModelId} />
      <div className="card-grid">
        {enginesFeaturedFirst(catalog).map((e) => (
          <EngineCard
            key={e.id}
            engine={e}
            model={model}
            target={targetFor(e)}
          />
        ))}
      </div>

      <Methods />
    </Panel>
  );
});
