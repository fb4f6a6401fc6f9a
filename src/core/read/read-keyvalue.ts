import { parseCell, type ParseResult } from '../parse/cell';
import type { ColumnSchema, KeyValueSheetSchema } from '../schema/types';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { normaliseLabel } from './labels';

export interface KeyValueField {
  /** Excel row number of the label. */
  readonly row: number;
  readonly raw: CellValue;
  readonly parsed: ParseResult;
}

export interface KeyValueRead {
  readonly schema: KeyValueSheetSchema;
  readonly sheetName: string;
  readonly fields: ReadonlyMap<string, KeyValueField>;
  readonly missingFields: readonly ColumnSchema[];
  /** Excel row number of the last non-empty row (for appending missing labels). */
  readonly lastRow: number;
}

/** A key–value sheet: labels in column A, values in column B. */
export function readKeyValue(sheet: SheetSnapshot, schema: KeyValueSheetSchema): KeyValueRead {
  const index = new Map<string, ColumnSchema>();
  for (const f of schema.fields) {
    index.set(normaliseLabel(f.label), f);
    for (const a of f.aliases ?? []) index.set(normaliseLabel(a), f);
  }
  const fields = new Map<string, KeyValueField>();
  let lastRow = 0;
  sheet.rows.forEach((row, r) => {
    if (row.some((c) => c !== null && c !== '')) lastRow = r + 1;
    const label = row[0];
    if (typeof label !== 'string') return;
    const field = index.get(normaliseLabel(label));
    if (!field || fields.has(field.key)) return;
    const raw = row[1] ?? null;
    fields.set(field.key, { row: r + 1, raw, parsed: parseCell(raw, field) });
  });
  return {
    schema,
    sheetName: sheet.name,
    fields,
    missingFields: schema.fields.filter((f) => !fields.has(f.key)),
    lastRow,
  };
}
