import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import base from '../../vite.config';
import { inlineSingleFile } from './inline-plugin';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run build:single`: the whole calculator as one self-contained
 * dist-single/index.html for air-gapped users (open it from disk).
 */
export default mergeConfig(
  base,
  defineConfig({
    root,
    // The embed demo host page makes no sense in a file opened from disk.
    publicDir: false,
    plugins: [inlineSingleFile()],
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      modulePreload: false,
      // One file, nothing else: no build manifest beside it.
      manifest: false,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
