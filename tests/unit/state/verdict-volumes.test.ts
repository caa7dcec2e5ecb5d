/**
 * The verdict's dollar figures belong to the volumes beside them (issue 14
 * item 3): the break-even API spend sits with the first crossover, the
 * "for good" volume gets its own figure only when it was evaluated there.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { verdictWords } from '../../../src/features/recommendation/verdict-words';
import { fullResultFor } from '../../../src/state';
import { decodeLink } from '../../../src/url';

const { inputs } = decodeLink('?v=1', { catalog });
const base = fullResultFor(inputs, catalog);
const apiId = base.api[0]!.id;
const selfId = base.selfHost[0]!.id;
const result = {
  ...base,
  recommendation: {
    ...base.recommendation,
    verdict: { kind: 'api' as const, optionId: apiId },
    comparedSelfHostId: selfId,
    flipAtTokensPerMonth: 33.7e9,
    stableFlipAtTokensPerMonth: 40.4e9,
    breakEvenApiUsdPerMonth: 8858,
  },
};

describe('the flip clause', () => {
  it('puts the break-even spend beside the first crossover, not the “for good” volume', () => {
    const { detail } = verdictWords(result, inputs.options, catalog);
    expect(detail).toMatch(
      /from 33\.7B tokens\/month \(≈ \$8,858\/month of API spend\), and for good above 40\.4B tokens\/month\./,
    );
  });

  it('gives the “for good” volume its own figure when evaluated there', () => {
    const { detail } = verdictWords(
      result,
      inputs.options,
      catalog,
      undefined,
      10_600,
    );
    expect(detail).toMatch(
      /\(≈ \$8,858\/month of API spend\), and for good above 40\.4B tokens\/month \(≈ \$10,600\/month\)\./,
    );
  });
});

describe('the “never in range” reason', () => {
  it('names the range the curves cover, widened to the user’s volume', () => {
    const atVolume = (tpm: string) => {
      const { inputs: at } = decodeLink(`?v=2&tpm=${tpm}`, { catalog });
      const r = fullResultFor(at, catalog);
      const never = {
        ...r,
        recommendation: {
          ...r.recommendation,
          reasons: ['self-host-never-wins-in-range' as const],
        },
      };
      return verdictWords(never, at.options, catalog).reasons.join(' ');
    };
    expect(atVolume('50M')).toContain('between 1M and 100B tokens a month');
    expect(atVolume('500B')).toContain('between 1M and 500B tokens a month');
  });
});
