/**
 * Every equation "How is this computed?" shows evaluates to the number beside
 * it (issue 14 item 3): each option's explanation is rendered for several
 * workloads (caching, batch, reasoning, owned, reserved) and each displayed
 * equation is recomputed from the numbers it displays.
 */
import { describe, expect, it } from 'vitest';
import { OptionsPanel } from '../../../src/features/options';
import { decodeLink } from '../../../src/url';
import { pageCatalog } from '../../fixtures/page-catalog';
import { renderWithStore } from '../render-with-store';

/** "$1,234.5" → 1234.5; "5M" / "1.67K" → their value. */
const usd = (s: string) => Number(s.replace(/[$,]/g, ''));
const compact = (s: string) => {
  const m = /^([\d.,]+)([KMBT]?)$/.exec(s);
  if (!m) throw new Error(`not a compact number: ${s}`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[m[2]!]!;
  return Number(m[1]!.replace(/,/g, '')) * scale;
};

function explanationLines(link: string): string[] {
  const { inputs } = decodeLink(link, { catalog: pageCatalog });
  const view = renderWithStore(<OptionsPanel />, { inputs });
  const lines = Array.from(
    view.container.querySelectorAll('details.explain li'),
  ).map((li) => li.textContent ?? '');
  view.unmount();
  return lines;
}

const SCENARIOS = [
  '?v=1',
  '?v=1&uc=rag&tpm=5B',
  '?v=1&uc=rag&tpm=50M&cp=3000',
  '?v=1&uc=batch&tpm=2B&bs=80',
  '?v=1&tpm=300M&rt=1000&tpr=3000',
  '?v=1&o=a1:gpt-4o-mini,s2:llama-3.1-8b-instruct:fp8:vllm:h100-sxm-80gb:prs,s3:llama-3.1-8b-instruct:fp8:vllm:h100-sxm-80gb:pow',
];

describe('“How is this computed?” evaluates as written', () => {
  it.each(SCENARIOS)('%s', (link) => {
    const lines = explanationLines(link);
    expect(lines.length).toBeGreaterThan(0);
    let checked = 0;
    for (const line of lines) {
      const api =
        /^(\S+) requests\/month × \((.+)\) = (\$[\d,.]+)\/month\.$/.exec(line);
      if (api) {
        const requests = compact(api[1]!);
        const terms = api[2]!.split(' + ').map((term) => {
          const t = /^([\d,]+) [^×]+ × (\$[\d,.]+)\/1M$/.exec(term);
          expect(t, `term "${term}" in "${line}"`).not.toBeNull();
          return (Number(t![1]!.replace(/,/g, '')) * usd(t![2]!)) / 1e6;
        });
        const total = usd(api[3]!);
        const recomputed = requests * terms.reduce((s, x) => s + x, 0);
        // Each shown factor is rounded (3 significant digits at worst): 1.5 % and a dollar.
        expect(Math.abs(recomputed - total)).toBeLessThanOrEqual(
          total * 0.015 + 1,
        );
        checked++;
      }
      const cost = /^Cost: (.+) = (\$[\d,.]+)\/month/.exec(line);
      if (cost) {
        const parts = cost[1]!.split(' + ').map((p) => {
          const m = /(\$[\d,.]+)$/.exec(p);
          expect(m, `part "${p}" of "${line}"`).not.toBeNull();
          return usd(m![1]!);
        });
        const total = usd(cost[2]!);
        // Whole dollars each; lines under 50 cents are left out.
        expect(
          Math.abs(parts.reduce((s, x) => s + x, 0) - total),
        ).toBeLessThanOrEqual(parts.length * 0.5 + 5 * 0.5 + 0.01);
        checked++;
      }
      const fleet =
        /needs (\d+) replicas? at .* plus (\d+) spare = (\d+) replica/.exec(
          line,
        );
      if (fleet) {
        expect(Number(fleet[1]) + Number(fleet[2])).toBe(Number(fleet[3]));
        checked++;
      }
      const discount =
        /at (\d+)\s?% off (\$[\d.,]+) = (\$[\d.,]+) per GPU-hour/.exec(line);
      if (discount) {
        const expected = usd(discount[2]!) * (1 - Number(discount[1]) / 100);
        expect(Math.abs(expected - usd(discount[3]!))).toBeLessThanOrEqual(
          0.006,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shows the cached and the uncached input apart when the prefix is cached', () => {
    const lines = explanationLines('?v=1&uc=rag&tpm=5B&o=a1:gpt-4o-mini');
    const formula = lines.find((l) => l.includes('requests/month ×'));
    expect(formula).toMatch(
      /uncached input × .* cached input \(cache hits\) ×/,
    );
  });

  it('says when the cached prefix is longer than a request’s input', () => {
    const lines = explanationLines(
      '?v=1&uc=rag&tpr=1000&is=50&cp=900&o=a1:gpt-4o-mini',
    );
    expect(
      lines.some((l) =>
        /cached prefix you set \(900 tokens\) is longer than a request’s input \(500 tokens\)/.test(
          l,
        ),
      ),
    ).toBe(true);
  });
});
