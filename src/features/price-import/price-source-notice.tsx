import { countOf } from '../../lib/plural';
import { overrideLabel, type PriceOverride } from './price-override';
import { OlderThanCatalog } from './price-file-preview';

/** Which prices this browser uses (imported, with a way back, or the built-in ones), and a stored file that failed to read. */
export function PriceSourceNotice({
  current,
  unreadableReason,
  onReset,
  catalogVersion,
}: {
  readonly current: PriceOverride | null;
  readonly unreadableReason: string | null;
  readonly onReset: () => void;
  /** The built-in catalog's date: an import older than it is said to be. */
  readonly catalogVersion: string;
}) {
  return (
    <>
      {current ? (
        <div className="link-notice" role="status">
          <p>
            <strong>
              This browser uses imported API prices: {overrideLabel(current)}
            </strong>{' '}
            ({countOf(Object.keys(current.models).length, 'model')} changed,
            from “{current.fileName}”).
          </p>
          <OlderThanCatalog
            asOf={current.asOf}
            catalogVersion={catalogVersion}
          />
          <button type="button" onClick={onReset}>
            Back to the built-in prices
          </button>
        </div>
      ) : (
        <p>
          The calculator uses its built-in prices (each with its source and
          date). You can load a newer price file instead: LiteLLM’s{' '}
          <code>model_prices_and_context_window.json</code> or OpenRouter’s{' '}
          <code>/api/v1/models</code> response, saved to your computer. The file
          is read here, in your browser; nothing is sent anywhere.
        </p>
      )}
      {unreadableReason ? (
        <p className="warning-line" role="status">
          Imported prices saved earlier could not be read ({unreadableReason});
          the built-in prices are used. They are kept until you import a new
          file or go back to the built-in prices.
        </p>
      ) : null}
    </>
  );
}
