export { CostChartPanel } from './cost-chart-panel';
