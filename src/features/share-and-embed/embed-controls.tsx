import {
  LOG_SLIDER_STEPS,
  BOUNDS,
  selectActions,
  selectWorkload,
  sliderPositionFromTokens,
  tokensFromSliderPosition,
  useCalculatorStore,
  presetChoices,
  WORKLOAD_PRESETS,
  type WorkloadPresetId,
} from '../../state';
import { formatRatio, formatTokensPerMonth } from '../../lib/format';
import { Panel, RangeField, SelectField } from '../../ui';

/** Inputs a host page can fix in place (`lock=` in the embed URL). */
export type EmbedLock = 'tpm' | 'is' | 'uc';

/**
 * The embed's key sliders: volume, input:output split and use case. A
 * locked input is shown as a fixed value, not a control.
 */
export function EmbedControls({
  locked,
}: {
  readonly locked: readonly EmbedLock[];
}) {
  const w = useCalculatorStore(selectWorkload);
  const actions = useCalculatorStore(selectActions);
  const isLocked = (k: EmbedLock) => locked.includes(k);
  const preset = WORKLOAD_PRESETS.find((p) => p.id === w.presetId);
  return (
    <Panel id="embed-inputs" title="Your workload" className="embed-controls">
      <div className="embed-controls-grid">
        {isLocked('uc') ? (
          <p className="fixed-input">
            Use case: <strong>{preset?.label ?? 'Custom'}</strong>
          </p>
        ) : (
          <SelectField
            label="Use case"
            value={w.presetId}
            groups={[{ label: '', options: presetChoices(w.presetId) }]}
            onChange={(v) => {
              if (v !== 'custom') actions.presetApplied(v as WorkloadPresetId);
            }}
          />
        )}
        {isLocked('tpm') ? (
          <p className="fixed-input">
            Monthly tokens:{' '}
            <strong>{formatTokensPerMonth(w.tokensPerMonth)}</strong>
          </p>
        ) : (
          <RangeField
            label="Monthly tokens"
            min={0}
            max={LOG_SLIDER_STEPS}
            step={1}
            value={sliderPositionFromTokens(w.tokensPerMonth)}
            valueText={formatTokensPerMonth(w.tokensPerMonth)}
            onChange={(p) =>
              actions.workloadChanged(
                'tokensPerMonth',
                tokensFromSliderPosition(p),
              )
            }
          />
        )}
        {isLocked('is') ? (
          <p className="fixed-input">
            Input : output: <strong>{formatRatio(w.inputSharePercent)}</strong>
          </p>
        ) : (
          <RangeField
            label="Input : output"
            min={BOUNDS.inputSharePercent.min}
            max={BOUNDS.inputSharePercent.max}
            step={BOUNDS.inputSharePercent.step}
            value={w.inputSharePercent}
            valueText={`${formatRatio(w.inputSharePercent)} (${w.inputSharePercent}% input)`}
            onChange={(v) => actions.workloadChanged('inputSharePercent', v)}
          />
        )}
      </div>
    </Panel>
  );
}
