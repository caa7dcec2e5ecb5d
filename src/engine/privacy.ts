import type { ApiModel, Catalog, PrivacyRule, Provider } from '../catalog';
import type { OptionPrivacy, PrivacyAssessment } from './result-types';
import type { ApiResult, Procurement, SelfHostResult } from './types';

type Requirement = Extract<
  PrivacyRule['constraint'],
  { kind: 'api-requires' }
>['requires'][number];

/**
 * Whether one API deployment meets one requirement (docs/methods.md §9.2):
 * the deployment's own fact first (its processing region, HIPAA eligibility,
 * zero retention), the provider's otherwise. EU residency of a provider that
 * offers it only on some deployments (Azure Data Zone, Bedrock `eu.`, OpenAI
 * EU projects) holds only for a deployment that states EU processing: a
 * Global endpoint routes traffic anywhere.
 */
export function apiMeetsRequirement(
  model: ApiModel,
  provider: Provider,
  requirement: Requirement,
): boolean {
  const p = provider.privacy;
  const d = model.deployment;
  switch (requirement) {
    case 'hipaaBaa':
      return d?.hipaaEligible ?? p.hipaaBaa;
    case 'zeroRetentionAvailable':
      return d?.zeroRetention ?? p.zeroRetentionAvailable;
    case 'euDataResidency':
      if (d) return d.processingRegion === 'eu';
      return p.euDataResidency && p.euResidencyPerDeployment !== true;
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
 * brief "When you must go local"): an API qualifies only if its deployment
 * meets each requirement (its own facts first, its provider's otherwise:
 * `apiMeetsRequirement`). Self-hosted options on your own hardware (owned, desk)
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
        !model ||
        !provider ||
        !c.requires.every((req) => apiMeetsRequirement(model, provider, req))
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
