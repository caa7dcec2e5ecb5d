import type { ReactNode } from 'react';

/**
 * A wide chart or table that scrolls sideways on a phone instead of shrinking:
 * keyboard-focusable and named, so the scroll is reachable and announced
 * (axe `scrollable-region-focusable`).
 */
export function ScrollRegion({
  kind,
  label,
  children,
}: {
  /** `svg` for a chart, `table` for a data table (their CSS differs). */
  readonly kind: 'svg' | 'table';
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <div
      className={kind === 'svg' ? 'svg-scroll' : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}
