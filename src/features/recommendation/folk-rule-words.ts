import {
  FOLK_RULE_API_USD_PER_MONTH,
  type FolkRuleContext,
} from '../../engine';
import { formatNumber, formatUsd, formatUsdPerMonth } from '../../lib/format';

/** The "$2K a month" folk rule set against the user's own break-even. */
export function ruleOfThumbWords(f: FolkRuleContext | null): string {
  const rule = `The folk rule says self-hosting pays above ~${formatUsd(FOLK_RULE_API_USD_PER_MONTH)}/month of API spend.`;
  if (!f) {
    return `${rule} There is no self-hosted option to test it against here.`;
  }
  if (
    f.verdict === 'self-host-never-breaks-even' ||
    f.breakEvenApiUsdPerMonth === null
  ) {
    return `${rule} For your options self-hosting never breaks even in range. Its smallest deployment costs ${formatUsdPerMonth(f.minimalDeploymentUsdPerMonth)}, of which ${formatUsdPerMonth(f.fixedUsdPerMonth)} is people and platform.`;
  }
  const ratio =
    f.breakEvenOverFolkRule ??
    f.breakEvenApiUsdPerMonth / FOLK_RULE_API_USD_PER_MONTH;
  return `${rule} For your numbers the break-even is ${formatUsdPerMonth(f.breakEvenApiUsdPerMonth)} — ${formatNumber(ratio)}× the rule${
    f.verdict === 'folk-rule-too-low'
      ? ', so the rule is too optimistic here'
      : f.verdict === 'folk-rule-too-high'
        ? ', so the rule is too cautious here'
        : ''
  }. $2K is about one always-on rented GPU (this option’s: ${formatUsdPerMonth(f.oneGpuUsdPerMonth)}); the smallest deployment with people and redundancy costs ${formatUsdPerMonth(f.minimalDeploymentUsdPerMonth)}. A floor, not a break-even.`;
}
