/**
 * The input guard's limits, apart from the guard itself so that the task pane can name them
 * without loading the guard (fetched only when a file is opened).
 */
/** Limits a real kabupaten tracker never comes near (see docs/performance.md). */
export interface GuardLimits {
  /** The file itself. A kabupaten tracker of 14 sheets × 20,000 rows is about 17 MB. */
  readonly maxFileBytes: number;
  /** Zip entries; an .xlsx has about 10 plus two or three per sheet. */
  readonly maxEntries: number;
  /** All entries once inflated; the 14 × 20,000 tracker inflates to about 120 MB. */
  readonly maxUncompressedBytes: number;
  /** Inflated ÷ compressed size, per entry and overall; sheet XML compresses 10–20 times. */
  readonly maxRatio: number;
  /**
   * Entries (and totals) that inflate to less than this are not held to `maxRatio`: they cost
   * little memory whatever their ratio, and real files have small parts that compress far
   * (a styles.xml bloated by copy-paste to 64,000 identical styles: 4.9 MB at 256 : 1).
   */
  readonly ratioFloorBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_GUARD_LIMITS: GuardLimits = {
  maxFileBytes: 50 * MB,
  maxEntries: 5000,
  maxUncompressedBytes: 500 * MB,
  maxRatio: 100,
  ratioFloorBytes: 20 * MB,
};
