export { OptionsPanel } from './options-panel';
