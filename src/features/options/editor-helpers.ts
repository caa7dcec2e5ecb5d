import {
  selectActions,
  useCalculatorStore,
  type OptionPatch,
  type SelfHostOptionState,
} from '../../state';
import type { SelectGroup } from '../../ui';

export type SectionProps = { readonly option: SelfHostOptionState };

/** Option groups in first-seen order. */
export function groupBy<T>(
  items: readonly T[],
  group: (item: T) => string,
  option: (item: T) => { value: string; label: string },
): SelectGroup[] {
  const out = new Map<string, { value: string; label: string }[]>();
  for (const item of items) {
    const key = group(item);
    const list = out.get(key) ?? [];
    list.push(option(item));
    out.set(key, list);
  }
  return [...out].map(([label, options]) => ({ label, options }));
}

/** One unnamed group: a plain select. */
export function flat(
  options: { value: string; label: string }[],
): SelectGroup[] {
  return [{ label: '', options }];
}

/** Changes this option in the store. */
export function useChangeOption(option: { readonly id: string }) {
  const actions = useCalculatorStore(selectActions);
  return (patch: OptionPatch) => actions.optionChanged(option.id, patch);
}
