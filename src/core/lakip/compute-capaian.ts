/**
 * Tabel 3.1: target, realisasi, capaian and kategori of every PK indicator, sasaran by sasaran
 * (in the order the PK first names each), each sasaran closed by its Rata-rata capaian sasaran.
 */
import { formatNumber } from '../format/indonesian';
import type { Settings } from '../model/settings';
import { keyOf } from '../read/keys';
import type { IsianRealisasi } from '../schema/choices';
import { atExcelPrecision, kategoriOf, pengaturanScheme, type KategoriScheme } from './arithmetic';
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
import type { SasaranAverage, SummaryColumn, SummaryRow, SummaryTable } from './tables';

/** Column positions, for the average row of a sasaran. */
const SASARAN = 1;
const INDIKATOR = 2;
const CAPAIAN = 6;
const KATEGORI_COL = 7;

/** The label of the row that closes each sasaran's indicators. */
export const RATA_RATA_SASARAN = 'Rata-rata capaian sasaran';

/** The rule of the average row, written under the table. */
export const RATA_RATA_NOTE =
  'Rata-rata capaian sasaran = jumlah capaian indikator sasaran itu ÷ banyaknya indikator yang capaiannya dapat dihitung (capaian sebagaimana tercantum di tabel, setelah Batas Atas Capaian bila diatur); indikator yang capaiannya tidak dapat dihitung tidak diikutkan dan disebut di Keterangan. Kategorinya menurut batas kategori yang sama.';

const COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Sasaran Strategis', kind: 'text', width: 32 },
  { label: 'Indikator Kinerja', kind: 'text', width: 40 },
  { label: 'Satuan', kind: 'text', width: 10 },
  { label: 'Target', kind: 'number', width: 11 },
  { label: 'Realisasi', kind: 'number', width: 11 },
  { label: 'Capaian (%)', kind: 'percent', width: 11, decimals: 2, total: { kind: 'mean' } },
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
  notes.push(RATA_RATA_NOTE);
  return notes;
}

/**
 * The row that closes a sasaran: the mean of the capaian its indicators show (the capped
 * figure when Batas Atas Capaian is set), those without a capaian left out and counted.
 */
function averageRow(ctx: LakipContext, sasaran: string, rows: readonly SummaryRow[]): SummaryRow {
  const values = rows.map((r) => r.cells[CAPAIAN]).filter((v): v is number => typeof v === 'number');
  const left = rows.length - values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  const mean = values.length === 0 ? undefined : atExcelPrecision(sum / values.length);
  const ok = mean !== undefined && Number.isFinite(mean) ? mean : undefined;
  const cells: (string | number | null)[] = COLUMNS.map(() => null);
  cells[SASARAN] = sasaran;
  cells[INDIKATOR] = RATA_RATA_SASARAN;
  cells[CAPAIAN] = ok ?? null;
  cells[KATEGORI_COL] = ok !== undefined ? kategoriOf(ok, ctx.kategori.bands) : null;
  // The reason an indicator has no capaian is marked in its own row; the average says what
  // follows (a note, so one missing figure is not counted twice as a row to fix).
  const mark =
    values.length > 0 && ok === undefined
      ? 'Rata-rata capaian sasaran tidak dapat dihitung: jumlah capaiannya melampaui batas angka yang dapat dihitung.'
      : undefined;
  const note =
    values.length === 0
      ? `Rata-rata capaian sasaran tidak dapat dihitung: tidak ada indikator sasaran ini yang capaiannya dapat dihitung (${rows.length} indikator).`
      : mark === undefined && left > 0
        ? `Rata-rata dari ${values.length} indikator; ${left} dari ${rows.length} indikator sasaran ini tidak diikutkan karena capaiannya tidak dapat dihitung.`
        : undefined;
  return {
    cells,
    ...(mark !== undefined ? { mark } : {}),
    ...(note !== undefined ? { note } : {}),
    group: { kind: 'average', rows: rows.length },
  };
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

/** The A/B rule in the words of the report (under the table when an indicator uses it). */
export const RATIO_METHOD_NOTE =
  'Realisasi indikator yang dihitung dari dua angka = Pembilang ÷ Penyebut × 100: untuk Metode Kumulatif dan Rata-rata, jumlah pembilang semua triwulan dibagi jumlah penyebutnya (bukan rata-rata persentase triwulan); untuk Nilai Akhir, dan bila angkanya diisi kumulatif s.d. triwulan, angka triwulan terakhir.';

export function computeCapaianTable(ctx: LakipContext): SummaryTable {
  const notes: string[] = [];
  // The indicators by sasaran, the sasaran in the order the PK first names them.
  const bySasaran = new Map<string, { sasaran: string; rows: SummaryRow[] }>();
  for (const ind of ctx.indicators) {
    const c = ind.capaian;
    const cap = c.kind === 'ok' ? capNote(c) : undefined;
    if (cap) notes.push(`${ind.kode !== '' ? ind.kode : ind.indikator}: ${cap}`);
    const row: SummaryRow = {
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
    const key = keyOf(ind.sasaran);
    const group = bySasaran.get(key);
    if (group) group.rows.push(row);
    else bySasaran.set(key, { sasaran: ind.sasaran, rows: [row] });
  }
  const rows: SummaryRow[] = [];
  for (const { sasaran, rows: of } of bySasaran.values()) {
    rows.push(...of, averageRow(ctx, sasaran, of));
  }
  return {
    id: 'capaian',
    sheetName: 'LAKIP Capaian',
    title: 'Capaian Kinerja',
    caption: captionOf(ctx, '3.1', 'Capaian Kinerja'),
    sections: [{ columns: COLUMNS, rows }],
    notes: [
      ...methodNotes(ctx.settings, [...new Set(ctx.indicators.map((i) => i.isian))], ctx.kategori),
      ...(ctx.indicators.some((i) => i.rasio !== undefined) ? [RATIO_METHOD_NOTE] : []),
      ...notes,
    ],
  };
}

/** The sasaran averages of a Capaian table (its average rows, with the rows they sum up). */
export function sasaranAverages(table: SummaryTable | undefined): SasaranAverage[] {
  const rows = table?.sections[0]?.rows ?? [];
  const out: SasaranAverage[] = [];
  rows.forEach((row, i) => {
    const g = row.group;
    if (g?.kind !== 'average') return;
    const of = rows.slice(Math.max(0, i - g.rows), i);
    const capaian = row.cells[CAPAIAN];
    const kategori = row.cells[KATEGORI_COL];
    out.push({
      sasaran: String(row.cells[SASARAN] ?? ''),
      capaian: typeof capaian === 'number' ? capaian : null,
      kategori: typeof kategori === 'string' ? kategori : null,
      indicators: g.rows,
      counted: of.filter((r) => typeof r.cells[CAPAIAN] === 'number').length,
    });
  });
  return out;
}
