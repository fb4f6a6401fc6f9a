/**
 * The payload estimate that keeps every batch under Excel on the web's 5 MB request limit, and
 * the packer that cuts work into batches (writes) or groups (reads) by that estimate.
 *
 * The estimate of a batch is the UTF-8 length of the JSON of everything it sends (value and
 * format arrays, hyperlinks, option objects) plus ACTION_BYTES for every queued action or
 * object (each property set, method call, load, and each range or worksheet object), plus
 * BATCH_BYTES for the per-batch calls. Office.js' own request for an action or an object path is
 * about 100–150 bytes of JSON, so the fixed costs are deliberately generous; the default budget
 * (4,000,000) leaves another 1.2 MB of the 5 MiB limit unused.
 */

/** Default budget of a batch, in estimated bytes. */
export const DEFAULT_MAX_BATCH_BYTES = 4_000_000;
/** Fixed cost of one queued action or object. */
export const ACTION_BYTES = 200;
/** Fixed cost of a batch: suspending calculation and screen updating, events, worksheet objects. */
export const BATCH_BYTES = 2_000;

/** UTF-8 length of a string (no Buffer or TextEncoder needed). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 length of the JSON of a value. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** Something that can be cut by rows: `rows` rows of `rowBytes(r)` each, plus `fixedBytes` per piece. */
export interface Packable {
  readonly rows: number;
  readonly fixedBytes: number;
  rowBytes(row: number): number;
  /** At most this many rows in one piece (the 5,000,000-cell read limit). */
  readonly maxRowsPerPiece?: number;
}

export interface Piece<T> {
  readonly item: T;
  readonly fromRow: number;
  readonly rowCount: number;
  readonly bytes: number;
}

export interface Group<T> {
  readonly pieces: readonly Piece<T>[];
  /** Estimated bytes, including `groupFixedBytes`. */
  readonly bytes: number;
}

/**
 * Cuts `items`, in order, into groups of at most `maxBytes` each; an item that does not fit in
 * what is left of a group is split by rows, its first rows filling the group. A single row
 * larger than a whole group gets a group of its own (and may be refused by Excel).
 */
export function packByRows<T extends Packable>(
  items: readonly T[],
  maxBytes: number,
  groupFixedBytes: number,
): Group<T>[] {
  const groups: Group<T>[] = [];
  let pieces: Piece<T>[] = [];
  let used = groupFixedBytes;
  const close = (): void => {
    if (pieces.length > 0) groups.push({ pieces, bytes: used });
    pieces = [];
    used = groupFixedBytes;
  };
  for (const item of items) {
    const limit = item.maxRowsPerPiece ?? Number.POSITIVE_INFINITY;
    let row = 0;
    while (row < item.rows) {
      let bytes = item.fixedBytes;
      let count = 0;
      while (row + count < item.rows && count < limit) {
        const next = item.rowBytes(row + count);
        if (used + bytes + next > maxBytes) break;
        bytes += next;
        count++;
      }
      if (count === 0) {
        if (pieces.length > 0) {
          close();
          continue;
        }
        bytes += item.rowBytes(row);
        count = 1;
      }
      pieces.push({ item, fromRow: row, rowCount: count, bytes });
      used += bytes;
      row += count;
    }
  }
  close();
  return groups;
}
