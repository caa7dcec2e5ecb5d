import type { Catalog, Provider } from '../../catalog';
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

/** Each provider's retention, training, SOC 2, HIPAA and EU-residency facts, with its source and date. */
export function ProviderPrivacyTable({
  providers,
}: {
  readonly providers: readonly Provider[];
}) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="API provider privacy options, table"
    >
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
                <a href={p.source} target="_blank" rel="noopener noreferrer">
                  {p.name}
                </a>
              </th>
              <td className="wrap">{p.privacy.retentionSummary}</td>
              <td>
                {p.privacy.trainsOnApiDataByDefault ? 'Yes (opt out)' : 'No'}
              </td>
              <td>{yesNo(p.privacy.soc2)}</td>
              <td>{yesNo(p.privacy.hipaaBaa)}</td>
              <td>{yesNo(p.privacy.euDataResidency)}</td>
              <td>{p.asOf}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
