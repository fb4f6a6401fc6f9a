import type { Finding } from '../../findings/finding';
import { textOf } from '../../read/read-table';
import { DOCUMENT_SHEETS } from '../../schema/registry';
import { atSheet, severityOf, type ValidationContext } from '../context';

const RECEIVED: ReadonlySet<string> = new Set(['Diterima', 'Diverifikasi']);

/**
 * sheet/empty: a document sheet with no data row. A warning while the document has not come
 * in; an error when the Dokumen checklist says it was received (Diterima, Diverifikasi).
 * A sheet with content but no recognisable header is column/missing instead.
 */
export function checkSheetEmpty(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const dokumen = ctx.index('dokumen', 'kode');
  for (const schema of DOCUMENT_SHEETS) {
    const table = ctx.table(schema.id);
    if (table === undefined || table.rows.length > 0) continue;
    if (table.headerRow === null && !ctx.isBlankSheet(table.sheetName)) continue;
    const code = schema.documentCode ?? '';
    const docRow = dokumen.first(code);
    const status = docRow === undefined ? undefined : textOf(docRow, 'status');
    const received = status !== undefined && RECEIVED.has(status);
    out.push(
      atSheet('sheet/empty', table.sheetName, {
        severity: severityOf('sheet/empty', received),
        detail: {
          dokumen: code,
          ...(status !== undefined ? { status } : {}),
          ...(docRow !== undefined ? { dokumenRow: docRow.excelRow } : {}),
        },
      }),
    );
  }
  return out;
}
