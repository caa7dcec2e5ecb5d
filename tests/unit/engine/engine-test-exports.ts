// Internal engine functions the calibration tests exercise directly.
export * from '../../../src/engine/memory';
export * from '../../../src/engine/performance';
export * from '../../../src/engine/saturated-load';
export { loadAtBatch as loadAtBatchForTest } from '../../../src/engine/saturated-load';
export * from '../../../src/engine/api-cost';
export * from '../../../src/engine/self-host';
export * from '../../../src/engine/self-host-capacity';
export * from '../../../src/engine/procurement-cost';
export * from '../../../src/engine/replica-candidates';
