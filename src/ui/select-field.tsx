import { useId } from 'react';

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
};

/** A labelled native select with option groups (keyboard and screen-reader friendly as is). */
export function SelectField({
  label,
  value,
  groups,
  onChange,
  className,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`field select-field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {groups.map((g) =>
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
    </div>
  );
}
