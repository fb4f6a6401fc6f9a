/**
 * The shapes shared by the patching writer's two halves (docs/architecture.md, "Saving a
 * workbook"):
 *
 * - `zip.ts` reads the package the input guard approved (`openZipPackage`) and writes it back
 *   (`writeZipPackage`), copying every entry the patch does not change as its original
 *   compressed bytes;
 * - `patch.ts` applies a `WritePlan` to the package's XML parts (`patchPackage`) and says
 *   which parts it changed, added or removed, and which sheets it created or wrote into.
 *
 * No Node API here or in either half: the CLI and the task pane's browser mode share them.
 */

/** One entry of the zip, as its central directory and local header (which agree) describe it. */
export interface PackageEntry {
  /** The part name as stored, e.g. `xl/worksheets/sheet1.xml` (no leading slash). */
  readonly name: string;
  /** 0 stored, 8 deflated; others are refused before a package is opened. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** Read access to an opened package: what the patcher needs. */
export interface PackageReader {
  /** Every part name, in the order of the zip. */
  readonly names: readonly string[];
  /** The inflated bytes of a part, or undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined;
}

/** What a patch changes, by part name; every part not named is copied byte for byte. */
export interface PackageChanges {
  /** New or replaced parts with their full inflated content. New parts go after the others. */
  readonly set: ReadonlyMap<string, Uint8Array>;
  /** Parts to drop (e.g. `xl/calcChain.xml`, so that Excel rebuilds it). */
  readonly remove: ReadonlySet<string>;
}

export interface PatchResult {
  readonly changes: PackageChanges;
  /** Sheets the plan created, by their names as written. */
  readonly sheetsCreated: readonly string[];
  /** Existing sheets whose XML the plan changed, by their names in the workbook. */
  readonly sheetsChanged: readonly string[];
}
