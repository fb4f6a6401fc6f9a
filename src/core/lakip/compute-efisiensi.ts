/**
 * Tabel 3.4, by Pengaturan's Metode Efisiensi: capaian of each indicator against the serapan
 * of its program (Selisih in points, the default), the Sisa Anggaran of a program whose
 * indicator met its target, or the cost per unit of output against the planned cost.
 */
import { atExcelPrecision, efisiensiBiayaPerSatuan, efisiensiOf, efisiensiSisaAnggaran } from './arithmetic';
import {
  captionOf,
  capaianProblemText,
  problemText,
  rowExtras,
  withoutProgram,
  type IndicatorFact,
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
  switch (ctx.settings.metodeEfisiensi) {
    case 'Sisa Anggaran':
      return computeSisaAnggaran(ctx);
    case 'Biaya per Satuan Output':
      return computeBiayaPerSatuan(ctx);
    default:
      return computeSelisih(ctx);
  }
}

/** The formula written under the table, per method. */
export const EFISIENSI_NOTES = {
  selisih:
    'Selisih = Capaian − Serapan anggaran program/kegiatan pendukungnya (poin persentase): lebih dari 5 Efisien; −5 sampai 5 Cukup Efisien; kurang dari −5 Tidak Efisien.',
  sisa: 'Sisa Anggaran = Pagu − Realisasi anggaran program/kegiatan pendukungnya. Bila capaian indikator ≥ 100%: sisa lebih dari 0 Efisien, sama dengan 0 Cukup Efisien, kurang dari 0 (melebihi pagu) Tidak Efisien. Bila capaian di bawah 100%, sisa anggaran bukan penghematan: Tidak Efisien.',
  biaya:
    'Biaya Rencana per Satuan = Pagu ÷ Target; Biaya Realisasi per Satuan = Realisasi anggaran ÷ Realisasi; Efisiensi (%) = (1 − Biaya Realisasi per Satuan ÷ Biaya Rencana per Satuan) × 100: lebih dari 5 Efisien; −5 sampai 5 Cukup Efisien; kurang dari −5 Tidak Efisien. Hanya untuk indikator positif; bila satu program mendukung beberapa indikator, anggarannya dibandingkan dengan output setiap indikator.',
} as const;


/** The Program/Kegiatan cell of an indicator whose PK row names no program (both cells optional). */
export const TANPA_PROGRAM_CELL = 'tidak terkait program/kegiatan di PK';

/** The mark of such an indicator's row: listed, its efisiensi not computed. */
export const TANPA_PROGRAM_MARK =
  'Efisiensi tidak dihitung: indikator ini tidak terkait program/kegiatan di PK (Kode Program/Kegiatan dan Program/Kegiatan kosong); serapan anggaran per program ada di Tabel 3.5 dari sheet DPA.';

/** The Program/Kegiatan cell of an indicator's row. */
function programCell(ind: IndicatorFact): string {
  return withoutProgram(ind) ? TANPA_PROGRAM_CELL : ind.program;
}

/** Why the program's figures are missing, or undefined. */
function programProblem(
  ctx: LakipContext,
  ind: IndicatorFact,
  program: ProgramFact | undefined,
): string | undefined {
  if (withoutProgram(ind)) return TANPA_PROGRAM_MARK;
  if (!program) return problemText('tanpa-dpa', ctx.settings);
  if (program.problem !== undefined) return problemText(program.problem, ctx.settings);
  return undefined;
}

function table(
  ctx: LakipContext,
  columns: readonly SummaryColumn[],
  rows: SummaryRow[],
  note: string,
): SummaryTable {
  return {
    id: 'efisiensi',
    sheetName: 'LAKIP Efisiensi',
    title: 'Efisiensi Penggunaan Sumber Daya',
    caption: captionOf(ctx, '3.4', 'Efisiensi Penggunaan Sumber Daya'),
    sections: [{ columns, rows }],
    notes: [note],
  };
}

const SISA_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Sasaran Strategis', kind: 'text', width: 30 },
  { label: 'Indikator Kinerja', kind: 'text', width: 36 },
  { label: 'Program/Kegiatan', kind: 'text', width: 30 },
  { label: 'Capaian (%)', kind: 'percent', width: 11, decimals: 2 },
  { label: 'Pagu (Rp)', kind: 'rupiah', width: 16 },
  { label: 'Realisasi Anggaran (Rp)', kind: 'rupiah', width: 16 },
  { label: 'Sisa Anggaran (Rp)', kind: 'rupiah', width: 16 },
  { label: 'Status', kind: 'text', width: 14 },
];

