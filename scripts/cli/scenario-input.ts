/**
 * Where `evaluate` gets its scenario: a scenario file (docs/scenario.schema.json),
 * the page's JSON export (`format: "crossover-result"`, read through the
 * share link it carries), or a share link itself (`--link`). Links are read
 * with the page's own decoder (src/url) and turned into the engine's
 * scenario by the page's own translation (src/state), so the CLI evaluates
 * exactly what the page shows. Every input is untrusted: parsed once here.
 */
import { catalog } from '../../src/catalog';
import { validateScenario, type Scenario } from '../../src/engine';
import { scenarioFromInputs } from '../../src/state';
import { decodeLink } from '../../src/url';
import { unknownIdProblem, type IdKind } from './nearest-ids';
import {
  kvPrecisionProblems,
  scenarioFileSchema,
  scenarioFrom,
} from './scenario-schema';

/** Links longer than this are refused before decoding (the decoder's own value cap is 4,000). */
const LINK_MAX_LENGTH = 16_000;

export type ScenarioInput =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Things the link decoder or the export reader did not use as written (stderr). */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const failure = (error: string): ScenarioInput => ({ ok: false, error });

/** The query of a share link: a full URL, a path with a query, or the query alone. */
function queryOf(link: string): string | null {
  const trimmed = link.trim();
  if (trimmed.startsWith('?')) return trimmed;
  try {
    return new URL(trimmed).search;
  } catch {
    const at = trimmed.indexOf('?');
    return at >= 0 ? trimmed.slice(at) : null;
  }
}

/** A share link (`https://…/?v=1&…`) → the scenario the page shows for it. */
export function scenarioFromLink(link: string): ScenarioInput {
  if (link.length > LINK_MAX_LENGTH)
    return failure(`the link is longer than ${LINK_MAX_LENGTH} characters`);
  const query = queryOf(link);
  if (query === null)
    return failure(`"${link.slice(0, 80)}" is not a Crossover link`);
  const decoded = decodeLink(query, { catalog });
  return {
    ok: true,
    scenario: scenarioFromInputs(decoded.inputs, catalog),
    notes: decoded.issues.map((i) => `link: ${i.message}`),
  };
}

/** Every catalog id the scenario names that the catalog does not list, with the nearest ones. */
export function unknownIds(scenario: Scenario): string[] {
  const check = (where: string, kind: IdKind, id: string) => {
    const problem = unknownIdProblem(kind, id, catalog);
    return problem ? [`${where}: ${problem}`] : [];
  };
  return [
    ...scenario.apiOptions.flatMap((o) =>
      check(`apiOptions "${o.id}"`, 'API model', o.apiModelId),
    ),
    ...scenario.selfHostOptions.flatMap((o) => [
      ...check(`selfHostOptions "${o.id}"`, 'open model', o.openModelId),
      ...check(`selfHostOptions "${o.id}"`, 'quant', o.quantId),
      ...check(`selfHostOptions "${o.id}"`, 'engine', o.engineId),
      ...check(`selfHostOptions "${o.id}"`, 'hardware', o.hardwareId),
    ]),
    ...scenario.privacyRuleIds.flatMap((id) =>
      check('privacyRuleIds', 'privacy rule', id),
    ),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page's JSON export: its `link` reproduces the inputs it was made from. */
function scenarioFromExport(
  raw: Record<string, unknown>,
  file: string,
): ScenarioInput {
  if (raw['version'] !== 1)
    return failure(
      `${file}: a crossover-result export of version ${String(raw['version'])} (this CLI reads version 1)`,
    );
  const link = raw['link'];
  if (typeof link !== 'string')
    return failure(
      `${file}: the export has no "link" to read the scenario from`,
    );
  const fromLink = scenarioFromLink(link);
  if (!fromLink.ok) return failure(`${file}: ${fromLink.error}`);
  const imported = raw['importedPrices'];
  return {
    ...fromLink,
    notes: [
      ...fromLink.notes,
      ...(typeof imported === 'string' && imported !== ''
        ? [
            `${file}: the page used imported prices (${imported.slice(0, 120)}); the CLI uses the catalog's`,
          ]
        : []),
    ],
  };
}

/** A parsed JSON file: a scenario file or the page's export. */
export function scenarioFromJson(raw: unknown, file: string): ScenarioInput {
  if (isRecord(raw) && raw['format'] === 'crossover-result')
    return scenarioFromExport(raw, file);
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    return failure(`${file}: ${problems}`);
  }
  const scenario = scenarioFrom(parsed.data, catalog);
  const problems = [
    ...kvPrecisionProblems(parsed.data, catalog),
    ...validateScenario(scenario).map((p) => `${p.path}: ${p.problem}`),
    ...unknownIds(scenario),
  ];
  if (problems.length > 0) return failure(`${file}: ${problems.join('; ')}`);
  return { ok: true, scenario, notes: [] };
}
