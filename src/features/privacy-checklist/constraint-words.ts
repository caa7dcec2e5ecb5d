import type { PrivacyRule } from '../../catalog';

const REQUIREMENT_WORDS: Record<string, string> = {
  hipaaBaa: 'a HIPAA BAA',
  zeroRetentionAvailable: 'zero data retention',
  euDataResidency: 'EU data residency',
  soc2: 'SOC 2',
  governmentAuthorised: 'a government authorisation (FedRAMP or similar)',
  noTrainingByDefault: 'no training on API data by default',
};

/** What ticking a rule does, in words: "→ local only", "→ API only with a HIPAA BAA". */
export function constraintWords(rule: PrivacyRule): string {
  const c = rule.constraint;
  if (c.kind === 'local-only') return 'local only';
  if (c.kind === 'flag-api') return 'APIs allowed with care (flagged)';
  return `API only with ${c.requires.map((r) => REQUIREMENT_WORDS[r] ?? r).join(' and ')}`;
}
