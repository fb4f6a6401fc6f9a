/** Tabel 3.1: target, realisasi, capaian and kategori of every PK indicator. */
import { formatNumber } from '../format/indonesian';
import type { Settings } from '../model/settings';
import type { IsianRealisasi } from '../schema/choices';
import { pengaturanScheme, type KategoriScheme } from './arithmetic';
import {
  capNote,
  captionOf,
  joinNotes,
  partialNote,
  capaianProblemText,
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

/**
 * How capaian and kategori were computed, in the words of the report. `isian`: the input modes
 * the indicators use; `kategori`: the scheme in force (default: the Pengaturan Batas).
 */
export function methodNotes(
  settings: Settings,
  isian: readonly IsianRealisasi[] = [],
  kategori: KategoriScheme = pengaturanScheme(settings),
): string[] {
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
    kategoriNote(settings, kategori),
  ];
  if (settings.batasAtasCapaian !== null) {
    notes.push(
      `Capaian dibatasi paling tinggi ${formatNumber(settings.batasAtasCapaian, 2)}% (Batas Atas Capaian di Pengaturan).`,
    );
  }
  return notes;
}

/**
 * The bands used, as the report states them: the Pengaturan Batas (as always), or the sheet
 * Kategori Capaian's, best first, the lowest band taking everything below the band above it.
 */
export function kategoriNote(settings: Settings, kategori: KategoriScheme): string {
  const b = (n: number): string => formatNumber(n);
  if (kategori.source === 'pengaturan') {
    const bands = `≥ ${b(settings.batasSangatTinggi)} Sangat Tinggi; ≥ ${b(settings.batasTinggi)} Tinggi; ≥ ${b(settings.batasSedang)} Sedang; ≥ ${b(settings.batasRendah)} Rendah; di bawahnya Sangat Rendah.`;
    return kategori.sheetUnusable
      ? `Kategori menurut Batas di sheet Pengaturan, karena sheet Kategori Capaian belum dapat dipakai (perbaiki galatnya di Temuan): ${bands}`
      : `Kategori: ${bands}`;
  }
  const { bands } = kategori;
  const lowest = bands[bands.length - 1];
  const above = bands[bands.length - 2];
  const parts = bands.slice(0, -1).map((band) => `≥ ${b(band.batasBawah)} % ${band.kategori}`);
  if (lowest !== undefined)
    parts.push(
      above === undefined ? lowest.kategori : `di bawah ${b(above.batasBawah)} % ${lowest.kategori}`,
    );
  const tanpaTarget =
    kategori.tidakAdaTarget === null
      ? ''
      : `; indikator yang targetnya kosong atau 0: ${kategori.tidakAdaTarget}`;
  return `Kategori menurut sheet Kategori Capaian: ${parts.join('; ')}${tanpaTarget}.`;
}

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
        joinNotes(cap, partialNote(ind.quartersReported, ctx.settings.triwulanBerjalan)),
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
      ...methodNotes(ctx.settings, [...new Set(ctx.indicators.map((i) => i.isian))], ctx.kategori),
      ...notes,
    ],
  };
}
