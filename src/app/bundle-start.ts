// Imported first by main.tsx: when the main bundle starts to run, for
// `npm run bench:ui`'s "first paint before the bundle" (ADR-21).
performance.mark('crossover:bundle-start');
