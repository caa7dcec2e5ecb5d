import {
  BOUNDS,
  selectActions,
  useCalculatorStore,
  useWorkloadFields,
} from '../../state';
import { formatInteger, formatPercent } from '../../lib/format';
import { RangeField, SelectField } from '../../ui';

/**
 * How the work is served (issue 11, docs/decisions/0018): interactive or
 * offline batch with a completion deadline, the shared prefix's cache hit
 * rate both sides use, and the users' round trip to a datacenter. A lazy
 * chunk: the first load does not carry it.
 */
export function ServingInputs() {
  const w = useWorkloadFields(
    'trafficKind',
    'batchDeadlineHours',
    'prefixHitRatePercent',
    'networkRoundTripMs',
  );
  const actions = useCalculatorStore(selectActions);
  const batch = w.trafficKind === 1;
  return (
    <>
      <SelectField
        label="Kind of traffic"
        value={String(w.trafficKind)}
        groups={[
          {
            label: '',
            options: [
              { value: '0', label: 'Interactive (users wait for answers)' },
              { value: '1', label: 'Offline batch (a completion deadline)' },
            ],
          },
        ]}
        onChange={(v) => actions.workloadChanged('trafficKind', Number(v))}
      />
      {batch ? (
        <RangeField
          label="Completion deadline"
          min={BOUNDS.batchDeadlineHours.min}
          max={BOUNDS.batchDeadlineHours.max}
          step={BOUNDS.batchDeadlineHours.step}
          value={w.batchDeadlineHours}
          valueText={`each day's work done within ${formatInteger(w.batchDeadlineHours)} h`}
          onChange={(v) => actions.workloadChanged('batchDeadlineHours', v)}
          hint="Self-hosted replicas are sized to finish in time at 90 % utilisation with no spare; APIs bill batch prices when their 24-hour batch window fits."
        />
      ) : null}
      <RangeField
        label="Prefix cache hit rate"
        min={BOUNDS.prefixHitRatePercent.min}
        max={BOUNDS.prefixHitRatePercent.max}
        step={BOUNDS.prefixHitRatePercent.step}
        value={w.prefixHitRatePercent}
        valueText={formatPercent(w.prefixHitRatePercent / 100)}
        onChange={(v) => actions.workloadChanged('prefixHitRatePercent', v)}
        hint="Requests that find the shared prefix already cached. APIs also lose it after 5 idle minutes; self-hosted engines with prefix caching (vLLM, SGLang, TGI, TensorRT-LLM, llama.cpp) skip its prefill."
      />
      <RangeField
        label="Network round trip to a datacenter"
        min={BOUNDS.networkRoundTripMs.min}
        max={BOUNDS.networkRoundTripMs.max}
        step={BOUNDS.networkRoundTripMs.step}
        value={w.networkRoundTripMs}
        valueText={`${formatInteger(w.networkRoundTripMs)} ms`}
        onChange={(v) => actions.workloadChanged('networkRoundTripMs', v)}
        hint="Added to the first token of APIs and of cloud or colocated servers; on-premises and desk machines are reached over the LAN (1 ms)."
      />
    </>
  );
}
