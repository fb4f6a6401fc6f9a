/**
 * Tabel 2.1: the Perjanjian Kinerja as it is signed — the indicators (sasaran, indikator,
 * satuan, target) and, apart, the programs with their anggaran and a Keterangan (APBD, APBN
 * Dekonsentrasi …) and the Jumlah. The programs come from, in this order:
 *
 * 1. the PK's program table below its indicators, when the PK has one (Keterangan as typed
 *    there, else the DPA's Sumber Dana of that program);
 * 2. else the programs the indicator rows name (Kode Program/Kegiatan, Program/Kegiatan; both
 *    optional), one row per program in PK order, its anggaran from the PK rows (else the DPA
 *    pagu), Keterangan the DPA's Sumber Dana;
 * 3. else, when no indicator row names a program, every program of the DPA with its pagu and
 *    Sumber Dana.
 */
import { keyOf } from '../read/keys';
import { captionOf, rowExtras, withoutProgram, type LakipContext } from './context';
import { totalRow, type SummaryColumn, type SummaryRow, type SummaryTable } from './tables';

const INDICATOR_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Sasaran Strategis', kind: 'text', width: 36 },
  { label: 'Indikator Kinerja', kind: 'text', width: 44 },
  { label: 'Satuan', kind: 'text', width: 10 },
  { label: 'Target', kind: 'number', width: 12 },
];

/**
 * The programs of the signed PK. Its last column is the table's own Keterangan: the .docx
 * writes a row's reasons into it (no second Keterangan column); the LAKIP sheet heads it
 * `Keterangan PK`, beside the sheet's Keterangan.
 */
export const PERJANJIAN_PROGRAM_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Program/Kegiatan', kind: 'text', width: 36 },
  { label: 'Anggaran (Rp)', kind: 'rupiah', width: 18, total: { kind: 'sum' } },
  { label: 'Keterangan', sheetLabel: 'Keterangan PK', kind: 'text', width: 24 },
];

const PK_ANGGARAN_KOSONG = 'Anggaran di sheet PK kosong atau bukan bilangan.';
const DPA_PAGU_KOSONG = 'Anggaran di sheet DPA kosong atau bukan bilangan.';

/** '' → null, so an empty Keterangan is an empty cell. */
function textOrNull(...texts: string[]): string | null {
  return texts.find((t) => t !== '') ?? null;
}

function programRows(ctx: LakipContext): SummaryRow[] {
  // 1. The PK's own program table.
  if (ctx.pkPrograms.length > 0) {
    return ctx.pkPrograms.map((p) => ({
      cells: [p.no, p.program, p.anggaran ?? null, textOrNull(p.keterangan, p.dpa?.sumberDana ?? '')],
      ...rowExtras(p.anggaran === undefined ? PK_ANGGARAN_KOSONG : undefined, undefined, p.pk),
    }));
  }
  // 2. The programs the indicator rows name; the anggaran is the same on every row of a program.
  const named = ctx.indicators.filter((ind) => !withoutProgram(ind));
  if (named.length > 0) {
    const groups = new Map<string, (typeof named)[number][]>();
    for (const ind of named) {
      const key = ind.kodeProgram !== '' ? `k|${keyOf(ind.kodeProgram)}` : `n|${keyOf(ind.program)}`;
      groups.set(key, [...(groups.get(key) ?? []), ind]);
    }
    return [...groups.values()].map((inds, i): SummaryRow => {
      const first = inds[0] as (typeof named)[number];
      const dpa = ctx.programOf(first);
      const anggaran = inds.find((x) => x.anggaran !== undefined)?.anggaran ?? dpa?.pagu;
      return {
        cells: [
          i + 1,
          textOrNull(first.program, dpa?.program ?? ''),
          anggaran ?? null,
          textOrNull(dpa?.sumberDana ?? ''),
        ],
        ...rowExtras(anggaran === undefined ? PK_ANGGARAN_KOSONG : undefined, undefined, first.pk),
      };
    });
  }
  // 3. No program in the PK: the PK's programs are the DPA's.
  return ctx.programs.map((p, i) => ({
    cells: [i + 1, p.program, p.pagu ?? null, textOrNull(p.sumberDana)],
    ...rowExtras(p.pagu === undefined ? DPA_PAGU_KOSONG : undefined, undefined, p.dpa),
  }));
}

export function computePerjanjianKinerja(ctx: LakipContext): SummaryTable {
  const indicatorRows: SummaryRow[] = ctx.indicators.map((ind) => ({
    cells: [ind.no, ind.sasaran, ind.indikator, ind.satuan, ind.target ?? null],
    ...rowExtras(
      ind.target === undefined ? 'Target di sheet PK kosong atau bukan bilangan.' : undefined,
      undefined,
      ind.pk,
    ),
  }));
  const programs = programRows(ctx);

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
        columns: PERJANJIAN_PROGRAM_COLUMNS,
        rows: programs,
        total: totalRow(PERJANJIAN_PROGRAM_COLUMNS, programs),
      },
    ],
    notes: ctx.indicators.length === 0 ? ['Sheet PK belum berisi indikator.'] : [],
  };
}
