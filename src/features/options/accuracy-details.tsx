import { lazy, Suspense, useState } from 'react';
import { loadMeasuredError } from '../../catalog';
import type { SelfHostOptionState } from '../../state';

// The note and the measured-error table it reads, both outside the first load.
const AccuracyNote = lazy(() =>
  Promise.all([import('./accuracy-note'), loadMeasuredError()]).then(([m]) => ({
    default: m.AccuracyNote,
  })),
);

/** The disclosure beside a self-hosted option's numbers; its content is a lazy chunk, loaded on first open. */
export function AccuracyDetails({
  option,
}: {
  readonly option: SelfHostOptionState;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="explain accuracy"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>How accurate is this?</summary>
      {opened ? (
        <Suspense fallback={<p>Loading…</p>}>
          <AccuracyNote option={option} />
        </Suspense>
      ) : null}
    </details>
  );
}
