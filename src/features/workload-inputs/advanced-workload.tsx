import { lazy, Suspense, useId } from 'react';
import {
  BOUNDS,
  requestShapeFrom,
  selectActions,
  selectUsdPerFteMonth,
  useCalculatorStore,
  useWorkloadFields,
  TRAFFIC_PATTERNS,
} from '../../state';
import {
  formatInteger,
  formatNumber,
  formatPercent,
  formatSeconds,
} from '../../lib/format';
import { glossary } from '../../lib/glossary';
import { NumberField, RangeField, SelectField } from '../../ui';
import { QualityFloorInput } from './quality-floor-input';
import {
  LatencyRequirementInputs,
  ReasoningTokenInputs,
} from './requirement-inputs';

const ServingInputs = lazy(() =>
  import('./serving-inputs').then((m) => ({ default: m.ServingInputs })),
);

/** Peak ÷ mean of an hourly profile. */
function peakOf(hourly: readonly number[]): number {
  const mean = hourly.reduce((a, b) => a + b, 0) / hourly.length;
  return mean > 0 ? Math.max(...hourly) / mean : 1;
}

/**
 * The workload's advanced inputs: billing, traffic, latency targets, team,
 * tokenizer. The folded section around them (`details.advanced`) is
 * workload-panel's, on the first screen; these fields are rendered in the
 * browser only, after hydration (ADR-34 amendment 2026-12-03).
 */
export function AdvancedWorkload() {
  // Each group reads only its own fields (issue 13): a volume change renders none of them.
  const w = useWorkloadFields('tokenizerRatio');
  const actions = useCalculatorStore(selectActions);
  return (
    <div className="advanced-grid">
      <BillingInputs />
      <Suspense fallback={null}>
        <ServingInputs />
      </Suspense>
      <TrafficInputs />
      <LatencyTargetInputs />
      <TeamInputs />
      <SameModelHostedInput />
      <QualityFloorInput />
      <RangeField
        label="Tokenizer ratio"
        min={BOUNDS.tokenizerRatio.min}
        max={BOUNDS.tokenizerRatio.max}
        step={BOUNDS.tokenizerRatio.step}
        value={w.tokenizerRatio}
        valueText={`${w.tokenizerRatio}× open-model tokens per API token`}
        onChange={(v) => actions.workloadChanged('tokenizerRatio', v)}
        hint="Llama-2's tokenizer produced about 19 % more tokens than OpenAI's on the same text (Databricks)."
      />
    </div>
  );
}

/** What changes the API bill per request: the cached prefix, the batchable share, reasoning tokens. */
function BillingInputs() {
  const w = useWorkloadFields('cachedPrefixTokens', 'batchableSharePercent');
  const actions = useCalculatorStore(selectActions);
  // The prefix is part of the input: the slider goes up to the input, a longer one is clamped.
  const input = useCalculatorStore((s) =>
    Math.floor(requestShapeFrom(s.inputs.workload).inputTokensPerRequest),
  );
  const prefix = Math.min(w.cachedPrefixTokens, input);
  return (
    <>
      <RangeField
        label="Cached prompt prefix"
        min={BOUNDS.cachedPrefixTokens.min}
        max={Math.max(BOUNDS.cachedPrefixTokens.step, input)}
        step={BOUNDS.cachedPrefixTokens.step}
        value={prefix}
        valueText={`${formatInteger(prefix)} tokens`}
        onChange={(v) => actions.workloadChanged('cachedPrefixTokens', v)}
        hint="A static system prompt or document shared by requests; providers bill cached reads at a discount (1,024 tokens minimum), self-hosted engines skip its prefill."
      />
      {w.cachedPrefixTokens > input ? (
        <p className="derived-line" role="status">
          The prefix ({formatInteger(w.cachedPrefixTokens)} tokens) is longer
          than the input ({formatInteger(input)} tokens): the whole input is
          counted as the prefix.
        </p>
      ) : null}
      <RangeField
        label="Batchable share"
        min={0}
        max={100}
        step={BOUNDS.batchableSharePercent.step}
        value={w.batchableSharePercent}
        valueText={formatPercent(w.batchableSharePercent / 100)}
        onChange={(v) => actions.workloadChanged('batchableSharePercent', v)}
        hint="Requests that can wait up to 24 hours for a batch API at its discount."
      />
      <ReasoningTokenInputs />
    </>
  );
}

