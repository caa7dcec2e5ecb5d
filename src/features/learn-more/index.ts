export { LearnMorePanel } from './learn-more-panel';
