/**
 * Quality as the Artificial Analysis Intelligence Index (docs/methods.md §9.1):
 * the gap between two options in index points, whether it is within the
 * comparable tolerance, and which options a quality floor sets aside.
 */

/** A result's model quality: the catalog tier, and the Artificial Analysis Intelligence Index (null = not rated). */
export type ModelQuality = {
  readonly qualityTier: string;
  readonly qualityIndex: number | null;
};

/** `a − b` in index points, rounded to 0.1; null when either is not rated. */
export function qualityGapPoints(
  a: number | null,
  b: number | null,
): number | null {
  if (a === null || b === null) return null;
  return Math.round((a - b) * 10) / 10;
}

/**
 * A known gap within the tolerance (`catalog.costDefaults.qualityIndex.comparablePoints`);
 * an unrated side is never comparable (nothing vouches for it).
 */
export function isComparableQuality(
  gapPoints: number | null,
  comparablePoints: number,
): boolean {
  return gapPoints !== null && Math.abs(gapPoints) <= comparablePoints;
}

/** What a quality floor set aside: options below it, and options with no index. */
export type QualityFloorOutcome = {
  readonly floorIndex: number;
  readonly belowIds: readonly string[];
  readonly notRatedIds: readonly string[];
};

/**
 * The options a floor sets aside (null floor = off, nothing set aside). An
 * option is kept only if its index is known and at least the floor.
 */
export function applyQualityFloor(
  options: readonly {
    readonly id: string;
    readonly qualityIndex: number | null;
  }[],
  floorIndex: number | null,
): QualityFloorOutcome | null {
  if (floorIndex === null) return null;
  return {
    floorIndex,
    belowIds: options
      .filter((o) => o.qualityIndex !== null && o.qualityIndex < floorIndex)
      .map((o) => o.id),
    notRatedIds: options
      .filter((o) => o.qualityIndex === null)
      .map((o) => o.id),
  };
}
