/**
 * Where each crossover's volume label goes, so crossovers close together
 * never print over each other ("5.99B9.4B", seen on the page and in print;
 * "2.91B3.38B4.19B" where three cluster). Worked out in the chart's pixels,
 * so a wide chart labels what a phone-width one has to leave out.
 */

/** 'none': both sides taken; the dot stays, and its volume is in the sentence above the chart and in the table. */
export type CrossoverLabelPosition = 'top' | 'bottom' | 'none';

/** One crossover dot where the chart draws it, and the label it would carry. */
export type LabelledDot = {
  readonly xPx: number;
  readonly yPx: number;
  readonly text: string;
};

/** A 12 px label's advance per character (digits, "." and "B"/"M", rounded up). */
export const LABEL_CHAR_WIDTH_PX = 7;
/** The label's line box at 12 px. */
export const LABEL_HEIGHT_PX = 14;
/** From the dot's centre to the near edge of its label (the dot's 5 px radius and recharts' 5 px offset, less a little). */
export const LABEL_GAP_PX = 8;
/** Space kept between two labels. */
export const LABEL_MARGIN_PX = 2;

type Box = {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
};

/** The box a label would take above or below its dot. */
export function labelBox(dot: LabelledDot, at: 'top' | 'bottom'): Box {
  const half = (dot.text.length * LABEL_CHAR_WIDTH_PX) / 2;
  const top =
    at === 'top'
      ? dot.yPx - LABEL_GAP_PX - LABEL_HEIGHT_PX
      : dot.yPx + LABEL_GAP_PX;
  return {
    left: dot.xPx - half,
    right: dot.xPx + half,
    top,
    bottom: top + LABEL_HEIGHT_PX,
  };
}

/** Whether two boxes come closer than the margin. */
export function boxesTouch(a: Box, b: Box): boolean {
  return (
    a.left < b.right + LABEL_MARGIN_PX &&
    b.left < a.right + LABEL_MARGIN_PX &&
    a.top < b.bottom + LABEL_MARGIN_PX &&
    b.top < a.bottom + LABEL_MARGIN_PX
  );
}

/**
 * A position per crossover, in the given order: above the dot when that is
 * free of every label placed before, else below it, else no label. Pure; a
 * dot with a non-finite position keeps 'top' and blocks nothing (the chart
 * does not draw it).
 */
export function crossoverLabelPositions(
  dots: readonly LabelledDot[],
): CrossoverLabelPosition[] {
  const placed: Box[] = [];
  return dots.map((dot) => {
    if (!Number.isFinite(dot.xPx) || !Number.isFinite(dot.yPx)) return 'top';
    const free = (at: 'top' | 'bottom') => {
      const box = labelBox(dot, at);
      return placed.every((p) => !boxesTouch(p, box)) ? box : null;
    };
    const top = free('top');
    if (top) {
      placed.push(top);
      return 'top';
    }
    const bottom = free('bottom');
    if (bottom) {
      placed.push(bottom);
      return 'bottom';
    }
    return 'none';
  });
}
