import type { Catalog, PrivacyRule, ProviderPrivacy } from '../catalog';
import type { OptionPrivacy, PrivacyAssessment } from './result-types';
import type { ApiResult, Procurement, SelfHostResult } from './types';

type Requirement = Extract<
  PrivacyRule['constraint'],
  { kind: 'api-requires' }
>['requires'][number];

function meets(p: ProviderPrivacy, requirement: Requirement): boolean {
  switch (requirement) {
    case 'hipaaBaa':
      return p.hipaaBaa;
    case 'zeroRetentionAvailable':
      return p.zeroRetentionAvailable;
    case 'euDataResidency':
      return p.euDataResidency;
    case 'soc2':
      return p.soc2;
    case 'governmentAuthorised':
      return p.governmentAuthorised;
    case 'noTrainingByDefault':
      return !p.trainsOnApiDataByDefault;
  }
}

/** Excluded if any rule excludes it, else flagged if any flags it, with those rules. */
function optionPrivacy(
  optionId: string,
  excluding: readonly string[],
  flagging: readonly string[],
): OptionPrivacy {
  return {
    optionId,
    status:
      excluding.length > 0
        ? 'excluded'
        : flagging.length > 0
          ? 'flagged'
          : 'allowed',
    ruleIds: excluding.length > 0 ? excluding : flagging,
  };
}

/**
 * Applies the ticked privacy requirements to every option (docs/methods.md §9.2,
 * brief "When you must go local"): an API qualifies only if its provider meets
 * each requirement. Self-hosted options on your own hardware (owned, desk)
 * always qualify; on rented cloud GPUs the data sits on someone else's
 * infrastructure, so a local-only rule excludes them and an API requirement
 * (BAA, EU region, …) or a flag-api rule flags them — the cloud provider must
 * meet it too. Without `procurementKindBySelfHostId` (older callers) every
 * self-hosted option is treated as your own.
 */
export function assessPrivacy(
  activeRuleIds: readonly string[],
  api: readonly ApiResult[],
  selfHost: readonly SelfHostResult[],
  catalog: Catalog,
  procurementKindBySelfHostId?: Readonly<Record<string, Procurement['kind']>>,
): PrivacyAssessment {
  const rules = catalog.privacyRules.filter((r) =>
    activeRuleIds.includes(r.id),
  );
  const options: OptionPrivacy[] = [];
  for (const a of api) {
    const model = catalog.byId.apiModels[a.apiModelId];
    const provider = model
      ? catalog.byId.providers[model.providerId]
      : undefined;
    const excluding: string[] = [];
    const flagging: string[] = [];
    for (const rule of rules) {
      const c = rule.constraint;
      if (c.kind === 'local-only') excluding.push(rule.id);
      else if (c.kind === 'flag-api') flagging.push(rule.id);
      else if (
        !provider ||
        !c.requires.every((req) => meets(provider.privacy, req))
      ) {
        excluding.push(rule.id);
      }
    }
    options.push(optionPrivacy(a.id, excluding, flagging));
  }
  for (const s of selfHost) {
    if (procurementKindBySelfHostId?.[s.id] !== 'cloud') {
      options.push({ optionId: s.id, status: 'allowed', ruleIds: [] });
      continue;
    }
    const excluding = rules
      .filter((r) => r.constraint.kind === 'local-only')
      .map((r) => r.id);
    const flagging = rules
      .filter((r) => r.constraint.kind !== 'local-only')
      .map((r) => r.id);
    options.push(optionPrivacy(s.id, excluding, flagging));
  }
  return {
    activeRuleIds: rules.map((r) => r.id),
    options,
    localOnly: rules.some((r) => r.constraint.kind === 'local-only'),
  };
}

/**
 * Ids of the options a ticked rule excludes, the one set the hybrid patterns
 * and the recommendation both filter by.
 */
export function excludedOptionIds(
  privacy: PrivacyAssessment,
): ReadonlySet<string> {
  return new Set(
    privacy.options
      .filter((o) => o.status === 'excluded')
      .map((o) => o.optionId),
  );
}
