/**
 * LAKIP SOP: how far the SOP "Pengumpulan Data Kinerja" has come — the steps with their
 * actors, status, time against the standard and evidence; the document checklist; the share
 * done; and the SOP's own warning while it is not complete.
 */
import { isEmptyCell } from '../snapshot';
import { numberOf, type TableRow } from '../read/read-table';
import { SEED_PERINGATAN } from '../seed/identitas';
import { captionOf, rowExtras, type LakipContext } from './context';
import { totalRow, type SummaryColumn, type SummaryRow, type SummaryTable } from './tables';

// The three sections share the sheet's columns, so they are ordered to line up: No, a long
// text, who, status, dates, evidence (soft copy in column G in both lists), then figures.
const STEP_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Aktivitas', kind: 'text', width: 44 },
  { label: 'Pelaksana', kind: 'text', width: 20 },
  { label: 'Status', kind: 'text', width: 12 },
  { label: 'Tanggal Mulai', kind: 'date', width: 12 },
  { label: 'Tanggal Selesai', kind: 'date', width: 12 },
  { label: 'Bukti Soft Copy', kind: 'text', width: 26 },
  { label: 'Bukti Hard Copy', kind: 'text', width: 9 },
  // Jumlah compares like with like: the baku of the steps whose aktual is recorded (column 9).
  { label: 'Waktu Baku (Menit)', kind: 'number', width: 10, total: { kind: 'sumWhere', where: 9 } },
  { label: 'Waktu Aktual (Menit)', kind: 'number', width: 10, total: { kind: 'sum' } },
  { label: 'Selisih Waktu (Menit)', kind: 'number', width: 10, total: { kind: 'sum' } },
];

const DOCUMENT_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Nama Dokumen', kind: 'text', width: 32 },
  { label: 'Bagian Penyedia', kind: 'text', width: 14 },
  { label: 'Status', kind: 'text', width: 12 },
  { label: 'Tanggal Diterima', kind: 'date', width: 12 },
  { label: 'Hard Copy', kind: 'text', width: 9 },
  { label: 'Soft Copy', kind: 'text', width: 26 },
];

const SHARE_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Uraian', kind: 'text', width: 44 },
  { label: 'Nilai', kind: 'number', width: 10 },
  { label: 'Dari', kind: 'number', width: 10 },
  { label: 'Persentase (%)', kind: 'percent', width: 11, decimals: 2 },
];

/** Statuses of the Dokumen checklist that count as received. */
export const RECEIVED_STATUSES: readonly string[] = ['Diterima', 'Diverifikasi'];

function text(row: TableRow, key: string): string | null {
  const v = row.values.get(key);
  if (v?.kind !== 'ok') return null;
  if (typeof v.value === 'boolean') return v.value ? 'Ya' : 'Tidak';
  return String(v.value);
}

export interface SopProgress {
  readonly table: SummaryTable;
  readonly sopDone: number;
  readonly sopTotal: number;
  readonly documentsReceived: number;
  readonly documentsTotal: number;
}

