import { useState } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import { downloadText } from '../../lib/download';
import {
  importScenarios,
  exportScenarios,
  LIMITS,
  MAX_SAVED,
  summariseSkipped,
  type SkipGroup,
} from './saved-store';
import type { SavedScenariosState } from './use-saved-scenarios';

type ExportImportProps = {
  readonly saved: SavedScenariosState;
  readonly baseUrl: string;
};

const count = (n: number) => n.toLocaleString('en');

/** "4,812 entries skipped: unknown version ×4,800, bad id ×12" — one line, however many (D7). */
export function skippedLine(groups: readonly SkipGroup[]): string {
  const total = groups.reduce((n, g) => n + g.count, 0);
  if (total === 0) return '';
  const shown = groups.slice(0, 4).map((g) => `${g.reason} ×${count(g.count)}`);
  const more = groups.length > 4 ? `, ${groups.length - 4} other reasons` : '';
  return `${count(total)} ${total === 1 ? 'entry' : 'entries'} skipped: ${shown.join(', ')}${more}.`;
}

/** Adds the scenarios of a JSON file to the list, and says in one line what was skipped and why. */
async function importFile(
  file: File,
  saved: SavedScenariosState,
  onSkipped: (groups: SkipGroup[]) => void,
) {
  onSkipped([]);
  // Checked before reading: a 74 MB file is refused without being loaded.
  if (file.size > LIMITS.importFile.maxChars) {
    saved.setStatus(
      `Nothing imported: the file is larger than ${LIMITS.importFile.maxChars / 1e6} MB; a file of ${MAX_SAVED} scenarios is far smaller.`,
    );
    return;
  }
  const text = await file.text();
  const room = Math.max(0, MAX_SAVED - saved.entries.length);
  const r = importScenarios(text, room, new Date());
  if (r.error) {
    saved.setStatus(`Nothing imported: ${r.error}`);
    return;
  }
  const groups = summariseSkipped(r.skipped);
  onSkipped(groups);
  const skipped = skippedLine(groups);
  saved.importAdds(
    r.adds,
    (added) =>
      `Imported ${count(added)} ${added === 1 ? 'scenario' : 'scenarios'}.${skipped ? ` ${skipped}` : ''}`,
  );
}

/** Which positions each reason hit (the first few), behind "details". */
function SkipDetails({ groups }: { readonly groups: readonly SkipGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <details className="skip-details">
      <summary>Details of the skipped entries</summary>
      <ul>
        {groups.slice(0, 20).map((g) => (
          <li key={g.reason}>
            {g.reason} ×{count(g.count)}: entries{' '}
            {g.positions.map((p) => `#${p}`).join(', ')}
            {g.count > g.positions.length ? ', …' : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Export and import": the saved list as a JSON file, and back. */
export function ExportImport({ saved, baseUrl }: ExportImportProps) {
  const { entries } = saved;
  const [skipped, setSkipped] = useState<SkipGroup[]>([]);
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
              void importFile(file, saved, setSkipped);
            }}
          />
        </label>
      </div>
      <SkipDetails groups={skipped} />
    </>
  );
}
