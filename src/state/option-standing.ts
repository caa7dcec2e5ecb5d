import type { Catalog, PrivacyRule } from '../catalog';
import {
  apiMeetsRequirement,
  type RequirementFinding,
  type ScenarioResult,
} from '../engine';
import { infeasibleShortText } from './option-labels';

/**
 * Where each option of a result stands for the verdict (issue 14 item 1):
 * eligible, excluded (a ticked privacy rule, a required target) or unable to
 * run at all. One source for the chart, the options list, the table, the
 * exports and the verdict, so an excluded option looks excluded everywhere
 * and every place gives the same reason.
 */
export type OptionStanding =
  | { readonly kind: 'eligible' }
  | {
      readonly kind: 'excluded' | 'infeasible';
      /** One or two words for a badge: "excluded", "does not fit". */
      readonly badge: string;
      /** Why, in plain words: "needs a signed BAA (HIPAA-covered health data (PHI))". */
      readonly reasons: readonly string[];
    };

type Requirement = Extract<
  PrivacyRule['constraint'],
  { kind: 'api-requires' }
>['requires'][number];

const NEEDS: Record<Requirement, string> = {
  hipaaBaa: 'needs a signed BAA',
  zeroRetentionAvailable: 'needs zero data retention',
  euDataResidency: 'needs processing in the EU',
  soc2: 'needs a SOC 2 report',
  governmentAuthorised: 'needs a government authorisation (FedRAMP)',
  noTrainingByDefault: 'must not train on your data by default',
};

/** "needs a signed BAA (HIPAA-covered health data (PHI))" for one rule that rules an option out. */
function privacyReason(
  rule: PrivacyRule,
  apiModelId: string | null,
  catalog: Catalog,
): string {
  const c = rule.constraint;
  if (apiModelId === null)
    return `runs on rented cloud GPUs; ${rule.label} needs your own hardware`;
  if (c.kind !== 'api-requires')
    return `must run on your own hardware (${rule.label})`;
  const model = catalog.byId.apiModels[apiModelId];
  const provider = model ? catalog.byId.providers[model.providerId] : undefined;
  const failing =
    model && provider
      ? c.requires.filter((r) => !apiMeetsRequirement(model, provider, r))
      : c.requires;
  const needs = (failing.length > 0 ? failing : c.requires).map(
    (r) => NEEDS[r],
  );
  return `${needs.join(' and ')} (${rule.label})`;
}

/** A required target or floor the option misses, in words. */
function requirementReason(f: RequirementFinding): string | null {
  switch (f.code) {
    case 'privacy':
      return null; // worded from the privacy assessment, with the failing requirement
    case 'latency':
      return f.metric === 'time-to-first-token'
        ? `misses the required time to first token (${f.percentile} ${f.actual.toFixed(2)} s, target ≤ ${f.target} s)`
        : `misses the required output speed (${f.percentile} ${Math.round(f.actual)} tokens/s, target ≥ ${f.target} tokens/s)`;
    case 'quality-floor':
      return f.qualityIndex === null
        ? 'not rated against the quality floor'
        : `below the quality floor (AA index ${f.qualityIndex} < ${f.floorIndex})`;
    case 'rate-limit':
      return `the ${f.tier} rate limit rejects ${Math.round(f.rejectedShare * 100)} % of requests`;
  }
}

/** The requirement exclusions of a result that carries them (ADR 17), by option id. */
function requiredExclusions(
  result: ScenarioResult,
): ReadonlyMap<string, readonly RequirementFinding[]> {
  const requirements = (
    result as {
      readonly requirements?: {
        readonly options: readonly {
          readonly optionId: string;
          readonly excluded: readonly RequirementFinding[];
        }[];
      };
    }
  ).requirements;
  return new Map(
    (requirements?.options ?? []).map((o) => [o.optionId, o.excluded]),
  );
}

/** Every option of the result (comparators included) and where it stands. */
export function optionStandings(
  result: ScenarioResult,
  catalog: Catalog,
): ReadonlyMap<string, OptionStanding> {
  const rules = new Map(catalog.privacyRules.map((r) => [r.id, r]));
  const privacy = new Map(result.privacy.options.map((o) => [o.optionId, o]));
  const required = requiredExclusions(result);
  const out = new Map<string, OptionStanding>();
  const excludedWhy = (id: string, apiModelId: string | null): string[] => {
    const p = privacy.get(id);
    const fromPrivacy =
      p?.status === 'excluded'
        ? p.ruleIds.flatMap((ruleId) => {
            const rule = rules.get(ruleId);
            return rule ? [privacyReason(rule, apiModelId, catalog)] : [];
          })
        : [];
    const fromTargets = (required.get(id) ?? []).flatMap((f) => {
      const why = requirementReason(f);
      return why ? [why] : [];
    });
    return [...fromPrivacy, ...fromTargets];
  };
  for (const a of result.api) {
    const why = excludedWhy(a.id, a.apiModelId);
    out.set(
      a.id,
      why.length > 0
        ? { kind: 'excluded', badge: 'excluded', reasons: why }
        : { kind: 'eligible' },
    );
  }
  for (const s of result.selfHost) {
    if (!s.feasible) {
      const badge = infeasibleShortText(s.reasons);
      out.set(s.id, { kind: 'infeasible', badge, reasons: [badge] });
      continue;
    }
    const why = excludedWhy(s.id, null);
    out.set(
      s.id,
      why.length > 0
        ? { kind: 'excluded', badge: 'excluded', reasons: why }
        : { kind: 'eligible' },
    );
  }
  return out;
}

/** "excluded: needs a signed BAA (HIPAA …)" — '' for an eligible option. */
export function standingText(standing: OptionStanding | undefined): string {
  if (!standing || standing.kind === 'eligible') return '';
  return standing.kind === 'excluded'
    ? `excluded: ${standing.reasons.join('; ')}`
    : `cannot run: ${standing.badge}`;
}
