import { memo } from 'react';
import type { ScenarioResult } from '../../engine';
import {
  selectOptions,
  useCalculatorStore,
  useCatalog,
  useShownSlice,
} from '../../state';
import { Panel } from '../../ui';
import { PrivacyEffect } from './privacy-effect';
import { PrivacyRuleChecklist } from './privacy-rule-checklist';
import {
  comparedApiModels,
  ProviderPrivacyTable,
  tableProviders,
} from './provider-privacy-table';

/** "Privacy & data residency": the product brief's "when you must go local" list (ADR-14), applied to the options. */
export function PrivacyPanel() {
  // All it reads from the result is the privacy check, the same object while
  // it is equal: a volume change does not render the panel (issue 13).
  const privacy = useShownSlice((s) => s.result.privacy);
  return <PrivacyBody privacy={privacy} />;
}

const PrivacyBody = memo(function PrivacyBody({
  privacy,
}: {
  readonly privacy: ScenarioResult['privacy'];
}) {
  const catalog = useCatalog();
  const options = useCalculatorStore(selectOptions);
  const rules = [...catalog.privacyRules].sort(
    (a, b) => Number(b.fromBrief) - Number(a.fromBrief),
  );
  return (
    <Panel id="privacy" title="Privacy & data residency">
      <p className="chart-summary">
        For many applications privacy, not cost, decides. Tick what applies to
        your data: options that cannot comply are excluded from the
        recommendation, with the reason.
      </p>
      <PrivacyRuleChecklist rules={rules} />
      <PrivacyEffect privacy={privacy} />
      <ProviderPrivacyTable
        providers={tableProviders(catalog, options)}
        deployments={comparedApiModels(catalog, options)}
      />
      <p className="footnote">
        Self-hosted options on hardware you own or keep on a desk comply. Rented
        cloud GPUs are a third party: excluded where no third party may see the
        data (air-gapped, classified) and flagged otherwise — your cloud
        provider must meet the requirement too (a BAA, an EU region). Where EU
        residency is offered per deployment, only a deployment that keeps
        processing in the EU passes (a Global endpoint routes anywhere). Facts
        change: check each provider’s current terms (linked) before you rely on
        them.
      </p>
    </Panel>
  );
});
