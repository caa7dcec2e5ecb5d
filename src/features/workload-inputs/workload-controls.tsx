import {
  BOUNDS,
  LOG_SLIDER_STEPS,
  presetChoices,
  selectActions,
  sliderPositionFromTokens,
  tokensFromSliderPosition,
  useCalculatorStore,
  useCommitSchedule,
  useWorkloadFields,
  WORKLOAD_PRESETS,
  type WorkloadPresetId,
} from '../../state';
import { formatRatio, formatTokensPerMonth } from '../../lib/format';
import { RangeField, SelectField } from '../../ui';

/**
 * The workload's key controls, shared by the workload panel and the embed
 * (composed in app/). A locked control shows its value read-only instead: a
 * host page can fix an input in place (`lock=` in the embed URL).
 */
export type WorkloadControlProps = {
  readonly locked?: boolean;
};

/** A read-only input: "Label: value". */
function FixedInput({
  label,
  value,
}: {
  readonly label: string;
  readonly value: string;
}) {
  return (
    <p className="fixed-input">
      {label}: <strong>{value}</strong>
    </p>
  );
}

/** Use case: picking a preset applies its workload shape (and options). */
export function UseCaseSelect({ locked = false }: WorkloadControlProps) {
  // Each control reads only its own fields: a result or a sibling's change renders none of them (issue 13).
  const w = useWorkloadFields('presetId');
  const actions = useCalculatorStore(selectActions);
  if (locked) {
    const preset = WORKLOAD_PRESETS.find((p) => p.id === w.presetId);
    return <FixedInput label="Use case" value={preset?.label ?? 'Custom'} />;
  }
  return (
    <SelectField
      label="Use case"
      value={w.presetId}
      groups={[{ label: '', options: presetChoices(w.presetId) }]}
      onChange={(v) => {
        if (v !== 'custom') actions.presetApplied(v as WorkloadPresetId);
      }}
    />
  );
}

/** Monthly tokens on a log slider (the typed field lives in the workload panel). */
export function MonthlyTokensSlider({
  locked = false,
  hint,
}: WorkloadControlProps & { readonly hint?: string }) {
  const w = useWorkloadFields('tokensPerMonth');
  const actions = useCalculatorStore(selectActions);
  const schedule = useCommitSchedule();
  if (locked) {
    return (
      <FixedInput
        label="Monthly tokens"
        value={formatTokensPerMonth(w.tokensPerMonth)}
      />
    );
  }
  return (
    <RangeField
      label="Monthly tokens"
      min={0}
      max={LOG_SLIDER_STEPS}
      step={1}
      value={sliderPositionFromTokens(w.tokensPerMonth)}
      valueText={formatTokensPerMonth(w.tokensPerMonth)}
      formatValue={(p) => formatTokensPerMonth(tokensFromSliderPosition(p))}
      // The press paints the slider alone; the store follows after the paint (ADR-33).
      schedule={schedule}
      onChange={(p) =>
        actions.workloadChanged('tokensPerMonth', tokensFromSliderPosition(p))
      }
      {...(hint ? { hint } : {})}
    />
  );
}

/** The input share of all tokens, read as a ratio (3:1). */
export function InputShareSlider({ locked = false }: WorkloadControlProps) {
  const w = useWorkloadFields('inputSharePercent');
  const actions = useCalculatorStore(selectActions);
  const schedule = useCommitSchedule();
  if (locked) {
    return (
      <FixedInput
        label="Input : output"
        value={formatRatio(w.inputSharePercent)}
      />
    );
  }
  return (
    <RangeField
      label="Input : output"
      min={BOUNDS.inputSharePercent.min}
      max={BOUNDS.inputSharePercent.max}
      step={BOUNDS.inputSharePercent.step}
      value={w.inputSharePercent}
      valueText={`${formatRatio(w.inputSharePercent)} (${w.inputSharePercent}% input)`}
      formatValue={(v) => `${formatRatio(v)} (${v}% input)`}
      schedule={schedule}
      onChange={(v) => actions.workloadChanged('inputSharePercent', v)}
    />
  );
}
