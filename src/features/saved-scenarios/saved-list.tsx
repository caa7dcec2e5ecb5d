import { useId, useState } from 'react';
import { useCatalog, type CalculatorInputs } from '../../state';
import { decodeLink } from '../../url';
import type { SavedScenario } from './saved-store';
import type { SavedScenariosState } from './use-saved-scenarios';

/** The entry being renamed, and the name typed so far. */
type Renaming = { readonly id: string; readonly name: string };

type SavedListProps = {
  readonly saved: SavedScenariosState;
  readonly baseUrl: string;
  /** Opens a saved scenario (a new history entry: Back returns). */
  readonly onOpen: (inputs: CalculatorInputs, name: string) => void;
  /** An entry was deleted: whatever points at it lets go. */
  readonly onDeleted: (id: string) => void;
};

/** One formatter for every row: `toLocaleString` builds a new one per call (D6: 200 rows). */
let savedAtFormat: Intl.DateTimeFormat | null = null;

function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  savedAtFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return Number.isNaN(d.getTime()) ? iso : savedAtFormat.format(d);
}

/** "Saved in this browser": one row per entry, and an undo for the last delete. */
export function SavedList({
  saved,
  baseUrl,
  onOpen,
  onDeleted,
}: SavedListProps) {
  const id = useId();
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const { entries } = saved;
  const remove = (e: SavedScenario) => {
    const restore = saved.remove(e);
    onDeleted(e.id);
    setUndo(() => restore);
  };
  return (
    <>
      <h3 id={`${id}-list`}>Saved in this browser</h3>
      {entries.length === 0 ? (
        <p>No saved scenarios yet.</p>
      ) : (
        <table className="tool-table" aria-labelledby={`${id}-list`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Saved</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <SavedRow
                key={e.id}
                entry={e}
                rowId={`${id}-rename-${e.id}`}
                renaming={renaming?.id === e.id ? renaming : null}
                onRenaming={setRenaming}
                saved={saved}
                baseUrl={baseUrl}
                onOpen={onOpen}
                onDelete={() => remove(e)}
              />
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
    </>
  );
}

type SavedRowProps = {
  readonly entry: SavedScenario;
  /** The id of the row's rename field. */
  readonly rowId: string;
  /** This entry's rename in progress, if any. */
  readonly renaming: Renaming | null;
  readonly onRenaming: (renaming: Renaming | null) => void;
  readonly saved: SavedScenariosState;
  readonly baseUrl: string;
  readonly onOpen: (inputs: CalculatorInputs, name: string) => void;
  readonly onDelete: () => void;
};

/** One saved entry: its name (or the rename form), when it was saved, its actions. */
function SavedRow({
  entry: e,
  rowId,
  renaming,
  onRenaming,
  saved,
  baseUrl,
  onOpen,
  onDelete,
}: SavedRowProps) {
  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <RenameForm
            entry={e}
            inputId={rowId}
            name={renaming.name}
            onName={(name) => onRenaming({ id: e.id, name })}
            onSubmit={() => {
              saved.rename(e, renaming.name);
              onRenaming(null);
            }}
            onCancel={() => onRenaming(null)}
          />
        ) : (
          e.name
        )}
      </th>
      <td>{formatSavedAt(e.savedAt)}</td>
      <td>
        <EntryActions
          entry={e}
          baseUrl={baseUrl}
          onOpen={onOpen}
          onRename={() => onRenaming({ id: e.id, name: e.name })}
          onDuplicate={() => saved.duplicate(e)}
          onDelete={onDelete}
        />
      </td>
    </tr>
  );
}

type RenameFormProps = {
  readonly entry: SavedScenario;
  readonly inputId: string;
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
};

/** The new name of an entry, typed in its row. */
function RenameForm({
  entry,
  inputId,
  name,
  onName,
  onSubmit,
  onCancel,
}: RenameFormProps) {
  return (
    <form
      className="button-row"
      onSubmit={(ev) => {
        ev.preventDefault();
        onSubmit();
      }}
    >
      <label className="visually-hidden" htmlFor={inputId}>
        New name for {entry.name}
      </label>
      <input
        id={inputId}
        type="text"
        maxLength={60}
        value={name}
        onChange={(ev) => onName(ev.currentTarget.value)}
      />
      <button type="submit">Save name</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

type EntryActionsProps = {
  readonly entry: SavedScenario;
  readonly baseUrl: string;
  readonly onOpen: (inputs: CalculatorInputs, name: string) => void;
  readonly onRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
};

/** Open, Link, Rename, Duplicate and Delete for one entry. */
function EntryActions({
  entry: e,
  baseUrl,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: EntryActionsProps) {
  const catalog = useCatalog();
  return (
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
      <button type="button" aria-label={`Rename ${e.name}`} onClick={onRename}>
        Rename
      </button>
      <button
        type="button"
        aria-label={`Duplicate ${e.name}`}
        onClick={onDuplicate}
      >
        Duplicate
      </button>
      <button type="button" aria-label={`Delete ${e.name}`} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
