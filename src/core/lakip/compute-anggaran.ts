/**
 * Tabel 3.5: pagu, realisasi, serapan and sisa per DPA program/kegiatan, with the Jumlah row.
 *
 * Sub kegiatan: DPA rows that fill Sub Kegiatan and name the same Program/Kegiatan (spelt
 * alike, as `keyOf` compares) are the sub kegiatan of that kegiatan. When some kegiatan has
 * two or more of them, the table lists every kegiatan's sub kegiatan under a title row with
 * the kegiatan's name and closes them with the kegiatan's Jumlah (Σ pagu, Σ realisasi,
 * serapan = Σ realisasi ÷ Σ pagu × 100, Σ sisa), at the place of its first row. Rows without
 * Sub Kegiatan (and every row when no kegiatan has two) are listed as before; the grand
 * Jumlah sums the DPA rows, never a subtotal too. Realisasi Fisik (%) is a column only when a
 * DPA row fills it.
 */
import { numberOf } from '../read/read-table';
import { keyOf } from '../read/keys';
import {
  captionOf,
  partialNote,
  problemText,
  quarterRange,
  rowExtras,
  type LakipContext,
  type ProgramFact,
} from './context';
import { totalRow, type SummaryColumn, type SummaryRow, type SummaryTable } from './tables';

/** Column positions, for the serapan rule of the Jumlah row. */
const PAGU = 3;
const REALISASI = 4;
const PROGRAM = 2;

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

/** The optional column, printed only when a DPA row fills Realisasi Fisik (%). */
export const REALISASI_FISIK_COLUMN: SummaryColumn = {
  label: 'Realisasi Fisik (%)',
  kind: 'percent',
  width: 11,
  decimals: 2,
};

/** The rule of the sub kegiatan groups, written under the table when there are any. */
export const SUB_KEGIATAN_NOTE =
  'Sub kegiatan (baris DPA dengan Program/Kegiatan yang sama dan Sub Kegiatan terisi) dicantumkan di bawah nama kegiatannya; baris Jumlah tiap kegiatan menjumlahkan pagu, realisasi dan sisa sub kegiatannya, dengan serapan = Σ Realisasi ÷ Σ Pagu × 100. Baris Jumlah terakhir menjumlahkan semua baris DPA sekali saja, tanpa menjumlahkan lagi baris Jumlah kegiatan.';

/** Written under the table when Realisasi Fisik (%) is shown. */
export const REALISASI_FISIK_NOTE =
  'Realisasi Fisik (%) adalah kemajuan fisik kegiatan sebagaimana diisi di sheet DPA (0–100), terpisah dari realisasi keuangan; tidak dijumlahkan pada baris Jumlah.';

/** The sub kegiatan name of a DPA row ('' when empty). */
function subKegiatanOf(p: ProgramFact): string {
  const v = p.dpa.row.values.get('subKegiatan');
  return v?.kind === 'ok' ? String(v.value).trim() : '';
}

/**
 * The DPA rows in table order. When some kegiatan has two or more sub kegiatan rows, every
 * row that fills Sub Kegiatan is listed under its kegiatan (one group at the place of the
 * kegiatan's first row); otherwise, and for rows without Sub Kegiatan, each row on its own.
 */
function groupsOf(
  programs: readonly ProgramFact[],
): (ProgramFact | { kegiatan: string; rows: ProgramFact[] })[] {
  const keyOfRow = (p: ProgramFact): string => (subKegiatanOf(p) === '' ? '' : keyOf(p.program));
  const byKegiatan = new Map<string, ProgramFact[]>();
  for (const p of programs) {
    const key = keyOfRow(p);
    if (key === '') continue;
    const list = byKegiatan.get(key);
    if (list) list.push(p);
    else byKegiatan.set(key, [p]);
  }
  if (![...byKegiatan.values()].some((rows) => rows.length >= 2)) return [...programs];
  const out: (ProgramFact | { kegiatan: string; rows: ProgramFact[] })[] = [];
  const placed = new Set<string>();
  for (const p of programs) {
    const key = keyOfRow(p);
    const group = key === '' ? undefined : byKegiatan.get(key);
    if (group === undefined) out.push(p);
    else if (!placed.has(key)) {
      placed.add(key);
      out.push({ kegiatan: p.program, rows: group });
    }
  }
  return out;
}

export function computeAnggaran(ctx: LakipContext): SummaryTable {
  const fisik = new Map<ProgramFact, number>();
  for (const p of ctx.programs) {
    const v = numberOf(p.dpa.row, 'realisasiFisik');
    if (v !== undefined) fisik.set(p, v);
  }
  const columns = fisik.size > 0 ? [...ANGGARAN_COLUMNS, REALISASI_FISIK_COLUMN] : ANGGARAN_COLUMNS;
  const width = columns.length;
  const pad = (cells: (string | number | null)[]): (string | number | null)[] =>
    cells.length < width ? [...cells, ...Array<null>(width - cells.length).fill(null)] : cells;

  const rowOf = (p: ProgramFact, name: string): SummaryRow => ({
    cells: [
      p.no,
      p.kode,
      name,
      p.pagu ?? null,
      p.realisasi ?? null,
      p.serapan ?? null,
      p.sisa ?? null,
      ...(fisik.size > 0 ? [fisik.get(p) ?? null] : []),
    ],
    ...rowExtras(
      p.problem !== undefined ? problemText(p.problem, ctx.settings) : undefined,
      partialNote(p.quartersReported, ctx.settings.triwulanBerjalan),
      p.dpa,
    ),
  });

  const rows: SummaryRow[] = [];
  const data: SummaryRow[] = [];
  let grouped = false;
  for (const item of groupsOf(ctx.programs)) {
    if ('kegiatan' in item) {
      grouped = true;
      const title = pad([null, null, item.kegiatan]);
      const subs = item.rows.map((p) => rowOf(p, subKegiatanOf(p)));
      const label = `Jumlah ${item.kegiatan}`;
      const sub = totalRow(columns, subs, label);
      // The label stands in the Program/Kegiatan column, under the sub kegiatan's names.
      const cells = [...sub.cells];
      cells[0] = null;
      cells[PROGRAM] = label;
      rows.push({ cells: title, group: { kind: 'title' } }, ...subs, {
        ...sub,
        cells,
        group: { kind: 'subtotal', rows: subs.length },
      });
      data.push(...subs);
    } else {
      const row = rowOf(item, item.program);
      rows.push(row);
      data.push(row);
    }
  }
  return {
    id: 'anggaran',
    sheetName: 'LAKIP Anggaran',
    title: 'Realisasi Anggaran',
    caption: captionOf(ctx, '3.5', 'Realisasi Anggaran'),
    sections: [{ columns, rows, total: totalRow(columns, data) }],
    notes: [
      `Realisasi adalah jumlah realisasi ${quarterRange(ctx.settings.triwulanBerjalan)} di sheet DPA; Sisa = Pagu − Realisasi.`,
      'Serapan baris Jumlah = Σ Realisasi ÷ Σ Pagu × 100, bukan rata-rata persentase serapan.',
      ...(grouped ? [SUB_KEGIATAN_NOTE] : []),
      ...(fisik.size > 0 ? [REALISASI_FISIK_NOTE] : []),
    ],
  };
}