/** Traffic over the day: a named hourly profile gives the peak, otherwise a peak-to-average slider. */
function TrafficInputs() {
  const w = useWorkloadFields('trafficPattern', 'peakToAverage');
  const actions = useCalculatorStore(selectActions);
  const pattern = TRAFFIC_PATTERNS.find((p) => p.code === w.trafficPattern);
  return (
    <>
      <SelectField
        label="Traffic over the day"
        value={String(w.trafficPattern)}
        groups={[
          {
            label: '',
            options: TRAFFIC_PATTERNS.map((p) => ({
              value: String(p.code),
              label: p.label,
            })),
          },
        ]}
        onChange={(v) => actions.workloadChanged('trafficPattern', Number(v))}
      />
      {pattern?.hourly ? (
        <p className="derived-line">
          Peak hour: {formatNumber(peakOf(pattern.hourly))}× the average.
          Self-hosted capacity is sized for the peak hour.
        </p>
      ) : (
        <RangeField
          label="Peak-to-average traffic"
          min={BOUNDS.peakToAverage.min}
          max={BOUNDS.peakToAverage.max}
          step={BOUNDS.peakToAverage.step}
          value={w.peakToAverage}
          valueText={`${w.peakToAverage}× the average at the busiest hour`}
          onChange={(v) => actions.workloadChanged('peakToAverage', v)}
          hint="Self-hosted capacity is sized for the peak hour."
        />
      )}
    </>
  );
}

/** The user's latency targets: time to first token and output speed (0 = no target). */
function LatencyTargetInputs() {
  const w = useWorkloadFields(
    'maxTimeToFirstTokenSeconds',
    'minOutputTokensPerSecond',
  );
  const actions = useCalculatorStore(selectActions);
  return (
    <>
      <RangeField
        label="Time to first token target"
        min={0}
        max={10}
        step={BOUNDS.maxTimeToFirstTokenSeconds.step}
        value={w.maxTimeToFirstTokenSeconds}
        valueText={
          w.maxTimeToFirstTokenSeconds > 0
            ? `at most ${formatSeconds(w.maxTimeToFirstTokenSeconds)}`
            : 'no target'
        }
        onChange={(v) =>
          actions.workloadChanged('maxTimeToFirstTokenSeconds', v)
        }
      />
      <RangeField
        label="Output speed target"
        min={0}
        max={BOUNDS.minOutputTokensPerSecond.max}
        step={BOUNDS.minOutputTokensPerSecond.step}
        value={w.minOutputTokensPerSecond}
        valueText={
          w.minOutputTokensPerSecond > 0
            ? `at least ${w.minOutputTokensPerSecond} tokens/s per user`
            : 'no target'
        }
        onChange={(v) => actions.workloadChanged('minOutputTokensPerSecond', v)}
        hint="Limits how many requests a self-hosted replica may batch together."
      />
      <LatencyRequirementInputs />
    </>
  );
}

/** The team: operations time it has, and what an engineer costs. */
function TeamInputs() {
  const w = useWorkloadFields('opsFteAvailable');
  const actions = useCalculatorStore(selectActions);
  const usdPerFteMonth = useCalculatorStore(selectUsdPerFteMonth);
  return (
    <>
      <RangeField
        label="Operations time your team has"
        min={BOUNDS.opsFteAvailable.min}
        max={BOUNDS.opsFteAvailable.max}
        step={BOUNDS.opsFteAvailable.step}
        value={w.opsFteAvailable}
        valueText={`${w.opsFteAvailable} engineers (FTE)`}
        onChange={(v) => actions.workloadChanged('opsFteAvailable', v)}
        hint="Full-time engineers (FTE) for running self-hosted models. Self-hosted options that need more operations time than this get a caveat."
        terms={{ FTE: glossary.fte }}
      />
      <NumberField
        label="Engineer cost"
        unit="USD/month, fully loaded"
        value={usdPerFteMonth}
        min={BOUNDS.usdPerFteMonth.min}
        max={BOUNDS.usdPerFteMonth.max}
        onCommit={(v) => actions.usdPerFteMonthChanged(v)}
      />
    </>
  );
}

/**
 * Whether the page adds, for each self-hosted model, its cheapest allowed
 * host as an option to compare with (issue 10; link key `sm`).
 */
function SameModelHostedInput() {
  const compare = useCalculatorStore((s) => s.inputs.compareSameModelHosted);
  const actions = useCalculatorStore(selectActions);
  const hintId = useId();
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          checked={compare}
          aria-describedby={hintId}
          onChange={() => actions.sameModelHostedToggled()}
        />
        Compare with the same models, hosted
      </label>
      <p className="field-hint" id={hintId}>
        Adds, for each self-hosted model, the cheapest host that serves it
        (Together, DeepInfra, Groq…) and that nothing you ticked excludes, as an
        option: priced per token, charted and weighed by the recommendation.
      </p>
    </div>
  );
}
