/** Tabel 3.4: capaian of each indicator against the serapan of its program (Selisih in points). */
import { atExcelPrecision, efisiensiOf } from './arithmetic';
import {
  captionOf,
  capaianProblemText,
  problemText,
  rowExtras,
  type LakipContext,
  type ProgramFact,
} from './context';
import type { SummaryColumn, SummaryRow, SummaryTable } from './tables';

const COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Sasaran Strategis', kind: 'text', width: 30 },
  { label: 'Indikator Kinerja', kind: 'text', width: 36 },
  { label: 'Program/Kegiatan', kind: 'text', width: 30 },
  { label: 'Capaian (%)', kind: 'percent', width: 11, decimals: 2 },
  { label: 'Serapan Anggaran (%)', kind: 'percent', width: 11, decimals: 2 },
  { label: 'Selisih (poin)', kind: 'number', width: 10, decimals: 2 },
  { label: 'Status', kind: 'text', width: 14 },
];

export function computeEfisiensi(ctx: LakipContext): SummaryTable {
  const byKode = new Map<string, ProgramFact>();
  for (const p of ctx.programs) if (p.kode !== '' && !byKode.has(p.kode)) byKode.set(p.kode, p);

  const rows: SummaryRow[] = ctx.indicators.map((ind) => {
    const c = ind.capaian;
    const program = byKode.get(ind.kodeProgram);
    const missing: string[] = [];
    if (c.kind === 'undefined') missing.push(capaianProblemText(c, ctx.settings));
    if (!program) missing.push(problemText('tanpa-dpa', ctx.settings));
    else if (program.problem !== undefined) missing.push(problemText(program.problem, ctx.settings));
    // The status is judged on the selisih as shown (15 digits), so 103,05 − 98,05 is exactly 5.
    const raw =
      c.kind === 'ok' && program?.serapan !== undefined ? efisiensiOf(c.value, program.serapan) : undefined;
    if (c.kind === 'ok' && program?.serapan !== undefined && raw === undefined) {
      missing.push(problemText('selisih-terlalu-besar', ctx.settings));
    }
    const selisih = raw === undefined ? undefined : atExcelPrecision(raw.selisih);
    const e = selisih === undefined ? undefined : efisiensiOf(selisih, 0);
    return {
      cells: [
        ind.no,
        ind.sasaran,
        ind.indikator,
        ind.program,
        c.kind === 'ok' ? c.value : null,
        program?.serapan ?? null,
        e?.selisih ?? null,
        e?.status ?? null,
      ],
      ...rowExtras(missing.length > 0 ? missing.join(' ') : undefined, undefined, ind.pk),
    };
  });
  return {
    id: 'efisiensi',
    sheetName: 'LAKIP Efisiensi',
    title: 'Efisiensi Penggunaan Sumber Daya',
    caption: captionOf(ctx, '3.4', 'Efisiensi Penggunaan Sumber Daya'),
    sections: [{ columns: COLUMNS, rows }],
    notes: [
      'Selisih = Capaian − Serapan anggaran program/kegiatan pendukungnya (poin persentase): lebih dari 5 Efisien; −5 sampai 5 Cukup Efisien; kurang dari −5 Tidak Efisien.',
    ],
  };
}
