import { ScrollRegion } from '../../ui';
import {
  sourceText,
  type ApiModel,
  type Catalog,
  type Provider,
} from '../../catalog';
import type { OptionState } from '../../state';

function yesNo(v: boolean): string {
  return v ? 'Yes' : 'No';
}

/**
 * The providers the table lists, in catalog order: those of the compared API
 * options, and those the catalog marks `alwaysInPrivacyTable`.
 */
export function tableProviders(
  catalog: Catalog,
  options: readonly OptionState[],
): readonly Provider[] {
  const compared = new Set(
    options.flatMap((o) =>
      o.kind === 'api'
        ? [catalog.byId.apiModels[o.apiModelId]?.providerId ?? '']
        : [],
    ),
  );
  return catalog.providers.filter(
    (p) => p.alwaysInPrivacyTable || compared.has(p.id),
  );
}

/** The compared API models, in option order, without repeats: their deployments are listed under their provider. */
export function comparedApiModels(
  catalog: Catalog,
  options: readonly OptionState[],
): readonly ApiModel[] {
  const ids = [
    ...new Set(
      options.flatMap((o) => (o.kind === 'api' ? [o.apiModelId] : [])),
    ),
  ];
  return ids.flatMap((id) => {
    const m = catalog.byId.apiModels[id];
    return m ? [m] : [];
  });
}

const REGION_WORDS = {
  eu: 'EU — passes',
  global: 'global, routed anywhere — not EU',
  us: 'US — not EU',
} as const;

/**
 * The EU residency cell. Where the provider offers EU residency only on some
 * deployments (docs/methods.md §9.2), the cell says so and names each compared
 * deployment's processing region, so "Yes" is never read as covering a Global
 * endpoint.
 */
function EuResidencyCell({
  provider,
  deployments,
}: {
  readonly provider: Provider;
  readonly deployments: readonly ApiModel[];
}) {
  if (provider.privacy.euResidencyPerDeployment !== true)
    return <td>{yesNo(provider.privacy.euDataResidency)}</td>;
  const own = deployments.filter((m) => m.providerId === provider.id);
  return (
    <td className="wrap">
      Per deployment only
      {own.length > 0 && (
        <ul className="deployment-residency">
          {own.map((m) => (
            <li
              key={m.id}
              title={m.deployment ? sourceText(m.deployment.source) : undefined}
            >
              {m.name}:{' '}
              {m.deployment
                ? REGION_WORDS[m.deployment.processingRegion]
                : 'no EU deployment stated — not EU'}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}

/** Each provider's retention, training, SOC 2, HIPAA and EU-residency facts, with its source and date. */
export function ProviderPrivacyTable({
  providers,
  deployments = [],
}: {
  readonly providers: readonly Provider[];
  /** The compared API models: where residency is per deployment, each one's region is shown. */
  readonly deployments?: readonly ApiModel[];
}) {
  return (
    <ScrollRegion kind="table" label="API provider privacy options, table">
      <table className="data-table privacy-table">
        <caption>
          API provider privacy options (each row with its source date)
        </caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Data retention</th>
            <th scope="col">Trains on API data by default</th>
            <th scope="col">SOC 2</th>
            <th scope="col">HIPAA BAA</th>
            <th scope="col">EU residency</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <a
                  href={sourceText(p.source)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {p.name}
                </a>
              </th>
              <td className="wrap">{p.privacy.retentionSummary}</td>
              <td>
                {p.privacy.trainsOnApiDataByDefault ? 'Yes (opt out)' : 'No'}
              </td>
              <td>{yesNo(p.privacy.soc2)}</td>
              <td>{yesNo(p.privacy.hipaaBaa)}</td>
              <EuResidencyCell provider={p} deployments={deployments} />
              <td>{p.asOf}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