function computeSisaAnggaran(ctx: LakipContext): SummaryTable {
  const rows = ctx.indicators.map((ind): SummaryRow => {
    const c = ind.capaian;
    const program = ctx.programOf(ind);
    const missing: string[] = [];
    if (c.kind === 'undefined') missing.push(capaianProblemText(c, ctx.settings));
    const p = programProblem(ctx, ind, program);
    if (p !== undefined) missing.push(p);
    const e =
      c.kind === 'ok' && program?.pagu !== undefined && program.realisasi !== undefined && p === undefined
        ? efisiensiSisaAnggaran(c.value, program.pagu, program.realisasi)
        : undefined;
    return {
      cells: [
        ind.no,
        ind.sasaran,
        ind.indikator,
        programCell(ind),
        c.kind === 'ok' ? c.value : null,
        program?.pagu ?? null,
        program?.realisasi ?? null,
        e === undefined ? null : atExcelPrecision(e.sisa),
        e?.status ?? null,
      ],
      ...rowExtras(missing.length > 0 ? missing.join(' ') : undefined, undefined, ind.pk),
    };
  });
  return table(ctx, SISA_COLUMNS, rows, EFISIENSI_NOTES.sisa);
}

const BIAYA_COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Indikator Kinerja', kind: 'text', width: 32 },
  { label: 'Program/Kegiatan', kind: 'text', width: 28 },
  { label: 'Target', kind: 'number', width: 10 },
  { label: 'Realisasi', kind: 'number', width: 10 },
  { label: 'Pagu (Rp)', kind: 'rupiah', width: 15 },
  { label: 'Realisasi Anggaran (Rp)', kind: 'rupiah', width: 15 },
  { label: 'Biaya Rencana per Satuan (Rp)', kind: 'rupiah', width: 15 },
  { label: 'Biaya Realisasi per Satuan (Rp)', kind: 'rupiah', width: 15 },
  { label: 'Efisiensi (%)', kind: 'percent', width: 11, decimals: 2 },
  { label: 'Status', kind: 'text', width: 14 },
];

function computeBiayaPerSatuan(ctx: LakipContext): SummaryTable {
  const rows = ctx.indicators.map((ind): SummaryRow => {
    const c = ind.capaian;
    const program = ctx.programOf(ind);
    const missing: string[] = [];
    if (c.kind === 'undefined') missing.push(capaianProblemText(c, ctx.settings));
    const p = programProblem(ctx, ind, program);
    if (p !== undefined) missing.push(p);
    let e: ReturnType<typeof efisiensiBiayaPerSatuan>;
    if (ind.polaritas === 'Negatif') {
      missing.push(
        'Biaya per satuan output tidak dihitung untuk indikator negatif (semakin rendah semakin baik): realisasinya bukan volume keluaran.',
      );
    } else if (
      c.kind === 'ok' &&
      p === undefined &&
      ind.target !== undefined &&
      ind.realisasi !== undefined &&
      program?.pagu !== undefined &&
      program.realisasi !== undefined
    ) {
      e = efisiensiBiayaPerSatuan(ind.target, ind.realisasi, program.pagu, program.realisasi);
      if (e === null)
        missing.push('Biaya per satuan tidak dapat dihitung: realisasi 0 (pembagian dengan nol).');
      else if (e === undefined) missing.push(problemText('selisih-terlalu-besar', ctx.settings));
    }
    const ok = e ?? undefined;
    return {
      cells: [
        ind.no,
        ind.indikator,
        programCell(ind),
        ind.target ?? null,
        ind.realisasi ?? null,
        program?.pagu ?? null,
        program?.realisasi ?? null,
        ok ? atExcelPrecision(ok.biayaRencana) : null,
        ok ? atExcelPrecision(ok.biayaRealisasi) : null,
        ok ? atExcelPrecision(ok.efisiensi) : null,
        ok?.status ?? null,
      ],
      ...rowExtras(missing.length > 0 ? missing.join(' ') : undefined, undefined, ind.pk),
    };
  });
  return table(ctx, BIAYA_COLUMNS, rows, EFISIENSI_NOTES.biaya);
}

function computeSelisih(ctx: LakipContext): SummaryTable {
  const rows: SummaryRow[] = ctx.indicators.map((ind) => {
    const c = ind.capaian;
    const program = ctx.programOf(ind);
    const missing: string[] = [];
    if (c.kind === 'undefined') missing.push(capaianProblemText(c, ctx.settings));
    const p = programProblem(ctx, ind, program);
    if (p !== undefined) missing.push(p);
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
        programCell(ind),
        c.kind === 'ok' ? c.value : null,
        program?.serapan ?? null,
        e?.selisih ?? null,
        e?.status ?? null,
      ],
      ...rowExtras(missing.length > 0 ? missing.join(' ') : undefined, undefined, ind.pk),
    };
  });
  return table(ctx, COLUMNS, rows, EFISIENSI_NOTES.selisih);
}
