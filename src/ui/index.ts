export * from './panel';
export * from './range-field';
export * from './number-field';
export * from './select-field';
export * from './palette';
export * from './use-debounced-value';
export * from './tool-dialog';
export * from './scroll-region';
