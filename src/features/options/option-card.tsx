import { useState } from 'react';
import type { OptionStanding, OptionState } from '../../state';
import { DASH_BY_KIND, optionColor } from '../../ui';
import { AccuracyDetails } from './accuracy-details';
import { ApiEditor } from './api-editor';
import { QualityBadge } from './quality-badge';
import { SelfHostEditor } from './self-host-editor';

/** The option's line as the chart draws it: colour and dash. */
export function Swatch({
  color,
  dash,
}: {
  color: string;
  dash: string | undefined;
}) {
  return (
    <svg className="swatch" width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={color}
        strokeWidth="3"
        {...(dash ? { strokeDasharray: dash } : {})}
      />
    </svg>
  );
}

type OptionCardProps = {
  readonly option: OptionState;
  readonly label: string;
  readonly costText: string;
  /** The same model's hosted prices and the crossover against the cheapest (self-hosted options). */
  readonly hostedLines: readonly string[];
  readonly explanation: readonly string[];
  /** Excluded or unable to run: marked here as in the chart, table and verdict. */
  readonly standing?: OptionStanding | undefined;
  readonly onRemove: () => void;
};

/** "excluded" / "does not fit" with the reasons on hover and focus, and for screen readers. */
export function StandingBadge({
  standing,
}: {
  standing: OptionStanding | undefined;
}) {
  if (!standing || standing.kind === 'eligible') return null;
  const why = standing.reasons.join('; ');
  return (
    <span
      className={`standing-badge ${standing.kind}`}
      title={why}
      tabIndex={0}
      aria-label={`${standing.badge}: ${why}`}
    >
      {standing.badge}
      <span className="standing-why">: {why}</span>
    </span>
  );
}

/** One option: a chip-like row (colour, kind, name, monthly cost) with Edit and Remove, and its editor. */
export function OptionCard({
  option,
  label,
  costText,
  hostedLines,
  explanation,
  standing,
  onRemove,
}: OptionCardProps) {
  const ruledOut = standing !== undefined && standing.kind !== 'eligible';
  const [open, setOpen] = useState(false);
  const editorId = `option-editor-${option.id}`;
  return (
    <li className={`option-card${ruledOut ? ' ruled-out' : ''}`}>
      <div className="option-row">
        <Swatch
          color={optionColor(option.colorIndex)}
          dash={DASH_BY_KIND[option.kind]}
        />
        <span className="option-kind">
          {option.kind === 'api' ? 'API' : 'Self-hosted'}
        </span>
        <span className="option-name">
          {label}{' '}
          {option.kind === 'api' ? (
            <QualityBadge apiModelId={option.apiModelId} />
          ) : (
            <QualityBadge openModelId={option.openModelId} />
          )}{' '}
          <StandingBadge standing={standing} />
        </span>
        <span className="option-cost">{costText}</span>
        <span className="option-buttons">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={editorId}
            aria-label={`Edit ${label}`}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? 'Close' : 'Edit'}
          </button>
          <button
            type="button"
            className="remove"
            onClick={onRemove}
            aria-label={`Remove ${label}`}
          >
            Remove
          </button>
        </span>
      </div>
      {option.kind === 'self-host' ? <AccuracyDetails option={option} /> : null}
      {hostedLines.length > 0 ? (
        <div
          className="option-notes"
          role="note"
          aria-label={`The same model as ${label}, hosted`}
        >
          {hostedLines.map((line) => (
            <p className="derived-line" key={line}>
              {line}
            </p>
          ))}
        </div>
      ) : null}
      <div id={editorId} hidden={!open}>
        {open ? (
          option.kind === 'api' ? (
            <ApiEditor option={option} />
          ) : (
            <SelfHostEditor option={option} />
          )
        ) : null}
        <details className="explain">
          <summary>How is this computed?</summary>
          <ul>
            {explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </div>
    </li>
  );
}