export function computeSopProgress(ctx: LakipContext): SopProgress {
  const sop = ctx.tracker.tables.sop;
  const dokumen = ctx.tracker.tables.dokumen;

  let sopDone = 0;
  let recorded = 0;
  let bakuRecorded = 0;
  let aktualRecorded = 0;
  const stepRows: SummaryRow[] = (sop?.rows ?? []).map((row) => {
    const status = text(row, 'status') ?? 'Belum';
    if (status === 'Selesai') sopDone++;
    const actors = [...row.actors].filter(([, v]) => !isEmptyCell(v)).map(([label]) => label);
    const baku = numberOf(row, 'waktu');
    const aktual = numberOf(row, 'waktuAktual');
    if (baku !== undefined && aktual !== undefined) {
      recorded++;
      bakuRecorded += baku;
      aktualRecorded += aktual;
    }
    return {
      cells: [
        numberOf(row, 'no') ?? null,
        text(row, 'aktivitas'),
        actors.length > 0 ? actors.join(', ') : null,
        status,
        text(row, 'tanggalMulai'),
        text(row, 'tanggalSelesai'),
        text(row, 'buktiSoft'),
        text(row, 'buktiHard'),
        baku ?? null,
        aktual ?? null,
        baku !== undefined && aktual !== undefined ? aktual - baku : null,
      ],
      ...rowExtras(
        undefined,
        baku !== undefined && aktual !== undefined && aktual > baku
          ? 'Waktu aktual melebihi waktu baku.'
          : undefined,
        { sheet: sop?.sheetName ?? 'SOP', row },
      ),
    };
  });

  let documentsReceived = 0;
  const documentRows: SummaryRow[] = (dokumen?.rows ?? []).map((row) => {
    const status = text(row, 'status');
    if (status !== null && RECEIVED_STATUSES.includes(status)) documentsReceived++;
    return {
      cells: [
        numberOf(row, 'no') ?? null,
        text(row, 'nama'),
        text(row, 'bagianPenyedia'),
        status,
        text(row, 'tanggalDiterima'),
        text(row, 'hardCopy'),
        text(row, 'softCopy'),
      ],
      ...rowExtras(undefined, undefined, { sheet: dokumen?.sheetName ?? 'Dokumen', row }),
    };
  });

  const sopTotal = stepRows.length;
  const documentsTotal = documentRows.length;
  const share = (done: number, total: number): number | null => (total === 0 ? null : (done / total) * 100);
  const shareRows: SummaryRow[] = [
    { cells: [1, 'Langkah SOP berstatus Selesai', sopDone, sopTotal, share(sopDone, sopTotal)] },
    {
      cells: [
        2,
        'Dokumen berstatus Diterima atau Diverifikasi',
        documentsReceived,
        documentsTotal,
        share(documentsReceived, documentsTotal),
      ],
    },
    {
      cells: [
        3,
        'Waktu aktual langkah yang sudah dicatat terhadap waktu bakunya (menit)',
        aktualRecorded,
        bakuRecorded,
        share(aktualRecorded, bakuRecorded),
      ],
    },
  ];

  const notes: string[] = [];
  if (sopTotal === 0) notes.push('Sheet SOP belum berisi langkah.');
  else if (sopDone < sopTotal) {
    const peringatan = ctx.tracker.keyValues.identitas?.fields.get('peringatan')?.parsed;
    const warning =
      peringatan?.kind === 'ok' && typeof peringatan.value === 'string' ? peringatan.value : SEED_PERINGATAN;
    notes.push(
      `SOP belum selesai: ${sopDone} dari ${sopTotal} langkah berstatus Selesai.`,
      `Peringatan SOP: ${warning.trim().replace(/\.?$/, '.')}`,
    );
  } else {
    notes.push(`Seluruh ${sopTotal} langkah SOP berstatus Selesai.`);
  }

  const table: SummaryTable = {
    id: 'sop',
    sheetName: 'LAKIP SOP',
    title: 'Pelaksanaan SOP Pengumpulan Data Kinerja',
    caption: captionOf(ctx, 'L.1', 'Pelaksanaan SOP Pengumpulan Data Kinerja'),
    sections: [
      {
        title: 'Langkah SOP',
        columns: STEP_COLUMNS,
        rows: stepRows,
        total: totalRow(
          STEP_COLUMNS,
          stepRows,
          `Jumlah langkah yang waktu aktualnya tercatat (${recorded} dari ${stepRows.length})`,
        ),
      },
      { title: 'Daftar Periksa Dokumen Keterkaitan', columns: DOCUMENT_COLUMNS, rows: documentRows },
      { title: 'Kemajuan', columns: SHARE_COLUMNS, rows: shareRows },
    ],
    notes,
  };
  return { table, sopDone, sopTotal, documentsReceived, documentsTotal };
}

export function computeSop(ctx: LakipContext): SummaryTable {
  return computeSopProgress(ctx).table;
}
