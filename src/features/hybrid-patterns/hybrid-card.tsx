import type { HybridResult } from '../../engine';
import {
  BOUNDS,
  selectActions,
  selectHybrid,
  useCalculatorStore,
} from '../../state';
import {
  formatPercent,
  formatSeconds,
  formatUsdPerMonth,
} from '../../lib/format';
import { RangeField } from '../../ui';
import {
  INFEASIBLE_WORDS,
  PATTERN_CONTROLS,
  PATTERN_NAMES,
  type PatternControl,
} from './pattern-words';

type FeasibleHybrid = Extract<HybridResult, { feasible: true }>;

/** The pattern's knob as a slider over its hybrid input. */
function PatternSlider({ control }: { readonly control: PatternControl }) {
  const hybrid = useCalculatorStore(selectHybrid);
  const actions = useCalculatorStore(selectActions);
  const bound = BOUNDS[control.bound];
  return (
    <RangeField
      label={control.label}
      min={bound.min}
      max={bound.max}
      step={bound.step}
      value={hybrid[control.key]}
      valueText={formatPercent(hybrid[control.key] / 100)}
      onChange={(v) => actions.hybridChanged(control.key, v)}
    />
  );
}

/** Cost, traffic split, latency and replicas of a priced pattern. */
function HybridFigures({ hybrid: h }: { readonly hybrid: FeasibleHybrid }) {
  return (
    <dl className="hybrid-figures">
      <div>
        <dt>Monthly cost</dt>
        <dd>{formatUsdPerMonth(h.usdPerMonth)}</dd>
      </div>
      <div>
        <dt>Local / API</dt>
        <dd>
          {formatPercent(h.localShare)} / {formatPercent(h.apiShare)}
        </dd>
      </div>
      <div>
        <dt>End to end</dt>
        <dd>{formatSeconds(h.expectedEndToEndSeconds)}</dd>
      </div>
      <div>
        <dt>Local replicas</dt>
        <dd>{h.localReplicas}</dd>
      </div>
    </dl>
  );
}

/** Why a priced pattern cannot be the answer, if it cannot. */
function IneligibleNote({ hybrid: h }: { readonly hybrid: HybridResult }) {
  if (!h.feasible || h.eligible) return null;
  return (
    <p className="field-hint warn-text">
      {h.usesExcludedApi
        ? 'Its API is excluded by a ticked privacy requirement.'
        : 'It does not keep the sensitive share local.'}
    </p>
  );
}

/** One pattern's card: its name and badge, summary, knob, and figures (or why it is not priced). */
export function HybridCard({
  hybrid: h,
  summary,
  isBest,
  recommended,
}: {
  readonly hybrid: HybridResult;
  readonly summary: string | undefined;
  readonly isBest: boolean;
  readonly recommended: boolean;
}) {
  const control = PATTERN_CONTROLS[h.patternId];
  return (
    <article
      className={`info-card hybrid-card ${isBest ? 'best' : ''}`}
      aria-labelledby={`hybrid-${h.patternId}`}
    >
      <h3 id={`hybrid-${h.patternId}`}>
        {PATTERN_NAMES[h.patternId] ?? h.patternId}
        {recommended ? (
          <span className="badge">Recommended</span>
        ) : isBest ? (
          <span className="badge">Cheapest hybrid</span>
        ) : null}
      </h3>
      <p className="card-sub">{summary}</p>
      {control ? <PatternSlider control={control} /> : null}
      {h.feasible ? (
        <HybridFigures hybrid={h} />
      ) : (
        <p className="field-hint">
          Not priced: {INFEASIBLE_WORDS[h.reason] ?? h.reason}.
        </p>
      )}
      <IneligibleNote hybrid={h} />
    </article>
  );
}
