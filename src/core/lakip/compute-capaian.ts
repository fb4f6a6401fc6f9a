/** Tabel 3.1: target, realisasi, capaian and kategori of every PK indicator. */
import { formatNumber } from '../format/indonesian';
import type { Settings } from '../model/settings';
import type { IsianRealisasi } from '../schema/choices';
import {
  capNote,
  captionOf,
  joinNotes,
  partialNote,
  capaianProblemText,
  ratioNote,
  rowExtras,
  type LakipContext,
} from './context';
import type { SummaryColumn, SummaryRow, SummaryTable } from './tables';

const COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Sasaran Strategis', kind: 'text', width: 32 },
  { label: 'Indikator Kinerja', kind: 'text', width: 40 },
  { label: 'Satuan', kind: 'text', width: 10 },
  { label: 'Target', kind: 'number', width: 11 },
  { label: 'Realisasi', kind: 'number', width: 11 },
  { label: 'Capaian (%)', kind: 'percent', width: 11, decimals: 2 },
  { label: 'Kategori', kind: 'text', width: 14 },
];

/** How capaian and kategori were computed, in the words of the report. `isian`: the input modes the indicators use. */
export function methodNotes(settings: Settings, isian: readonly IsianRealisasi[] = []): string[] {
  const b = (n: number): string => formatNumber(n);
  const notes = [
    ...(isian.includes('Kumulatif s.d. Triwulan')
      ? [
          `Realisasi triwulan ${isian.includes('Per Triwulan') ? 'indikator yang Isian Realisasi-nya “Kumulatif s.d. Triwulan” ' : ''}diisi kumulatif sejak Januari (Isian Realisasi Kumulatif s.d. Triwulan), sehingga realisasi tahunan = angka triwulan terakhir untuk Metode Kumulatif dan Nilai Akhir, dan angka triwulan terakhir ÷ jumlah triwulan untuk Metode Rata-rata.`,
        ]
      : []),
    'Capaian indikator positif = Realisasi ÷ Target × 100.',
    settings.rumusNegatif === 'Target/Realisasi'
      ? 'Capaian indikator negatif (semakin rendah semakin baik) = Target ÷ Realisasi × 100.'
      : 'Capaian indikator negatif (semakin rendah semakin baik) = (2 × Target − Realisasi) ÷ Target × 100.',
    `Kategori: ≥ ${b(settings.batasSangatTinggi)} Sangat Tinggi; ≥ ${b(settings.batasTinggi)} Tinggi; ≥ ${b(settings.batasSedang)} Sedang; ≥ ${b(settings.batasRendah)} Rendah; di bawahnya Sangat Rendah.`,
  ];
  if (settings.batasAtasCapaian !== null) {
    notes.push(
      `Capaian dibatasi paling tinggi ${formatNumber(settings.batasAtasCapaian, 2)}% (Batas Atas Capaian di Pengaturan).`,
    );
  }
  return notes;
}

/** The A/B rule in the words of the report (under the table when an indicator uses it). */
export const RATIO_METHOD_NOTE =
  'Realisasi indikator yang dihitung dari dua angka = Pembilang ÷ Penyebut × 100: untuk Metode Kumulatif dan Rata-rata, jumlah pembilang semua triwulan dibagi jumlah penyebutnya (bukan rata-rata persentase triwulan); untuk Nilai Akhir, dan bila angkanya diisi kumulatif s.d. triwulan, angka triwulan terakhir.';

export function computeCapaianTable(ctx: LakipContext): SummaryTable {
  const notes: string[] = [];
  const rows: SummaryRow[] = ctx.indicators.map((ind) => {
    const c = ind.capaian;
    const cap = c.kind === 'ok' ? capNote(c) : undefined;
    if (cap) notes.push(`${ind.kode !== '' ? ind.kode : ind.indikator}: ${cap}`);
    return {
      cells: [
        ind.no,
        ind.sasaran,
        ind.indikator,
        ind.satuan,
        ind.target ?? null,
        ind.realisasi ?? null,
        c.kind === 'ok' ? c.value : null,
        ind.kategori ?? null,
      ],
      ...rowExtras(
        c.kind === 'undefined' ? capaianProblemText(c, ctx.settings) : undefined,
        joinNotes(cap, partialNote(ind.quartersReported, ctx.settings.triwulanBerjalan), ratioNote(ind)),
        ind.pk,
      ),
    };
  });
  return {
    id: 'capaian',
    sheetName: 'LAKIP Capaian',
    title: 'Capaian Kinerja',
    caption: captionOf(ctx, '3.1', 'Capaian Kinerja'),
    sections: [{ columns: COLUMNS, rows }],
    notes: [
      ...methodNotes(ctx.settings, [...new Set(ctx.indicators.map((i) => i.isian))]),
      ...(ctx.indicators.some((i) => i.rasio !== undefined) ? [RATIO_METHOD_NOTE] : []),
      ...notes,
    ],
  };
}
