/**
 * The first load's JavaScript, gzip: the entry script plus every chunk
 * dist/index.html preloads (what a visitor downloads before the page works).
 * size-limit measures files by pattern; chunk names move with the build, so
 * this reads the HTML instead. Fails (exit 1) above the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = join(process.cwd(), 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1]!);
let total = 0;
for (const file of files) {
  const bytes = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += bytes;
  process.stdout.write(
    `  ${(bytes / 1000).toFixed(2).padStart(8)} kB  ${file}\n`,
  );
}
const kb = total / 1000;
process.stdout.write(
  `initial JavaScript: ${kb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB)\n`,
);
if (kb > BUDGET_KB) {
  process.stderr.write(`over budget by ${(kb - BUDGET_KB).toFixed(2)} kB\n`);
  process.exitCode = 1;
}
