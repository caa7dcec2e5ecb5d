export { LatencyPanel } from './latency-panel';
