import type { z } from 'zod';
import type { privacyRuleSchema } from '../schema';

const BRIEF =
  'Product brief "APIs vs Local Models", "Privacy & Data Residency — When You Must Go Local" (ADR-14)';

/**
 * Privacy checklist. Each item maps to a constraint the engine applies to
 * API options: `local-only` excludes every API; `api-requires` keeps only
 * providers whose privacy facts meet every listed requirement; `flag-api`
 * keeps APIs but attaches a caveat. Where the product brief (ADR-14) says "must go local" but
 * compliant API deployments now exist, the constraint says so and `why`
 * explains the correction.
 */
export const privacyRules = [
  {
    id: 'hipaa-phi',
    label: 'HIPAA-covered health data (PHI)',
    why: 'HIPAA requires a Business Associate Agreement with every vendor that handles PHI; APIs qualify only under a signed BAA (OpenAI, Anthropic, Azure OpenAI, Bedrock and Vertex offer one), otherwise keep it local.',
    constraint: { kind: 'api-requires', requires: ['hipaaBaa'] },
    fromBrief: true,
    source: `${BRIEF}; HHS, "Guidance on HIPAA & Cloud Computing" (hhs.gov/hipaa/for-professionals/special-topics/health-information-technology/cloud-computing) — a CSP that stores or processes ePHI is a business associate and needs a BAA`,
    asOf: '2026-11-27',
  },
  {
    id: 'regulated-financial',
    label: 'Financial data with regulatory requirements',
    why: 'Banking and securities rules (GLBA Safeguards Rule, DORA third-party risk, SEC/FINRA record-keeping) require audited vendors and control over retention: only SOC 2 providers with zero-retention options and no training on your data.',
    constraint: {
      kind: 'api-requires',
      requires: ['soc2', 'zeroRetentionAvailable', 'noTrainingByDefault'],
    },
    fromBrief: true,
    source: `${BRIEF}; FTC Safeguards Rule 16 CFR 314.4(f) (oversee service providers); Regulation (EU) 2022/2554 (DORA) Art. 28–30 (ICT third-party risk)`,
    asOf: '2026-11-27',
  },
  {
    id: 'trade-secrets',
    label: 'Proprietary code or trade secrets',
    why: 'Trade-secret protection depends on "reasonable measures" to keep the secret: send it only to providers that never train on it and can retain nothing.',
    constraint: {
      kind: 'api-requires',
      requires: ['noTrainingByDefault', 'zeroRetentionAvailable'],
    },
    fromBrief: true,
    source: `${BRIEF}; 18 U.S.C. § 1839(3)(A) (trade secret requires reasonable measures to keep it secret); EU Directive 2016/943 Art. 2(1)(c)`,
    asOf: '2026-11-27',
  },
  {
    id: 'eu-data-residency',
    label: 'EU data residency requirements (GDPR)',
    why: 'Where contracts or regulators require EU residency, only deployments that process and store data in the EU qualify (Azure OpenAI EU Data Zone, Bedrock eu. profiles and Vertex EU regions, Mistral, OpenAI EU data residency projects); Global deployments route requests to any region and do not.',
    constraint: { kind: 'api-requires', requires: ['euDataResidency'] },
    fromBrief: true,
    source: `${BRIEF}; GDPR (Regulation (EU) 2016/679) Chapter V, Art. 44–46 (transfers to third countries need adequacy or safeguards)`,
    asOf: '2026-11-27',
  },
  {
    id: 'air-gapped',
    label: 'Air-gapped environments',
    why: 'No network path to any provider exists, so only self-hosted models qualify.',
    constraint: { kind: 'local-only' },
    fromBrief: true,
    source: BRIEF,
    asOf: '2026-11-27',
  },
  {
    id: 'government-defence',
    label: 'Government / defence applications',
    why: 'Government workloads need an authorised cloud (FedRAMP High / DoD IL in Azure Government, AWS GovCloud, Google Cloud); classified work goes local (see the classified item).',
    constraint: { kind: 'api-requires', requires: ['governmentAuthorised'] },
    fromBrief: true,
    source: `${BRIEF}; fedramp.gov marketplace (Azure OpenAI in Azure Government, Amazon Bedrock in AWS GovCloud (US), Vertex AI — FedRAMP High)`,
    asOf: '2026-11-27',
  },
  {
    id: 'classified-itar',
    label: 'Classified or export-controlled (ITAR) data',
    why: 'Classified information and ITAR technical data may not be processed by commercial multi-tenant services; run models on accredited, isolated infrastructure.',
    constraint: { kind: 'local-only' },
    fromBrief: false,
    source:
      '22 CFR 120–130 (ITAR); 32 CFR Part 117 (NISPOM) for classified information systems',
    asOf: '2026-11-27',
  },
  {
    id: 'pci-cardholder-data',
    label: 'Payment card data (PCI DSS)',
    why: 'Sending card numbers to an API puts the provider inside your PCI DSS scope; tokenise or redact them first, or keep that traffic local.',
    constraint: { kind: 'flag-api' },
    fromBrief: false,
    source:
      'PCI DSS v4.0.1 Requirement 12.8 (third-party service providers that store, process or transmit account data) and 3.3–3.5 (protect stored account data)',
    asOf: '2026-11-27',
  },
  {
    id: 'childrens-data',
    label: 'Children’s personal data',
    why: 'COPPA and GDPR Art. 8 impose strict limits on retention and secondary use: only providers that do not train on it and can retain nothing.',
    constraint: {
      kind: 'api-requires',
      requires: ['noTrainingByDefault', 'zeroRetentionAvailable'],
    },
    fromBrief: false,
    source:
      'COPPA Rule 16 CFR 312.10 (data retention and deletion, as amended 2025); GDPR Art. 8',
    asOf: '2026-11-27',
  },
  {
    id: 'no-training',
    label: 'Data must never be used to train models',
    why: 'Some providers train on API inputs by default; only providers that do not qualify.',
    constraint: { kind: 'api-requires', requires: ['noTrainingByDefault'] },
    fromBrief: false,
    source:
      'Provider data-usage terms (see each provider’s privacy source in providers.ts)',
    asOf: '2026-11-27',
  },
  {
    id: 'legal-privilege',
    label: 'Attorney–client privileged material',
    why: 'Disclosure to a third party can waive privilege; use APIs only under confidentiality terms with zero retention, and flag it for counsel.',
    constraint: { kind: 'flag-api' },
    fromBrief: false,
    source:
      'ABA Formal Opinion 512 (2024), "Generative Artificial Intelligence Tools" — confidentiality duties under Model Rule 1.6',
    asOf: '2026-11-27',
  },
] satisfies z.input<typeof privacyRuleSchema>[];
