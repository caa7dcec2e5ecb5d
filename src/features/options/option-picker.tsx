import type { ApiModel } from '../../catalog';
import { ApiPicker } from './api-picker';
import './option-picker.css';
import { SelfHostPicker } from './self-host-picker';

export type PickerKind = 'api' | 'self-host';

/** The picker's content for "Add API model" or "Add self-hosted"; loaded on first open (ADR-30). */
export function OptionPicker({
  kind,
  mode,
  onDone,
}: {
  readonly kind: PickerKind;
  readonly mode: ApiModel['mode'];
  readonly onDone: () => void;
}) {
  return kind === 'api' ? (
    <ApiPicker initialMode={mode} onDone={onDone} />
  ) : (
    <SelfHostPicker initialMode={mode} onDone={onDone} />
  );
}
