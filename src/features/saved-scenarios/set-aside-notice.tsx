import { downloadText } from '../../lib/download';
import { LEGACY_SEEN_KEY } from './saved-db';
import {
  MAX_SAVED,
  readSetAside,
  SAVED_KEY,
  type KeyValueStoreLike,
} from './saved-store';
import type { SavedScenariosState } from './use-saved-scenarios';

type SetAsideNoticeProps = {
  readonly storage: KeyValueStoreLike;
  readonly saved: SavedScenariosState;
};

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The stored values of some keys, verbatim (never parsed: nothing in them can fail the download). */
function downloadRaw(
  storage: KeyValueStoreLike,
  filename: string,
  keys: readonly string[],
) {
  const values: Record<string, string | null> = {};
  for (const k of keys) values[k] = storage.get(k);
  downloadText(filename, JSON.stringify(values, null, 2), 'application/json');
}

/**
 * Says what could not be read and where it is kept (never deleted, never
 * written over), and offers each as a file (ADR-11, ADR-22, issue 15 D2).
 */
export function SetAsideNotice({ storage, saved }: SetAsideNoticeProps) {
  const { setAsideNow, setAsideCount, unreadable, beyondLimit, legacyKept } =
    saved;
  return (
    <>
      {legacyKept ? (
        <div className="link-notice" role="alert">
          <p>
            <strong>
              Your older saved list could not be moved: {legacyKept.reason}.
            </strong>{' '}
            It is kept exactly as it was (
            {plural(legacyKept.chars, 'character', 'characters')}) under “
            {SAVED_KEY}”, and Crossover will not write over it. New saves are
            stored separately. Download it to keep a copy; remove it only once
            you have one.
          </p>
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                downloadRaw(storage, 'crossover-older-saved-list.json', [
                  SAVED_KEY,
                ])
              }
            >
              Download the older list
            </button>
            <button
              type="button"
              onClick={() => {
                storage.remove(SAVED_KEY);
                storage.remove(LEGACY_SEEN_KEY);
                saved.reload();
                saved.setStatus('Removed the older saved list.');
              }}
            >
              Remove the older list
            </button>
          </div>
        </div>
      ) : null}
      {unreadable.length > 0 || beyondLimit > 0 ? (
        <div className="link-notice" role="status">
          <p>
            {unreadable.length > 0
              ? `${plural(unreadable.length, 'saved entry', 'saved entries')} could not be read (${unreadable[0]!.reason}${unreadable.length > 1 ? ', …' : ''}); ${unreadable.length === 1 ? 'it is' : 'they are'} kept as stored, not shown. `
              : ''}
            {beyondLimit > 0
              ? `${plural(beyondLimit, 'more entry is', 'more entries are')} stored beyond the limit of ${MAX_SAVED} and not shown; kept as stored.`
              : ''}
          </p>
          <button
            type="button"
            onClick={() =>
              downloadRaw(
                storage,
                'crossover-unread-entries.json',
                unreadable.map((u) => u.key),
              )
            }
            disabled={unreadable.length === 0}
          >
            Download unreadable entries
          </button>
        </div>
      ) : null}
      {setAsideNow > 0 || setAsideCount > 0 ? (
        <div className="link-notice" role="status">
          <p>
            <strong>
              {setAsideNow > 0
                ? `${setAsideNow} saved ${setAsideNow === 1 ? 'entry' : 'entries'} could not be read and ${setAsideNow === 1 ? 'was' : 'were'} set aside.`
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
                // Parsed under LIMITS.setAside (depth-bounded): safe to stringify.
                JSON.stringify(readSetAside(storage), null, 2),
                'application/json',
              )
            }
          >
            Download set-aside entries
          </button>
        </div>
      ) : null}
    </>
  );
}
