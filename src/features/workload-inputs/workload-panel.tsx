import {
  BOUNDS,
  selectActions,
  requestShapeFrom,
  useCalculatorStore,
  useCalculatorStoreShallow,
  useWorkloadFields,
} from '../../state';
import { formatInteger, formatTokens } from '../../lib/format';
import { lazy, Suspense } from 'react';
import { ClientOnly, NumberField, Panel } from '../../ui';
import {
  InputShareSlider,
  MonthlyTokensSlider,
  UseCaseSelect,
} from './workload-controls';

// Folded away on the first screen: its own chunk, out of the first load
// (ADR-33 took 0.65 kB gzip into it), and out of the prerendered page: the
// section's 11 inputs and 6 selects were a third of the first frame's
// elements, laid out and styled before the first paint although closed
// (ADR-34 amendment 2026-12-03). The `details` element is this panel's, so
// a section opened before the fields arrive stays open when they do.
const AdvancedWorkload = lazy(() =>
  import('./advanced-workload').then((m) => ({ default: m.AdvancedWorkload })),
);

/** The folded "Advanced" section: its summary on the first screen, its fields once the app runs. */
function AdvancedSection() {
  return (
    <details className="advanced">
      <summary>
        Advanced: caching, batch, reasoning, traffic, network, latency targets,
        team, quality floor
      </summary>
      <ClientOnly fallback={null}>
        <Suspense fallback={null}>
          <AdvancedWorkload />
        </Suspense>
      </ClientOnly>
    </details>
  );
}

/** Workload: how many tokens a month, in what mix, with what shape. */
export function WorkloadPanel() {
  return (
    <Panel id="workload" title="Workload">
      <div className="workload-grid">
        <VolumeRow />
        <InputShareSlider />
        <UseCaseSelect />
        <RequestShapeRow />
      </div>
      <AdvancedSection />
    </Panel>
  );
}

/** Monthly tokens twice: on the log slider and as a typed number. */
function VolumeRow() {
  const w = useWorkloadFields('tokensPerMonth');
  const actions = useCalculatorStore(selectActions);
  return (
    <div className="tokens-row">
      <MonthlyTokensSlider hint="Input + output tokens a month, on a log scale from 100K to 1T." />
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
  );
}

/** Tokens per request and requests per month (kept consistent by the store), and the split they imply. */
function RequestShapeRow() {
  // The numbers this row shows, rounded as shown: equal numbers, no render.
  const w = useCalculatorStoreShallow((s) => {
    const workload = s.inputs.workload;
    const shape = requestShapeFrom(workload);
    return {
      tokensPerRequest: workload.tokensPerRequest,
      reasoningFromModel: workload.reasoningFromModel,
      reasoningTokensPerRequest: workload.reasoningTokensPerRequest,
      requestsPerMonth: shape.requestsPerMonth,
      inputTokens: Math.round(shape.inputTokensPerRequest),
      outputTokens: Math.round(shape.outputTokensPerRequest),
    };
  });
  const actions = useCalculatorStore(selectActions);
  const { requestsPerMonth, inputTokens, outputTokens } = w;
  return (
    <>
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
      {/* One text node: its words move with the numbers, not as separate boxes (no layout shift, ADR-21). */}
      <p className="derived-line">
        {`${formatInteger(inputTokens)} input + ${formatInteger(outputTokens)} output${
          w.reasoningFromModel === 1
            ? ' (+ each reasoning model’s hidden tokens)'
            : w.reasoningTokensPerRequest > 0
              ? ` + ${formatInteger(w.reasoningTokensPerRequest)} reasoning`
              : ''
        } tokens per request · ${formatTokens(requestsPerMonth)} requests/month`}
      </p>
    </>
  );
}
