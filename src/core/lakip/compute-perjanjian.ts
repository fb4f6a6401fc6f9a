/** Tabel 2.1: the Perjanjian Kinerja — sasaran, indikator, target; programs with their anggaran. */
import { captionOf, rowExtras, type LakipContext } from './context';
import { totalRow, type SummaryColumn, type SummaryRow, type SummaryTable } from './tables';

const INDICATOR_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Sasaran Strategis', kind: 'text', width: 36 },
  { label: 'Indikator Kinerja', kind: 'text', width: 44 },
  { label: 'Satuan', kind: 'text', width: 10 },
  { label: 'Target', kind: 'number', width: 12 },
];

const PROGRAM_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Program/Kegiatan', kind: 'text', width: 36 },
  { label: 'Anggaran (Rp)', kind: 'rupiah', width: 18, total: { kind: 'sum' } },
];

export function computePerjanjianKinerja(ctx: LakipContext): SummaryTable {
  const indicatorRows: SummaryRow[] = ctx.indicators.map((ind) => ({
    cells: [ind.no, ind.sasaran, ind.indikator, ind.satuan, ind.target ?? null],
    ...rowExtras(
      ind.target === undefined ? 'Target di sheet PK kosong atau bukan bilangan.' : undefined,
      undefined,
      ind.pk,
    ),
  }));

  // One row per program, in PK order; the anggaran is the same on every row of a program.
  const seen = new Set<string>();
  const programRows: SummaryRow[] = [];
  for (const ind of ctx.indicators) {
    const key = ind.kodeProgram !== '' ? ind.kodeProgram : ind.program;
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    programRows.push({
      cells: [programRows.length + 1, ind.program, ind.anggaran ?? null],
      ...rowExtras(
        ind.anggaran === undefined ? 'Anggaran di sheet PK kosong atau bukan bilangan.' : undefined,
        undefined,
        ind.pk,
      ),
    });
  }

  return {
    id: 'perjanjianKinerja',
    sheetName: 'LAKIP Perjanjian Kinerja',
    title: 'Perjanjian Kinerja',
    caption: captionOf(ctx, '2.1', 'Perjanjian Kinerja'),
    sections: [
      {
        title: 'Sasaran Strategis, Indikator Kinerja dan Target',
        columns: INDICATOR_COLUMNS,
        rows: indicatorRows,
      },
      {
        title: 'Program/Kegiatan dan Anggaran',
        columns: PROGRAM_COLUMNS,
        rows: programRows,
        total: totalRow(PROGRAM_COLUMNS, programRows),
      },
    ],
    notes: ctx.indicators.length === 0 ? ['Sheet PK belum berisi indikator.'] : [],
  };
}
