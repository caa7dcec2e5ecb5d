import { createContext } from 'react';
import type { ChartBands } from './chart-model';

/**
 * The uncertainty bands the chart draws, or null: read by the band layer
 * alone, so a band that arrives (from the worker, after the lines) or goes
 * (newer inputs) re-renders that layer and nothing else of the chart.
 */
export const ChartBandsContext = createContext<ChartBands | null>(null);
