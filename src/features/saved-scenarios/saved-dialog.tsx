import { useId, useMemo, useState } from 'react';
import { CATALOG_VERSION } from '../../catalog';
import { useCatalog, type CalculatorInputs } from '../../state';
import { decodeLink } from '../../url';
import { summariseScenario } from './compare-model';
import { downloadText, newEntryId } from './download';
import {
  addScenario,
  deleteScenario,
  duplicateScenario,
  exportScenarios,
  importScenarios,
  loadSaved,
  MAX_SAVED,
  readSetAside,
  renameScenario,
  saveAll,
  type KeyValueStoreLike,
  type SavedScenario,
} from './saved-store';

export type SavedScenariosDialogProps = {
  readonly storage: KeyValueStoreLike;
  /** The current scenario's query, without `?`. */
  readonly currentQuery: string;
  readonly currentName: string | null;
  /** Opens a saved scenario (a new history entry: Back returns). */
  readonly onOpen: (inputs: CalculatorInputs, name: string) => void;
  readonly baseUrl: string;
};

const CURRENT = '__current__';

function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Saved scenarios: save, list, rename, duplicate, delete, open, compare, export and import. */
export function SavedScenariosDialog({
  storage,
  currentQuery,
  currentName,
  onOpen,
  baseUrl,
}: SavedScenariosDialogProps) {
  const catalog = useCatalog();
  const ids = useId();
  const [initial] = useState(() => loadSaved(storage, new Date()));
  const [entries, setEntries] = useState<readonly SavedScenario[]>(
    initial.entries,
  );
  const [status, setStatus] = useState<string>(
    initial.persisted
      ? ''
      : 'This browser does not let Crossover save; changes last for this page only.',
  );
  const [name, setName] = useState(currentName ?? '');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(
    null,
  );
  const [a, setA] = useState<string>(CURRENT);
  // Until chosen, B is the first saved scenario (or the current one).
  const [chosenB, setB] = useState<string | null>(null);
  const b = chosenB ?? entries[0]?.id ?? CURRENT;
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const setAsideCount = readSetAside(storage).length;

  const commit = (next: readonly SavedScenario[], message: string) => {
    setEntries(next);
    const ok = saveAll(storage, next);
    setStatus(
      ok
        ? message
        : `${message} But this browser refused to store it (storage full or disabled); it lasts for this page only.`,
    );
  };

  const queryOf = (key: string) =>
    key === CURRENT
      ? currentQuery
      : (entries.find((e) => e.id === key)?.query ?? '');
  const labelOf = (key: string) =>
    key === CURRENT
      ? 'Current scenario'
      : (entries.find((e) => e.id === key)?.name ?? '');
  const summaries = useMemo(() => {
    const one = (key: string) =>
      summariseScenario(decodeLink(queryOf(key), { catalog }).inputs, catalog);
    return { a: one(a), b: one(b) };
    // queryOf reads entries/currentQuery, both listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [a, b, entries, currentQuery, catalog]);
  const optionRows = [
    ...new Set([...summaries.a.costs.keys(), ...summaries.b.costs.keys()]),
  ];

  return (
    <div className="saved-dialog">
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (entries.length >= MAX_SAVED) {
            setStatus(
              `At most ${MAX_SAVED} scenarios can be saved; delete some first.`,
            );
            return;
          }
          const finalName = name.trim() || `Scenario ${entries.length + 1}`;
          commit(
            addScenario(
              entries,
              { name: finalName, query: currentQuery },
              newEntryId(),
              new Date(),
            ),
            `Saved “${finalName}”.`,
          );
        }}
      >
        <div className="field">
          <label htmlFor={`${ids}-name`}>Name for the current scenario</label>
          <input
            id={`${ids}-name`}
            type="text"
            maxLength={60}
            value={name}
            placeholder={`Scenario ${entries.length + 1}`}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <button type="submit">Save current scenario</button>
      </form>
      <p role="status" className="saved-status">
        {status}
      </p>

      {initial.setAsideNow > 0 || setAsideCount > 0 ? (
        <div className="link-notice" role="status">
          <p>
            <strong>
              {initial.setAsideNow > 0
                ? `${initial.setAsideNow} saved ${initial.setAsideNow === 1 ? 'entry' : 'entries'} could not be read and ${initial.setAsideNow === 1 ? 'was' : 'were'} set aside.`
                : `${setAsideCount} unreadable ${setAsideCount === 1 ? 'entry is' : 'entries are'} set aside.`}
            </strong>{' '}
            Nothing was deleted: set-aside entries stay in this browser under
            “crossover:set-aside”, and the rest of your list works.
          </p>
          <button
            type="button"
            onClick={() =>
              downloadText(
                'crossover-set-aside.json',
                JSON.stringify(readSetAside(storage), null, 2),
                'application/json',
              )
            }
          >
            Download set-aside entries
          </button>
        </div>
      ) : null}

      <h3 id={`${ids}-list`}>Saved in this browser</h3>
      {entries.length === 0 ? (
        <p>No saved scenarios yet.</p>
      ) : (
        <table className="tool-table" aria-labelledby={`${ids}-list`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Saved</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  {renaming?.id === e.id ? (
                    <form
                      className="button-row"
                      onSubmit={(ev) => {
                        ev.preventDefault();
                        commit(
                          renameScenario(
                            entries,
                            e.id,
                            renaming.name,
                            new Date(),
                          ),
                          'Renamed.',
                        );
                        setRenaming(null);
                      }}
                    >
                      <label
                        className="visually-hidden"
                        htmlFor={`${ids}-rename-${e.id}`}
                      >
                        New name for {e.name}
                      </label>
                      <input
                        id={`${ids}-rename-${e.id}`}
                        type="text"
                        maxLength={60}
                        value={renaming.name}
                        onChange={(ev) =>
                          setRenaming({
                            id: e.id,
                            name: ev.currentTarget.value,
                          })
                        }
                      />
                      <button type="submit">Save name</button>
                      <button type="button" onClick={() => setRenaming(null)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    e.name
                  )}
                </th>
                <td>{formatSavedAt(e.savedAt)}</td>
                <td>
                  <div className="button-row">
                    <button
                      type="button"
                      aria-label={`Open ${e.name}`}
                      onClick={() => {
                        const d = decodeLink(e.query, { catalog });
                        onOpen(d.inputs, e.name);
                      }}
                    >
                      Open
                    </button>
                    <a
                      href={`${baseUrl}${e.query ? `?${e.query}` : ''}`}
                      aria-label={`Link to ${e.name}`}
                    >
                      Link
                    </a>
                    <button
                      type="button"
                      aria-label={`Rename ${e.name}`}
                      onClick={() => setRenaming({ id: e.id, name: e.name })}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      aria-label={`Duplicate ${e.name}`}
                      onClick={() =>
                        commit(
                          duplicateScenario(
                            entries,
                            e.id,
                            newEntryId(),
                            new Date(),
                          ),
                          `Duplicated “${e.name}”.`,
                        )
                      }
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete ${e.name}`}
                      onClick={() => {
                        const before = entries;
                        commit(
                          deleteScenario(entries, e.id),
                          `Deleted “${e.name}”.`,
                        );
                        if (a === e.id) setA(CURRENT);
                        if (b === e.id) setB(CURRENT);
                        setUndo(
                          () => () => commit(before, `Restored “${e.name}”.`),
                        );
                      }}
                    >
                      Delete
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undo ? (
        <button
          type="button"
          onClick={() => {
            undo();
            setUndo(null);
          }}
        >
          Undo delete
        </button>
      ) : null}

      <h3 id={`${ids}-compare`}>Compare side by side</h3>
      <div className="pair-row">
        {(
          [
            ['A', a, setA],
            ['B', b, setB],
          ] as const
        ).map(([which, value, set]) => (
          <div className="field" key={which}>
            <label htmlFor={`${ids}-pick-${which}`}>Scenario {which}</label>
            <select
              id={`${ids}-pick-${which}`}
              value={value}
              onChange={(ev) => set(ev.currentTarget.value)}
            >
              <option value={CURRENT}>Current scenario</option>
              {entries.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <table className="tool-table" aria-labelledby={`${ids}-compare`}>
        <thead>
          <tr>
            <td />
            <th scope="col">{labelOf(a)}</th>
            <th scope="col">{labelOf(b)}</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['Verdict', 'verdict'],
              ['Its monthly cost', 'verdictCost'],
              ['Crossover', 'crossover'],
              ['Monthly tokens', 'tokensPerMonth'],
              ['Use case', 'useCase'],
            ] as const
          ).map(([label, key]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{summaries.a[key]}</td>
              <td>{summaries.b[key]}</td>
            </tr>
          ))}
          {optionRows.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{summaries.a.costs.get(label) ?? '—'}</td>
              <td>{summaries.b.costs.get(label) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

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
              void file.text().then((text) => {
                const r = importScenarios(
                  entries,
                  text,
                  newEntryId,
                  new Date(),
                );
                if (r.error) {
                  setStatus(`Nothing imported: ${r.error}`);
                  return;
                }
                const skipped =
                  r.skipped.length > 0
                    ? ` Skipped ${r.skipped.length}: ${r.skipped.map((s) => `#${s.position} (${s.reason})`).join('; ')}.`
                    : '';
                commit(
                  r.entries,
                  `Imported ${r.added} ${r.added === 1 ? 'scenario' : 'scenarios'}.${skipped}`,
                );
              });
            }}
          />
        </label>
      </div>
    </div>
  );
}
