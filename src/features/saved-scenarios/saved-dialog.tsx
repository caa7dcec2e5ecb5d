import type { CalculatorInputs } from '../../state';
import { CompareView, useComparePair } from './compare-view';
import { ExportImport } from './export-import';
import { SaveCurrentForm } from './save-form';
import { SavedList } from './saved-list';
import type { KeyValueStoreLike } from './saved-store';
import { SetAsideNotice } from './set-aside-notice';
import { useSavedScenarios } from './use-saved-scenarios';

export type SavedScenariosDialogProps = {
  readonly storage: KeyValueStoreLike;
  /** The current scenario's query, without `?`. */
  readonly currentQuery: string;
  readonly currentName: string | null;
  /** Opens a saved scenario (a new history entry: Back returns). */
  readonly onOpen: (inputs: CalculatorInputs, name: string) => void;
  readonly baseUrl: string;
};

/** Saved scenarios: save, list, rename, duplicate, delete, open, compare, export and import. */
export function SavedScenariosDialog({
  storage,
  currentQuery,
  currentName,
  onOpen,
  baseUrl,
}: SavedScenariosDialogProps) {
  const saved = useSavedScenarios(storage);
  const pair = useComparePair(saved.entries);
  return (
    <div className="saved-dialog">
      <SaveCurrentForm
        saved={saved}
        currentQuery={currentQuery}
        currentName={currentName}
      />
      <p role="status" className="saved-status">
        {saved.status}
      </p>
      <SetAsideNotice storage={storage} saved={saved} />
      <SavedList
        saved={saved}
        baseUrl={baseUrl}
        onOpen={onOpen}
        onDeleted={pair.forget}
      />
      <CompareView
        entries={saved.entries}
        currentQuery={currentQuery}
        pair={pair}
      />
      <ExportImport saved={saved} baseUrl={baseUrl} />
    </div>
  );
}
