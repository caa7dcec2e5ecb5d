export { LatencyPanel } from './latency-panel';

/** The latency chart as an export figure (latency-figure.tsx), loaded when needed. */
export const loadLatencyFigure = () => import('./latency-figure');
