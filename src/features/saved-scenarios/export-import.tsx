import { CATALOG_VERSION } from '../../catalog';
import { downloadText } from '../../lib/download';
import { newEntryId } from './new-entry-id';
import { exportScenarios, importScenarios } from './saved-store';
import type { SavedScenariosState } from './use-saved-scenarios';

type ExportImportProps = {
  readonly saved: SavedScenariosState;
  readonly baseUrl: string;
};

/** Adds the scenarios of a JSON file to the list, and says what was skipped and why. */
async function importFile(file: File, saved: SavedScenariosState) {
  const text = await file.text();
  const r = importScenarios(saved.entries, text, newEntryId, new Date());
  if (r.error) {
    saved.setStatus(`Nothing imported: ${r.error}`);
    return;
  }
  const skipped =
    r.skipped.length > 0
      ? ` Skipped ${r.skipped.length}: ${r.skipped.map((s) => `#${s.position} (${s.reason})`).join('; ')}.`
      : '';
  saved.commit(
    r.entries,
    `Imported ${r.added} ${r.added === 1 ? 'scenario' : 'scenarios'}.${skipped}`,
  );
}

/** "Export and import": the saved list as a JSON file, and back. */
export function ExportImport({ saved, baseUrl }: ExportImportProps) {
  const { entries } = saved;
  return (
    <>
      <h3>Export and import</h3>
      <div className="button-row">
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() =>
            downloadText(
              `crossover-scenarios-${new Date().toISOString().slice(0, 10)}.json`,
              exportScenarios(entries, {
                exportedAt: new Date(),
                catalogVersion: CATALOG_VERSION,
                baseUrl,
              }),
              'application/json',
            )
          }
        >
          Export saved scenarios (JSON)
        </button>
        <label className="file-button">
          Import scenarios (JSON file)
          <input
            type="file"
            accept="application/json,.json"
            onChange={(ev) => {
              const file = ev.currentTarget.files?.[0];
              ev.currentTarget.value = '';
              if (!file) return;
              void importFile(file, saved);
            }}
          />
        </label>
      </div>
    </>
  );
}
