import { useId, useState } from 'react';

export type SelectOption = { readonly value: string; readonly label: string };
export type SelectGroup = {
  readonly label: string;
  readonly options: readonly SelectOption[];
};

type SelectFieldProps = {
  readonly label: string;
  readonly value: string;
  readonly groups: readonly SelectGroup[];
  readonly onChange: (value: string) => void;
  readonly className?: string;
  /** Adds a search box that filters the list (for long catalogs). */
  readonly searchable?: boolean;
};

function matches(
  option: SelectOption,
  group: SelectGroup,
  query: string,
): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const text = `${group.label} ${option.label} ${option.value}`.toLowerCase();
  return q.split(/\s+/).every((word) => text.includes(word));
}

/**
 * A labelled native select with option groups (keyboard and screen-reader
 * friendly as is); `searchable` adds a filter box above it. The chosen value
 * always stays in the list.
 */
export function SelectField({
  label,
  value,
  groups,
  onChange,
  className,
  searchable,
}: SelectFieldProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const filtered = groups
    .map((g) => ({
      ...g,
      options: g.options.filter(
        (o) => o.value === value || matches(o, g, query),
      ),
    }))
    .filter((g) => g.options.length > 0);
  const count = filtered.reduce((n, g) => n + g.options.length, 0);
  return (
    <div className={`field select-field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>{label}</label>
      {searchable ? (
        <input
          type="search"
          className="select-search"
          placeholder="Type to filter…"
          aria-label={`Search ${label.toLowerCase()}`}
          aria-controls={id}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      ) : null}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {filtered.map((g) =>
          g.label ? (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
      {searchable && query ? (
        <p className="field-hint" aria-live="polite">
          {count} match{count === 1 ? '' : 'es'}
        </p>
      ) : null}
    </div>
  );
}
