import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crossoverLabelPositions,
  LABEL_CLEARANCE_DECADES_X,
  LABEL_CLEARANCE_DECADES_Y,
} from '../../../src/features/cost-chart/crossover-labels';

const at = (tokensPerMonth: number, usdPerMonth: number) => ({
  tokensPerMonth,
  usdPerMonth,
});

describe('crossoverLabelPositions', () => {
  it('puts a lone crossover label above its dot', () => {
    expect(crossoverLabelPositions([at(5e9, 20_000)])).toEqual(['top']);
  });

  it('moves the second of two close crossovers ("5.99B", "9.4B") below its dot', () => {
    expect(
      crossoverLabelPositions([at(5.99e9, 23_000), at(9.4e9, 25_000)]),
    ).toEqual(['top', 'bottom']);
  });

  it('leaves far-apart crossovers above their dots', () => {
    expect(
      crossoverLabelPositions([
        at(3e8, 2_000),
        at(5e9, 20_000),
        at(9e10, 300_000),
      ]),
    ).toEqual(['top', 'top', 'top']);
  });

  it('keeps labels at different costs on the same side', () => {
    expect(crossoverLabelPositions([at(6e9, 1_000), at(9e9, 100_000)])).toEqual(
      ['top', 'top'],
    );
  });

  it('never puts two labels that would touch on the same side of their dots, for pairs', () => {
    const point = fc.record({
      tokensPerMonth: fc.double({ min: 1e6, max: 1e11, noNaN: true }),
      usdPerMonth: fc.double({ min: 1, max: 1e7, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const [pa, pb] = crossoverLabelPositions([a, b]);
        const close =
          Math.abs(Math.log10(a.tokensPerMonth / b.tokensPerMonth)) <
            LABEL_CLEARANCE_DECADES_X &&
          Math.abs(Math.log10(a.usdPerMonth / b.usdPerMonth)) <
            LABEL_CLEARANCE_DECADES_Y;
        return close ? pa !== pb : pa === 'top' && pb === 'top';
      }),
    );
  });
});
