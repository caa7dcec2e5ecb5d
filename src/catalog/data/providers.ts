import type { z } from 'zod';
import type { providerSchema } from '../schema';

/**
 * API providers and deployments. Strengths and considerations start from the
 * product brief's lists (ADR-14) and are corrected, with sources, where the facts have moved.
 * Privacy facts are per provider *and* per deployment (Azure OpenAI, Bedrock
 * and Vertex sell the same models under different data terms): where
 * `euResidencyPerDeployment` is set, an API model's own `deployment` decides
 * EU residency (api-models.ts).
 */
export const providers = [
  {
    id: 'openai',
    name: 'OpenAI',
    kind: 'model-lab',
    strengths: [
      'Best-in-class instruction following',
      'Largest ecosystem (plugins, integrations)',
      'Excellent documentation',
      'Function calling / structured outputs',
    ],
    considerations: [
      'Higher cost at scale',
      'Rate limits can be restrictive on low usage tiers (limits rise with cumulative spend)',
      'API data is not used for training unless you opt in (since 1 March 2023; the often-quoted “unless opted out” describes consumer ChatGPT)',
      'EU data residency exists since February 2025, but only for eligible (Enterprise, zero-retention) projects; default processing is in the US, so only the catalog’s “EU data residency project” entries pass the EU residency item',
    ],
    privacy: {
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      retentionSummary:
        '30 days (abuse monitoring); zero retention for approved customers',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary: 'Not used for training by default (opt-in only)',
      soc2: true,
      hipaaBaa: true,
      euDataResidency: true,
      euResidencyPerDeployment: true,
      regions: [
        'United States',
        'Europe (EEA + Switzerland, eligible projects)',
      ],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://openai.com/api/pricing/',
    featuredOrder: 1,
    alwaysInPrivacyTable: true,
    priceFileProviders: ['openai'],
    source:
      'https://developers.openai.com/api/docs/guides/your-data (retention, training, BAA); https://openai.com/index/introducing-data-residency-in-europe/ (2025-02-05); https://help.openai.com/en/articles/10503543-data-residency-for-the-openai-api; https://trust.openai.com (SOC 2 Type 2)',
    asOf: '2026-04-07',
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    kind: 'model-lab',
    strengths: [
      'Excellent for long-form content',
      '200K context window standard; 1M tokens on Claude Opus 4.6 / Sonnet 4.6 and later',
      'Strong reasoning capabilities',
      'Better safety alignment',
    ],
    considerations: [
      'Smaller ecosystem',
      'Can be overly cautious',
      'No EU data residency on the first-party API (US-only inference is an option at 1.1×); EU processing is available through AWS Bedrock and Google Vertex EU regions',
      'Structured outputs now exist (strict JSON schema / strict tool use), narrowing the often-quoted “less structured output support”',
    ],
    privacy: {
      retentionDaysDefault: 7,
      zeroRetentionAvailable: true,
      retentionSummary:
        '7 days for API logs (30 days before 15 Sep 2025); zero retention by agreement',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'API data is not used for training (unless agreed otherwise)',
      soc2: true,
      hipaaBaa: true,
      euDataResidency: false,
      regions: ['United States', 'Global routing'],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://platform.claude.com/docs/en/about-claude/pricing',
    featuredOrder: 2,
    alwaysInPrivacyTable: true,
    priceFileProviders: ['anthropic'],
    source:
      'https://platform.claude.com/docs/en/build-with-claude/api-and-data-retention (ZDR, HIPAA-ready API with BAA); https://privacy.anthropic.com/en/articles/7996866-how-long-do-you-store-personal-data; API log retention cut to 7 days from 2025-09-15 as summarised at https://dangerousrobot.org/research/sources/2025/claude-data-retention-policies-storage-rules-and-compliance-overview; https://trust.anthropic.com (SOC 2 Type II)',
    asOf: '2025-11-01',
  },
  {
    id: 'cohere',
    name: 'Cohere',
    kind: 'model-lab',
    strengths: [
      'Enterprise-focused features',
      'Excellent embedding models',
      'Built-in RAG capabilities',
      'AWS/GCP/Azure deployment options (and private / on-premises deployment)',
    ],
    considerations: [
      'Less consumer mindshare',
      'Fewer community resources',
      'Creative tasks lag behind',
      'Pricing less transparent',
    ],
    privacy: {
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Configurable: API data deleted after 30 days by default; zero retention for enterprise; private and cloud-marketplace deployments send Cohere nothing',
      trainsOnApiDataByDefault: true,
      trainingOptOutSummary:
        'Yes — opt out in dashboard Data Controls (training use is on until you switch it off)',
      soc2: true,
      hipaaBaa: false,
      euDataResidency: false,
      regions: [
        'United States (SaaS)',
        'Your region via AWS, Azure, GCP, OCI or private deployment',
      ],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://cohere.com/pricing',
    featuredOrder: 3,
    alwaysInPrivacyTable: true,
    priceFileProviders: ['cohere', 'cohere_chat'],
    source:
      'https://cohere.com/data-usage-policy (API data deleted after 30 days; dashboard opt-out); https://cohere.com/enterprise-data-commitments (last update 2025-12-05: private and third-party cloud deployments receive no prompts or outputs); https://cohere.com/security (SOC 2 Type II); no public BAA for the hosted API and region pinning only via private or cloud-partner deployments (aiprovidertrust.com/offerings/cohere-api/)',
    asOf: '2025-12-05',
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI (Microsoft Foundry)',
    kind: 'cloud-platform',
    strengths: [
      'OpenAI models under Microsoft’s enterprise terms (no training on your data)',
      'Regional, Data Zone (EU/US) and Global deployments',
      'HIPAA BAA, SOC 2, FedRAMP High in Azure Government',
      'Provisioned throughput (PTU) for reserved capacity',
    ],
    considerations: [
      'Prompts may be kept up to 30 days for abuse monitoring unless Microsoft approves modified abuse monitoring (the often-quoted “0 days” needs that approval)',
      'Data Zone and regional deployments cost about 10 % more than Global; only EU Data Zone or EU regional deployments pass the EU residency item (Global routes to any region)',
      'New OpenAI models can arrive later than on OpenAI’s own API',
    ],
    privacy: {
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Up to 30 days for abuse monitoring; 0 with approved modified abuse monitoring',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary: 'Never used for training (default)',
      soc2: true,
      hipaaBaa: true,
      euDataResidency: true,
      euResidencyPerDeployment: true,
      regions: ['Global', 'EU Data Zone', 'US Data Zone', 'Azure regions'],
      airGapped: false,
      governmentAuthorised: true,
    },
    pricingUrl:
      'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/',
    featuredOrder: 4,
    alwaysInPrivacyTable: true,
    priceFileProviders: [],
    source:
      'https://learn.microsoft.com/en-us/legal/cognitive-services/openai/data-privacy (prompts and completions NOT used to improve OpenAI, Microsoft or third-party models; abuse monitoring); Microsoft Q&A 2156579/2181252 (Microsoft moderator, 2025-02-24: prompts and content retained up to 30 days; none stored with approved modified abuse monitoring); https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/deployment-types (Global / Data Zone / regional)',
    asOf: '2025-02-24',
  },
  {
    id: 'google',
    name: 'Google Gemini API (AI Studio)',
    kind: 'model-lab',
    strengths: [
      '1M-token context on Gemini models',
      'Low prices on Flash / Flash-Lite tiers',
      'Explicit and implicit context caching',
    ],
    considerations: [
      'Free tier data is used to improve Google products; paid tier is not',
      'Paid-tier prompts are logged for a limited period for abuse monitoring',
      'For HIPAA or data residency, Google points to Vertex AI',
    ],
    privacy: {
      retentionDaysDefault: 55,
      zeroRetentionAvailable: true,
      retentionSummary:
        '55 days (abuse monitoring, paid tier); zero retention for approved projects',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'Paid tier: not used for training; free tier: used to improve products',
      soc2: false,
      hipaaBaa: false,
      euDataResidency: false,
      regions: ['Global'],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://ai.google.dev/gemini-api/docs/pricing',
    featuredOrder: 5,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['gemini', 'google'],
    source:
      'https://ai.google.dev/gemini-api/terms (Gemini API Additional Terms of Service: paid vs unpaid services); https://ai.google.dev/gemini-api/docs/usage-policies (prompts, context and output retained 55 days for abuse monitoring); https://ai.google.dev/gemini-api/docs/zdr (zero data retention for approved projects)',
    asOf: '2026-11-27',
  },
  {
    id: 'mistral',
    name: 'Mistral AI (La Plateforme)',
    kind: 'model-lab',
    strengths: [
      'EU-hosted by default',
      'Open-weight models you can also self-host',
      'Low prices on small and medium models',
    ],
    considerations: [
      'Smaller ecosystem than OpenAI or Anthropic',
      'Model aliases (“-latest”) move between releases and prices',
    ],
    privacy: {
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      retentionSummary: '30 days (abuse monitoring); zero retention on request',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary: 'Paid API data is not used for training',
      soc2: true,
      hipaaBaa: false,
      euDataResidency: true,
      regions: ['European Union'],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://mistral.ai/pricing',
    featuredOrder: 6,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['mistral', 'mistralai'],
    source:
      'https://legal.mistral.ai/terms (API inputs and outputs kept 30 rolling days for abuse monitoring; zero data retention on request; paid API data excluded from training; EU hosting by default, as summarised at https://char.com/blog/mistral-data-retention-policy); https://help.mistral.ai/en/collections/701684-trust (ZDR, SOC 2 / ISO 27001)',
    asOf: '2026-11-27',
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    kind: 'model-lab',
    strengths: [
      'Very low prices with strong open-weight models',
      'Off-peak and cache-hit discounts',
    ],
    considerations: [
      'Data is stored and processed in the People’s Republic of China',
      'No published SOC 2, HIPAA BAA or zero-retention option',
      'Privacy policy allows using inputs to improve services',
    ],
    privacy: {
      retentionDaysDefault: null,
      zeroRetentionAvailable: false,
      retentionSummary: 'As long as necessary (not stated in days)',
      trainsOnApiDataByDefault: true,
      trainingOptOutSummary: 'No documented API opt-out',
      soc2: false,
      hipaaBaa: false,
      euDataResidency: false,
      regions: ['China (PRC)'],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://api-docs.deepseek.com/quick_start/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['deepseek'],
    source:
      'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html',
    asOf: '2025-01-27',
  },
  {
    id: 'xai',
    name: 'xAI',
    kind: 'model-lab',
    strengths: [
      'Very long context (up to 2M tokens on Grok 4.x fast models)',
      'Competitive prices on fast tiers',
    ],
    considerations: [
      'Smaller enterprise compliance footprint than the hyperscalers',
      'Frequent model churn (several models deprecated within a year)',
    ],
    privacy: {
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      retentionSummary: '30 days (abuse audit); zero retention for enterprise',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'Not used for training unless you opt in to data sharing',
      soc2: true,
      hipaaBaa: false,
      euDataResidency: false,
      regions: ['United States'],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://docs.x.ai/docs/models',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['xai', 'x-ai'],
    source:
      'https://x.ai/legal/privacy-policy; https://docs.x.ai/docs/data-retention',
    asOf: '2026-11-27',
  },
  {
    id: 'aws-bedrock',
    name: 'Amazon Bedrock',
    kind: 'cloud-platform',
    strengths: [
      'Claude, Llama, Mistral, Cohere and other models under AWS terms',
      'Prompts and completions are not stored or used for training',
      'HIPAA eligible, SOC 2, FedRAMP High in GovCloud',
      'EU regions and cross-region inference profiles',
    ],
    considerations: [
      'Regional / geo inference profiles cost about 10 % more than global ones; only eu. profiles and EU Regions pass the EU residency item (global. routes to any commercial Region)',
      'Newest models and features can lag the first-party API',
    ],
    privacy: {
      retentionDaysDefault: 0,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Not stored for most models; some newer models keep flagged or all traffic up to 30 days; data_retention_mode "none" gives zero retention',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary: 'Never used for training',
      soc2: true,
      hipaaBaa: true,
      euDataResidency: true,
      euResidencyPerDeployment: true,
      regions: ['AWS regions (US, EU, APAC)', 'AWS GovCloud (US)'],
      airGapped: false,
      governmentAuthorised: true,
    },
    pricingUrl: 'https://aws.amazon.com/bedrock/pricing/',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: [],
    source:
      "https://docs.aws.amazon.com/bedrock/latest/userguide/data-retention.html (data_retention_mode none/default/provider_data_share; default = the model's policy; OpenAI models retain classifier-flagged traffic and Claude Fable 5 all traffic up to 30 days), as verified at https://www.developersdigest.tech/models/data-retention/bedrock (2026-10-18); https://aws.amazon.com/compliance/services-in-scope/ (HIPAA, SOC, FedRAMP High in GovCloud)",
    asOf: '2026-10-18',
  },
  {
    id: 'google-vertex',
    name: 'Google Cloud Vertex AI',
    kind: 'cloud-platform',
    strengths: [
      'Gemini, Claude and open models under Google Cloud terms',
      'Regional endpoints with data residency',
      'HIPAA BAA, SOC 2, FedRAMP High',
    ],
    considerations: [
      'Regional endpoints cost about 10 % more than global ones for partner models; only EU regional endpoints pass the EU residency item (the global endpoint has no residency guarantee)',
      'Zero data retention requires disabling caching and an abuse-logging exception',
    ],
    privacy: {
      retentionDaysDefault: 0,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Not stored at rest; 24-hour in-memory cache unless disabled',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary: 'Never used for training',
      soc2: true,
      hipaaBaa: true,
      euDataResidency: true,
      euResidencyPerDeployment: true,
      regions: ['Global', 'Google Cloud regions (US, EU, APAC)'],
      airGapped: false,
      governmentAuthorised: true,
    },
    pricingUrl: 'https://cloud.google.com/vertex-ai/generative-ai/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: [],
    source:
      'https://cloud.google.com/vertex-ai/generative-ai/docs/data-governance; https://cloud.google.com/vertex-ai/generative-ai/docs/learn/abuse-monitoring (prompts logged only when classifiers flag suspected abuse, up to 30 days in the selected region, opt-out by form; never used for training); https://cloud.google.com/vertex-ai/generative-ai/docs/vertex-ai-zero-data-retention',
    asOf: '2026-11-27',
  },
  {
    id: 'together-ai',
    name: 'Together AI',
    kind: 'inference-host',
    strengths: [
      'Serverless per-token APIs for the popular open models (Llama, Qwen, DeepSeek, gpt-oss)',
      'Inputs and outputs are not stored by default; training use is opt-in',
      'Dedicated endpoints and fine-tuning on the same platform',
    ],
    considerations: [
      'SOC 2 and HIPAA BAA: not found in public docs as of 2026-12-01 (ask sales)',
      'Data residency only through private networking / VPC deployments by arrangement; serverless region not stated',
      'Some models are passthrough to their upstream provider under that provider’s data policy (an organisation toggle)',
      '“Turbo” endpoints are optimised builds whose precision is not stated on the pages read',
    ],
    privacy: {
      retentionDaysDefault: 0,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Not stored by default (temporary performance caching only); privacy settings can turn off retention of prompts and responses',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'Not used for training unless you opt in (Privacy & Security settings)',
      soc2: false,
      hipaaBaa: false,
      euDataResidency: false,
      regions: [
        'Not published for serverless inference (not found in public docs as of 2026-12-01)',
      ],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://www.together.ai/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['together_ai'],
    source:
      'https://docs.together.ai/docs/privacy-and-security (does not store inputs or outputs by default; training opt-in; passthrough models; data residency via private networking / VPC on request); https://together.ai/privacy (updated 2025-12-17: no training without explicit opt-in; settings to retain no prompts or responses); SOC 2, HIPAA BAA, EU residency, serverless regions and government authorisation not found in public docs as of 2026-12-01 (set to the conservative value)',
    asOf: '2026-12-01',
  },
  {
    id: 'fireworks-ai',
    name: 'Fireworks AI',
    kind: 'inference-host',
    strengths: [
      'Large serverless catalogue of open models, priced per token',
      'Zero data retention by default for open models (prompts and outputs only in memory)',
      'Prompt-cache discounts on some models; fine-tuning and dedicated deployments',
    ],
    considerations: [
      'The Responses API stores conversations for 30 days unless store=false',
      'Proprietary Fireworks models (e.g. FireFunction) may log prompts for analytics',
      'SOC 2 and HIPAA BAA: not found in public docs as of 2026-12-01 in the pages read (Fireworks points to its trust center, trust.fireworks.ai)',
      'Serving precision of each model is not stated on the pages read',
    ],
    privacy: {
      retentionDaysDefault: 0,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Zero retention by default for open models (metadata only); Responses API keeps 30 days unless store=false',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'Not used for training without explicit opt-in (privacy notice)',
      soc2: false,
      hipaaBaa: false,
      euDataResidency: false,
      regions: [
        'Not published for serverless inference (not found in public docs as of 2026-12-01)',
      ],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://fireworks.ai/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['fireworks_ai', 'fireworks_ai-embedding-models'],
    source:
      'https://docs.fireworks.ai/guides/security_compliance/data_handling (zero data retention by default for open models; Responses API 30-day storage with store=true); https://docs.fireworks.ai/guides/security_compliance/data_security (encryption; audit reports in the trust center, not read); https://fireworks.ai/privacy-policy (no training on prompts or API inputs without opt-in); SOC 2, HIPAA BAA, EU residency, regions and government authorisation not found in public docs as of 2026-12-01 (set to the conservative value)',
    asOf: '2026-12-01',
  },
  {
    id: 'deepinfra',
    name: 'DeepInfra',
    kind: 'inference-host',
    strengths: [
      'Among the lowest per-token prices for open models',
      'Inputs and outputs are held only in memory during inference and not used for training',
      'Model pages state the served precision (e.g. “Turbo” = FP8)',
    ],
    considerations: [
      'Reserves the right to look at and log small portions of requests for debugging or security; no zero-retention agreement found',
      'Google and Anthropic models it resells follow those providers’ policies',
      'HIPAA BAA, EU residency and regions: not found in public docs as of 2026-12-01',
    ],
    privacy: {
      retentionDaysDefault: 0,
      zeroRetentionAvailable: false,
      retentionSummary:
        'Not stored on disk (memory only during inference; bulk-inference data kept briefly); small portions may be logged for debugging or security',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'Not used for training (except resold Google/Anthropic models, under their terms)',
      soc2: true,
      hipaaBaa: false,
      euDataResidency: false,
      regions: [
        'Not published for serverless inference (not found in public docs as of 2026-12-01)',
      ],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://deepinfra.com/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['deepinfra'],
    source:
      'https://docs.deepinfra.com/account/data-privacy (inputs and outputs not stored on disk, no training, no sharing, except Google/Anthropic models; metadata logs; small portions of requests may be logged for debugging or security); https://deepinfra.com/privacy (last modified 2024-07-23); SOC 2 as listed on https://trust.deepinfra.com/ (recorded by api-evangelist/deepinfra security/deepinfra-trust-center.yml, 2026-07-11; the same page lists HIPAA, but no BAA offer was found, so hipaaBaa is false); zero-retention agreement, EU residency, regions and government authorisation not found in public docs as of 2026-12-01 (set to the conservative value)',
    asOf: '2026-12-01',
  },
  {
    id: 'groq',
    name: 'Groq (GroqCloud)',
    kind: 'inference-host',
    strengths: [
      'Very fast output on Groq LPUs',
      'Inference data not retained by default; self-serve Zero Data Retention in Data Controls',
      'A Business Associate Addendum for GroqCloud (HIPAA) is published',
    ],
    considerations: [
      'Inputs and outputs may be logged up to 30 days for reliability and abuse investigation unless ZDR is switched on',
      'A no-training commitment for API data was not found in the pages read (not found in public docs as of 2026-12-01)',
      'SOC 2, EU residency and regions: not found in public docs as of 2026-12-01',
    ],
    privacy: {
      retentionDaysDefault: 30,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Not retained by default, but may be logged up to 30 days for reliability or abuse investigation; 0 with Zero Data Retention (self-serve)',
      trainsOnApiDataByDefault: true,
      trainingOptOutSummary:
        'No explicit statement on training found (not found in public docs as of 2026-12-01); treated as not excluded',
      soc2: false,
      hipaaBaa: true,
      euDataResidency: false,
      regions: [
        'Not published for serverless inference (not found in public docs as of 2026-12-01)',
      ],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://groq.com/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['groq'],
    source:
      'https://console.groq.com/docs/your-data (no retention of inference data by default; reliability/abuse logs up to 30 days; ZDR in Data Controls; batch files 30 days); https://console.groq.com/docs/legal/customer-business-associate-addendum (Business Associate Addendum for GroqCloud Services, effective 2025-10-15); training use, SOC 2, EU residency, regions and government authorisation not found in public docs as of 2026-12-01 (set to the conservative value)',
    asOf: '2026-12-01',
  },
  {
    id: 'cerebras',
    name: 'Cerebras Inference',
    kind: 'inference-host',
    strengths: [
      'Very fast output on wafer-scale hardware',
      'Prompts, requests, responses and logs are not retained',
      'SOC 2 listed on its trust center',
    ],
    considerations: [
      'Few models (Llama, Qwen, gpt-oss, GLM)',
      'Inference data centers were in North America when last stated; EU processing not documented',
      'HIPAA BAA: not found in public docs as of 2026-12-01',
    ],
    privacy: {
      retentionDaysDefault: 0,
      zeroRetentionAvailable: true,
      retentionSummary:
        'Not retained: no prompts, requests, responses or chat logs are stored (usage metrics only); prompt caches are in memory only',
      trainsOnApiDataByDefault: false,
      trainingOptOutSummary:
        'Inputs and outputs are not retained, so not available for training (no separate training clause found)',
      soc2: true,
      hipaaBaa: false,
      euDataResidency: false,
      regions: ['North America (United States, Canada)'],
      airGapped: false,
      governmentAuthorised: false,
    },
    pricingUrl: 'https://www.cerebras.ai/pricing',
    featuredOrder: null,
    alwaysInPrivacyTable: false,
    priceFileProviders: ['cerebras'],
    source:
      'https://support.cerebras.net/articles/1811589793-does-cerebras-retain-my-data (updated 2025-07-11: no prompt content, requests, responses or logs retained); https://cloud.cerebras.ai/privacy (effective 2024-08-27: inference inputs and outputs not retained; training: nothing retained to train on, no separate training clause found); SOC 2 as listed on https://trust.cerebras.ai/ (recorded by api-evangelist/cerebras-systems security/cerebras-systems-trust-center.yml, 2026-07-18); data centers in the US and Canada, all inference in North America as of April 2025 (as summarised at https://infercheck.eu/en/provider/cerebras); HIPAA BAA, EU residency and government authorisation not found in public docs as of 2026-12-01 (set to the conservative value)',
    asOf: '2026-12-01',
  },
] satisfies z.input<typeof providerSchema>[];
