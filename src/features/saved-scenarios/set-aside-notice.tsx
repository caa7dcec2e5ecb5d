import { downloadText } from '../../lib/download';
import { readSetAside, type KeyValueStoreLike } from './saved-store';
import type { SavedScenariosState } from './use-saved-scenarios';

type SetAsideNoticeProps = {
  readonly storage: KeyValueStoreLike;
  readonly saved: SavedScenariosState;
};

/** Says that unreadable entries were set aside (never deleted) and offers them as a file. */
export function SetAsideNotice({ storage, saved }: SetAsideNoticeProps) {
  const { setAsideNow, setAsideCount } = saved;
  if (setAsideNow === 0 && setAsideCount === 0) return null;
  return (
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
            JSON.stringify(readSetAside(storage), null, 2),
            'application/json',
          )
        }
      >
        Download set-aside entries
      </button>
    </div>
  );
}
