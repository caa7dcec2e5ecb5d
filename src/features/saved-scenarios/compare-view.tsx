import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useCatalog } from '../../state';
import { decodeLink } from '../../url';
import { summariseScenario, type ScenarioSummary } from './compare-model';
import type { SavedScenario } from './saved-store';

/** The pick that stands for the scenario on the page, not a saved one. */
const CURRENT = '__current__';

/** The two scenarios compared: a saved entry's id, or CURRENT. */
export type ComparePair = {
  readonly a: string;
  readonly b: string;
  readonly setA: (key: string) => void;
  readonly setB: (key: string) => void;
  /** A deleted entry falls back to the current scenario wherever it was picked. */
  readonly forget: (id: string) => void;
};

/** A starts as the current scenario; until chosen, B is the first saved one (or the current). */
export function useComparePair(entries: readonly SavedScenario[]): ComparePair {
  const [a, setA] = useState<string>(CURRENT);
  const [chosenB, setB] = useState<string | null>(null);
  const b = chosenB ?? entries[0]?.id ?? CURRENT;
  const forget = (id: string) => {
    if (a === id) setA(CURRENT);
    if (b === id) setB(CURRENT);
  };
  return { a, b, setA, setB, forget };
}

/** The headline rows of the comparison, in order: label and summary field. */
const SUMMARY_ROWS = [
  ['Verdict', 'verdict'],
  ['Its monthly cost', 'verdictCost'],
  ['Crossover', 'crossover'],
  ['Monthly tokens', 'tokensPerMonth'],
  ['Use case', 'useCase'],
] as const satisfies readonly (readonly [string, keyof ScenarioSummary])[];

type CompareViewProps = {
  readonly entries: readonly SavedScenario[];
  /** The current scenario's query, without `?`. */
  readonly currentQuery: string;
  readonly pair: ComparePair;
};

/** "Compare side by side": two pickers, then verdict, crossover and each option's cost of both. */
export function CompareView({ entries, currentQuery, pair }: CompareViewProps) {
  const catalog = useCatalog();
  const id = useId();
  const { a, b } = pair;
  const queryOf = (key: string) =>
    key === CURRENT
      ? currentQuery
      : (entries.find((e) => e.id === key)?.query ?? '');
  const labelOf = (key: string) =>
    key === CURRENT
      ? 'Current scenario'
      : (entries.find((e) => e.id === key)?.name ?? '');
  // Two full evaluations: deferred, so the dialog and its list paint first
  // (issue 15, D6), and keyed by the two queries, not the whole list, so a
  // change elsewhere in the list (another tab) does not evaluate them again.
  // A query never holds a raw newline (it would be %0A): one string key for the pair.
  const pairKey = useDeferredValue<string | null>(
    `${queryOf(a)}\n${queryOf(b)}`,
    null,
  );
  const summaries = useMemo(() => {
    if (pairKey === null) return null;
    const [qa = '', qb = ''] = pairKey.split('\n');
    const one = (q: string) =>
      summariseScenario(decodeLink(q, { catalog }).inputs, catalog);
    return { a: one(qa), b: one(qb) };
  }, [pairKey, catalog]);
  if (!summaries)
    return (
      <>
        <h3 id={`${id}-compare`}>Compare side by side</h3>
        <p className="loading">Comparing…</p>
      </>
    );
  const optionRows = [
    ...new Set([...summaries.a.costs.keys(), ...summaries.b.costs.keys()]),
  ];
  return (
    <>
      <h3 id={`${id}-compare`}>Compare side by side</h3>
      <div className="pair-row">
        {(
          [
            ['A', a, pair.setA],
            ['B', b, pair.setB],
          ] as const
        ).map(([which, value, set]) => (
          <div className="field" key={which}>
            <label htmlFor={`${id}-pick-${which}`}>Scenario {which}</label>
            <select
              id={`${id}-pick-${which}`}
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
      <table className="tool-table" aria-labelledby={`${id}-compare`}>
        <thead>
          <tr>
            <td />
            <th scope="col">{labelOf(a)}</th>
            <th scope="col">{labelOf(b)}</th>
          </tr>
        </thead>
        <tbody>
          {SUMMARY_ROWS.map(([label, key]) => (
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
    </>
  );
}
