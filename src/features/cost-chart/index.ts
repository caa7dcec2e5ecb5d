export { CostChartPanel } from './cost-chart-panel';

/** The cost panel's charts as export figures and the report's table (figures.tsx), loaded when needed. */
export const loadCostFigures = () => import('./figures');
