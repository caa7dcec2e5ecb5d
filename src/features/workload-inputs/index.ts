/** Workload inputs: the workload panel, and its key controls for the embed (composed in app/). */
export { WorkloadPanel } from './workload-panel';
export {
  InputShareSlider,
  MonthlyTokensSlider,
  UseCaseSelect,
  type WorkloadControlProps,
} from './workload-controls';
