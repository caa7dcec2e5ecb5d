import { z } from 'zod';

/**
 * The engine worker's first import, before the catalog parses anything: the
 * same setting as zod-config.ts (no `new Function` probe, so no eval under a
 * strict CSP). A module of its own, not zod-config.ts, because that one is
 * bundled into the page's main chunk, which must not run in a worker.
 */
z.config({ jitless: true });
