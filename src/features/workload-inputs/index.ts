export { WorkloadPanel } from './workload-panel';
