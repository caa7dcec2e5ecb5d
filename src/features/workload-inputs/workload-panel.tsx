import {
  BOUNDS,
  selectActions,
  selectUsdPerFteMonth,
  selectWorkload,
  sliderPositionFromTokens,
  tokensFromSliderPosition,
  LOG_SLIDER_STEPS,
  requestShapeFrom,
  useCalculatorStore,
  presetChoices,
  TRAFFIC_PATTERNS,
  type WorkloadPresetId,
} from '../../state';
import {
  formatInteger,
  formatNumber,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatTokens,
  formatTokensPerMonth,
} from '../../lib/format';
import { NumberField, Panel, RangeField, SelectField } from '../../ui';

/** Peak ÷ mean of an hourly profile. */
function peakOf(hourly: readonly number[]): number {
  const mean = hourly.reduce((a, b) => a + b, 0) / hourly.length;
  return mean > 0 ? Math.max(...hourly) / mean : 1;
}

/** Workload: how many tokens a month, in what mix, with what shape. */
export function WorkloadPanel() {
  const w = useCalculatorStore(selectWorkload);
  const actions = useCalculatorStore(selectActions);
  const usdPerFteMonth = useCalculatorStore(selectUsdPerFteMonth);
  const shape = requestShapeFrom(w);
  const pattern = TRAFFIC_PATTERNS.find((p) => p.code === w.trafficPattern);
  const requestsPerMonth = shape.requestsPerMonth;
  const inputTokens = Math.round(shape.inputTokensPerRequest);
  const outputTokens = Math.round(shape.outputTokensPerRequest);
  return (
    <Panel id="workload" title="Workload">
      <div className="workload-grid">
        <div className="tokens-row">
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
            hint="Input + output tokens a month, on a log scale from 100K to 1T."
          />
          <NumberField
            label="Monthly tokens"
            unit="tokens/month"
            value={w.tokensPerMonth}
            min={BOUNDS.tokensPerMonth.min}
            max={BOUNDS.tokensPerMonth.max}
            onCommit={(v) => actions.workloadChanged('tokensPerMonth', v)}
            className="tokens-typed"
          />
        </div>
        <RangeField
          label="Input : output"
          min={BOUNDS.inputSharePercent.min}
          max={BOUNDS.inputSharePercent.max}
          step={BOUNDS.inputSharePercent.step}
          value={w.inputSharePercent}
          valueText={`${formatRatio(w.inputSharePercent)} (${w.inputSharePercent}% input)`}
          onChange={(v) => actions.workloadChanged('inputSharePercent', v)}
        />
        <SelectField
          label="Use case"
          value={w.presetId}
          groups={[{ label: '', options: presetChoices(w.presetId) }]}
          onChange={(v) => {
            if (v !== 'custom') actions.presetApplied(v as WorkloadPresetId);
          }}
        />
        <div className="pair-row">
          <NumberField
            label="Tokens per request"
            unit="tokens"
            value={w.tokensPerRequest}
            min={BOUNDS.tokensPerRequest.min}
            max={BOUNDS.tokensPerRequest.max}
            onCommit={(v) => actions.workloadChanged('tokensPerRequest', v)}
          />
          <NumberField
            label="Requests per month"
            unit="requests"
            value={Math.round(requestsPerMonth)}
            min={0}
            max={BOUNDS.tokensPerMonth.max}
            onCommit={(v) => actions.requestsPerMonthChanged(v)}
          />
        </div>
        <p className="derived-line">
          {formatInteger(inputTokens)} input + {formatInteger(outputTokens)}{' '}
          output
          {w.reasoningTokensPerRequest > 0
            ? ` + ${formatInteger(w.reasoningTokensPerRequest)} reasoning`
            : ''}{' '}
          tokens per request · {formatTokens(requestsPerMonth)} requests/month
        </p>
      </div>
      <details className="advanced">
        <summary>
          Advanced: caching, batch, reasoning, traffic, latency targets, team
        </summary>
        <div className="advanced-grid">
          <RangeField
            label="Cached prompt prefix"
            min={BOUNDS.cachedPrefixTokens.min}
            max={Math.min(BOUNDS.cachedPrefixTokens.max, w.tokensPerRequest)}
            step={BOUNDS.cachedPrefixTokens.step}
            value={Math.min(w.cachedPrefixTokens, w.tokensPerRequest)}
            valueText={`${formatInteger(w.cachedPrefixTokens)} tokens`}
            onChange={(v) => actions.workloadChanged('cachedPrefixTokens', v)}
            hint="A static system prompt or document shared by requests; providers bill cached reads at a discount (1,024 tokens minimum)."
          />
          <RangeField
            label="Batchable share"
            min={0}
            max={100}
            step={BOUNDS.batchableSharePercent.step}
            value={w.batchableSharePercent}
            valueText={formatPercent(w.batchableSharePercent / 100)}
            onChange={(v) =>
              actions.workloadChanged('batchableSharePercent', v)
            }
            hint="Requests that can wait up to 24 hours for a batch API at its discount."
          />
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
            onChange={(v) =>
              actions.workloadChanged('trafficPattern', Number(v))
            }
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
            onChange={(v) =>
              actions.workloadChanged('minOutputTokensPerSecond', v)
            }
            hint="Limits how many requests a self-hosted replica may batch together."
          />
          <RangeField
            label="Operations time your team has"
            min={BOUNDS.opsFteAvailable.min}
            max={BOUNDS.opsFteAvailable.max}
            step={BOUNDS.opsFteAvailable.step}
            value={w.opsFteAvailable}
            valueText={`${w.opsFteAvailable} engineers (FTE)`}
            onChange={(v) => actions.workloadChanged('opsFteAvailable', v)}
            hint="Self-hosted options that need more operations time than this get a caveat."
          />
          <NumberField
            label="Engineer cost"
            unit="USD/month, fully loaded"
            value={usdPerFteMonth}
            min={BOUNDS.usdPerFteMonth.min}
            max={BOUNDS.usdPerFteMonth.max}
            onCommit={(v) => actions.usdPerFteMonthChanged(v)}
          />
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
      </details>
    </Panel>
  );
}
