import { prepareAnalysis } from '../../state';

export { CostChartPanel } from './cost-chart-panel';

/** The cost panel's charts as export figures and the report's table (figures.tsx), loaded when needed. */
export const loadCostFigures = () =>
  // With the analysis steps and the measured error: the tornado figure and
  // the report's table compute at once when the worker has not answered.
  Promise.all([
    import('./figures'),
    prepareAnalysis({ kind: 'uncertainty' }),
  ]).then(([m]) => m);
