export { PrivacyPanel } from './privacy-panel';
