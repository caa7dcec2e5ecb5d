/**
 * `npm run scenarios`: evaluates the eight realistic scenarios of the review
 * (scripts/scenarios/definitions.ts) exactly as the page does and writes
 * docs/scenarios.md — each verdict and its reasons, every option's monthly
 * cost or why it is out, the crossovers and a link that opens the scenario.
 * The hand-written "why a practitioner would agree" paragraphs live in
 * docs/scenarios-commentary.md (one `## <scenario id>` section each) and are
 * copied in, so regenerating keeps them. A unit test fails when
 * docs/scenarios.md is stale (tests/unit/repo/scenarios-doc.test.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { catalog as realCatalog, type Catalog } from '../src/catalog';
import { SCENARIOS } from './scenarios/definitions';
import {
  evaluateDefinition,
  parseCommentary,
  renderScenarios,
  verdictLabel,
} from './scenarios/render';

export const SCENARIOS_DOC = fileURLToPath(
  new URL('../docs/scenarios.md', import.meta.url),
);
export const COMMENTARY_DOC = fileURLToPath(
  new URL('../docs/scenarios-commentary.md', import.meta.url),
);

/** docs/scenarios.md as it should be now, formatted like every other file. */
export async function generateScenariosMarkdown(
  catalog: Catalog = realCatalog,
): Promise<{ markdown: string; verdicts: string[] }> {
  const commentary = parseCommentary(
    existsSync(COMMENTARY_DOC) ? readFileSync(COMMENTARY_DOC, 'utf8') : '',
  );
  const evaluated = SCENARIOS.map((d) => evaluateDefinition(d, catalog));
  const markdown = await format(
    renderScenarios(evaluated, catalog, commentary),
    { ...(await resolveConfig(SCENARIOS_DOC)), parser: 'markdown' },
  );
  return {
    markdown,
    verdicts: evaluated.map(
      (e) => `${e.definition.id.padEnd(26)} ${verdictLabel(e, catalog)}`,
    ),
  };
}

async function main(): Promise<void> {
  const { markdown, verdicts } = await generateScenariosMarkdown();
  writeFileSync(SCENARIOS_DOC, markdown);
  process.stdout.write(
    [...verdicts, `wrote ${SCENARIOS_DOC}`].join('\n') + '\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  void main();
