import { useId, useState } from 'react';
import { MAX_SAVED } from './saved-store';
import type { SavedScenariosState } from './use-saved-scenarios';

type SaveCurrentFormProps = {
  readonly saved: SavedScenariosState;
  /** The current scenario's query, without `?`. */
  readonly currentQuery: string;
  /** The current scenario's name, if it has one: the field starts with it. */
  readonly currentName: string | null;
};

/** Saves the current scenario under a name (or "Scenario N"), up to MAX_SAVED. */
export function SaveCurrentForm({
  saved,
  currentQuery,
  currentName,
}: SaveCurrentFormProps) {
  const id = useId();
  const [name, setName] = useState(currentName ?? '');
  const { entries } = saved;
  return (
    <form
      className="button-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (entries.length >= MAX_SAVED) {
          saved.setStatus(
            `At most ${MAX_SAVED} scenarios can be saved; delete some first.`,
          );
          return;
        }
        const finalName = name.trim() || `Scenario ${entries.length + 1}`;
        // The count is checked again against storage as it is now (another tab may have saved).
        saved.save(finalName, currentQuery);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Name for the current scenario</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={60}
          value={name}
          placeholder={`Scenario ${entries.length + 1}`}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <button type="submit">Save current scenario</button>
    </form>
  );
}
