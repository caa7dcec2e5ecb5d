import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiModel } from '../../catalog';
import { glossary } from '../../lib/glossary';
import { formatTokens, formatUsd } from '../../lib/format';
import {
  selectActions,
  selectOptions,
  useCalculatorStore,
  useCatalog,
} from '../../state';
import { Term } from '../../ui';
import {
  apiPickerRows,
  filterApiRows,
  PRIVACY_BADGES,
  type ApiPickerRow,
  type ApiPickerSort,
  type PrivacyBadge,
} from './api-picker-model';

type ApiPickerProps = {
  /** Chat or embedding: the mode the page compares now. */
  readonly initialMode: ApiModel['mode'];
  /** Called after a model was added (the dialog closes, focus goes back to its opener). */
  readonly onDone: () => void;
};

const SORTS: readonly { value: ApiPickerSort; label: string }[] = [
  { value: 'price', label: 'Price, lowest first' },
  { value: 'quality', label: 'Quality index, highest first' },
  { value: 'context', label: 'Context window, largest first' },
  { value: 'name', label: 'Name' },
];

/** Puts the caret in the search box once the dialog has opened (showModal focuses its first button). */
export function useInitialFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const t = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(t);
  }, []);
  return ref;
}

/** "Add API model": search, filter by privacy facts, sort, and add one of the catalog's API models (ADR-30). */
export function ApiPicker({ initialMode, onDone }: ApiPickerProps) {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const actions = useCalculatorStore(selectActions);
  const [text, setText] = useState('');
  const [mode, setMode] = useState(initialMode);
  const [required, setRequired] = useState<readonly PrivacyBadge[]>([]);
  const [sort, setSort] = useState<ApiPickerSort>('price');
  const search = useInitialFocus<HTMLInputElement>();
  const rows = useMemo(
    () => apiPickerRows(catalog, options),
    [catalog, options],
  );
  const shown = filterApiRows(rows, (id) => catalog.byId.apiModels[id]?.mode, {
    mode,
    text,
    required,
    sort,
  });
  const ofMode = rows.filter(
    (r) => catalog.byId.apiModels[r.id]?.mode === mode,
  ).length;
  const toggle = (b: PrivacyBadge) =>
    setRequired((r) => (r.includes(b) ? r.filter((x) => x !== b) : [...r, b]));
  return (
    <div className="picker">
      <div className="picker-controls">
        <label className="picker-search">
          <span>Search models</span>
          <input
            ref={search}
            type="search"
            value={text}
            placeholder="Name or provider, e.g. claude bedrock"
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>Kind</span>
          <select
            value={mode}
            onChange={(e) => setMode(e.currentTarget.value as ApiModel['mode'])}
          >
            <option value="chat">Chat and reasoning</option>
            <option value="embedding">Embeddings</option>
          </select>
        </label>
        <label>
          <span>Sort by</span>
          <select
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as ApiPickerSort)}
          >
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="picker-filters">
          <legend>Only models whose deployment</legend>
          {PRIVACY_BADGES.map((b) => (
            <label key={b.id} className="check">
              <input
                type="checkbox"
                checked={required.includes(b.id)}
                onChange={() => toggle(b.id)}
              />
              {b.label.replace(/^./, (c) => c.toLowerCase())}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="picker-count" role="status">
        {shown.length === ofMode
          ? `${ofMode} ${ofMode === 1 ? 'model' : 'models'}`
          : `${shown.length} of ${ofMode} ${ofMode === 1 ? 'model' : 'models'}`}
      </p>
      <div className="picker-table-wrap">
        <table className="picker-table" role="table">
          <caption className="visually-hidden">
            API models: list prices in US dollars per million tokens, the
            Artificial Analysis Intelligence Index, the context window and the
            deployment&apos;s privacy facts
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                Model
              </th>
              <th role="columnheader" scope="col" className="num">
                Input <span className="unit">$/1M tokens</span>
              </th>
              <th role="columnheader" scope="col" className="num">
                Output <span className="unit">$/1M tokens</span>
              </th>
              <th role="columnheader" scope="col" className="num">
                <Term explain={glossary.aaIndex}>Quality</Term>
              </th>
              <th role="columnheader" scope="col" className="num">
                Context <span className="unit">tokens</span>
              </th>
              <th role="columnheader" scope="col">
                Privacy
              </th>
              <th role="columnheader" scope="col">
                <span className="visually-hidden">Add</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {shown.map((r) => (
              <ApiRow
                key={r.id}
                row={r}
                onAdd={() => {
                  actions.apiOptionAdded(r.id);
                  onDone();
                }}
              />
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? (
          <p className="picker-empty">
            No {mode === 'chat' ? 'chat' : 'embedding'} model matches: clear the
            search or a filter.
          </p>
        ) : null}
      </div>
    </div>
  );
}

function ApiRow({
  row,
  onAdd,
}: {
  readonly row: ApiPickerRow;
  readonly onAdd: () => void;
}) {
  const title = `${row.name} (${row.providerName})`;
  return (
    <tr className={row.added ? 'added' : undefined} role="row">
      <th role="rowheader" scope="row">
        <span className="picker-name">{row.name}</span>
        <span className="picker-sub">{row.providerName}</span>
      </th>
      <td role="cell" data-label="Input $/1M" className="num">
        {formatUsd(row.usdPerMillionInput)}
      </td>
      <td role="cell" data-label="Output $/1M" className="num">
        {row.usdPerMillionOutput === 0
          ? '—'
          : formatUsd(row.usdPerMillionOutput)}
      </td>
      <td role="cell" data-label="Quality" className="num">
        {row.qualityIndex ?? 'not rated'}
      </td>
      <td role="cell" data-label="Context" className="num">
        {formatTokens(row.contextWindowTokens)}
      </td>
      <td role="cell" data-label="Privacy">
        <span className="picker-badges" title={row.deploymentSummary}>
          {PRIVACY_BADGES.filter((b) => row.badges.includes(b.id)).map((b) => (
            <span key={b.id} className="privacy-badge" title={b.label}>
              {b.short}
              <span className="visually-hidden">: {b.label}</span>
            </span>
          ))}
          {row.badges.length === 0 ? (
            <span className="picker-sub">none of these</span>
          ) : null}
        </span>
      </td>
      <td role="cell" className="picker-action">
        {row.added ? (
          <span className="picker-added">Added</span>
        ) : (
          <button type="button" onClick={onAdd} aria-label={`Add ${title}`}>
            Add
          </button>
        )}
      </td>
    </tr>
  );
}
