import { createContext } from 'react';

/**
 * The current monthly volume, for the chart's "You" marker only: provided
 * around the memoised chart, so a volume change re-renders the marker and
 * not the lines, band or axes (ADR-21). Its own module: the chart view
 * (first load) and the chart (a lazy chunk) share it.
 */
export const ChartVolumeContext = createContext<number>(0);
