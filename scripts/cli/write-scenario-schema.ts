/**
 * `npm run schema:scenario` — writes docs/scenario.schema.json, the JSON
 * Schema of `crossover evaluate`'s scenario file, generated from the zod
 * schema the CLI parses files with (scripts/cli/scenario-schema.ts).
 * tests/unit/engine/cli-schema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from './scenario-schema';

const path = new URL('../../docs/scenario.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}\n`);
