export { VerdictPanel } from './verdict-panel';
