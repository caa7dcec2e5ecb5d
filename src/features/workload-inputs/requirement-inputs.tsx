import {
  BOUNDS,
  selectActions,
  useCalculatorStore,
  useWorkloadFields,
} from '../../state';
import { formatInteger } from '../../lib/format';
import { RangeField, SelectField } from '../../ui';

/**
 * Where reasoning APIs' hidden tokens come from (docs/methods.md §17.1): each
 * model's measured count at its provider's default effort, or one count the
 * user sets for every reasoning API.
 */
export function ReasoningTokenInputs() {
  const w = useWorkloadFields(
    'reasoningFromModel',
    'reasoningTokensPerRequest',
  );
  const actions = useCalculatorStore(selectActions);
  const fromModel = w.reasoningFromModel === 1;
  return (
    <>
      <SelectField
        label="Reasoning tokens"
        value={fromModel ? 'model' : 'own'}
        groups={[
          {
            label: 'Hidden thinking, billed as output',
            options: [
              { value: 'model', label: "Each model's measured count" },
              { value: 'own', label: 'My own count for every reasoning API' },
            ],
          },
        ]}
        onChange={(v) =>
          actions.workloadChanged('reasoningFromModel', v === 'model' ? 1 : 0)
        }
      />
      {fromModel ? (
        <p className="derived-line">
          Reasoning APIs add the hidden tokens measured for them at the
          provider&apos;s default effort (Artificial Analysis first-token delay
          × speed); they are billed as output and delay the first token.
        </p>
      ) : (
        <RangeField
          label="Reasoning tokens per request"
          min={0}
          max={BOUNDS.reasoningTokensPerRequest.max}
          step={BOUNDS.reasoningTokensPerRequest.step}
          value={w.reasoningTokensPerRequest}
          valueText={`${formatInteger(w.reasoningTokensPerRequest)} tokens`}
          onChange={(v) =>
            actions.workloadChanged('reasoningTokensPerRequest', v)
          }
          hint="Hidden thinking tokens; reasoning APIs bill them as output."
        />
      )}
    </>
  );
}

/**
 * How the latency targets bind (docs/methods.md §17.3, §17.2): required
 * targets exclude any option that misses them, API or self-hosted; preferred
 * ones add a caveat. p95 looks at the slowest 5 % of requests.
 */
export function LatencyRequirementInputs() {
  const w = useWorkloadFields('latencyTargetRequired', 'latencyTargetP95');
  const actions = useCalculatorStore(selectActions);
  return (
    <div className="field-row">
      <SelectField
        label="Latency targets are"
        value={w.latencyTargetRequired === 1 ? 'required' : 'preferred'}
        groups={[
          {
            label: 'Strength',
            options: [
              {
                value: 'preferred',
                label: 'Preferred: a miss is a caveat',
              },
              {
                value: 'required',
                label: 'Required: an option that misses them is excluded',
              },
            ],
          },
        ]}
        onChange={(v) =>
          actions.workloadChanged(
            'latencyTargetRequired',
            v === 'required' ? 1 : 0,
          )
        }
      />
      <SelectField
        label="Targets apply to"
        value={w.latencyTargetP95 === 1 ? 'p95' : 'p50'}
        groups={[
          {
            label: 'Percentile',
            options: [
              { value: 'p50', label: 'The typical request (p50)' },
              { value: 'p95', label: 'The slowest 5 % too (p95)' },
            ],
          },
        ]}
        onChange={(v) =>
          actions.workloadChanged('latencyTargetP95', v === 'p95' ? 1 : 0)
        }
      />
    </div>
  );
}
