import type { Finding } from '../../findings/finding';
import { textOf } from '../../read/read-table';
import { DOCUMENT_CODES } from '../../schema/types';
import { atCell, atSheet, severityOf, type ValidationContext } from '../context';
import { isSelesai } from './sop-steps';

/** The SOP step after which every document must be in (Menganalisis dan mengevaluasi …). */
export const ANALYSIS_STEP = 4;

/**
 * doc/missing: a Dokumen row with Status Belum Ada, or a document of the checklist with no
 * Dokumen row at all. A warning while collecting; an error once SOP step 4 (analysis) is
 * Selesai, because the analysis was then done without it.
 */
export function checkDocMissing(ctx: ValidationContext): Finding[] {
  const dokumen = ctx.table('dokumen');
  if (dokumen === undefined) return [];
  const step = ctx.sopStep(ANALYSIS_STEP);
  const late = step !== undefined && isSelesai(step);
  const severity = severityOf('doc/missing', late);
  const stepDetail = late ? { step: ANALYSIS_STEP } : {};
  const out: Finding[] = [];
  for (const row of dokumen.rows) {
    if (textOf(row, 'status') !== 'Belum Ada') continue;
    const nama = textOf(row, 'nama') ?? textOf(row, 'kode') ?? '';
    out.push(atCell('doc/missing', dokumen, row, 'status', { severity, detail: { listed: true, nama, ...stepDetail } }));
  }
  if (dokumen.columnIndex.has('kode')) {
    const index = ctx.index('dokumen', 'kode');
    for (const code of DOCUMENT_CODES) {
      if (!index.has(code))
        out.push(
          atSheet('doc/missing', dokumen.sheetName, {
            severity,
            detail: { listed: false, kode: code, ...stepDetail },
          }),
        );
    }
  }
  return out;
}
