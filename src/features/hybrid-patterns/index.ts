export { HybridPanel } from './hybrid-panel';
