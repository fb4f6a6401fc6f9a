/** Tabel 3.5: pagu, realisasi, serapan and sisa per DPA program/kegiatan, with the Jumlah row. */
import { captionOf, partialNote, problemText, quarterRange, rowExtras, type LakipContext } from './context';
import { totalRow, type SummaryColumn, type SummaryRow, type SummaryTable } from './tables';

/** Column positions, for the serapan rule of the Jumlah row. */
const PAGU = 3;
const REALISASI = 4;

export const ANGGARAN_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Kode', kind: 'text', width: 14 },
  { label: 'Program/Kegiatan', kind: 'text', width: 40 },
  { label: 'Pagu (Rp)', kind: 'rupiah', width: 17, total: { kind: 'sum' } },
  { label: 'Realisasi (Rp)', kind: 'rupiah', width: 17, total: { kind: 'sum' } },
  {
    label: 'Serapan (%)',
    kind: 'percent',
    width: 11,
    decimals: 2,
    total: { kind: 'ratio', numerator: REALISASI, denominator: PAGU },
  },
  { label: 'Sisa (Rp)', kind: 'rupiah', width: 17, total: { kind: 'sum' } },
];

export function computeAnggaran(ctx: LakipContext): SummaryTable {
  const rows: SummaryRow[] = ctx.programs.map((p) => ({
    cells: [p.no, p.kode, p.program, p.pagu ?? null, p.realisasi ?? null, p.serapan ?? null, p.sisa ?? null],
    ...rowExtras(
      p.problem !== undefined ? problemText(p.problem, ctx.settings) : undefined,
      partialNote(p.quartersReported, ctx.settings.triwulanBerjalan),
      p.dpa,
    ),
  }));
  return {
    id: 'anggaran',
    sheetName: 'LAKIP Anggaran',
    title: 'Realisasi Anggaran',
    caption: captionOf(ctx, '3.5', 'Realisasi Anggaran'),
    sections: [{ columns: ANGGARAN_COLUMNS, rows, total: totalRow(ANGGARAN_COLUMNS, rows) }],
    notes: [
      `Realisasi adalah jumlah realisasi ${quarterRange(ctx.settings.triwulanBerjalan)} di sheet DPA; Sisa = Pagu − Realisasi.`,
      'Serapan baris Jumlah = Σ Realisasi ÷ Σ Pagu × 100, bukan rata-rata persentase serapan.',
    ],
  };
}
