/** Tabel 3.3: the causes of success or failure and the remedies, from the Data Kinerja sheet. */
import { captionOf, capaianProblemText, rowExtras, type IndicatorFact, type LakipContext } from './context';
import type { SummaryColumn, SummaryRow, SummaryTable } from './tables';

const COLUMNS: readonly SummaryColumn[] = [
  { label: 'No', kind: 'integer', width: 5 },
  { label: 'Indikator Kinerja', kind: 'text', width: 34 },
  { label: 'Capaian (%)', kind: 'percent', width: 11, decimals: 2 },
  { label: 'Faktor Pendukung', kind: 'text', width: 34 },
  { label: 'Faktor Penghambat', kind: 'text', width: 34 },
  { label: 'Upaya Perbaikan', kind: 'text', width: 34 },
];

function dataText(ind: IndicatorFact, key: string): string | null {
  const v = ind.data?.row.values.get(key);
  return v?.kind === 'ok' && String(v.value).trim() !== '' ? String(v.value) : null;
}

export function computeAnalisis(ctx: LakipContext): SummaryTable {
  const rows: SummaryRow[] = ctx.indicators.map((ind) => {
    const c = ind.capaian;
    const pendukung = dataText(ind, 'faktorPendukung');
    const penghambat = dataText(ind, 'faktorPenghambat');
    const upaya = dataText(ind, 'upayaPerbaikan');
    const analysisMissing =
      c.kind === 'ok' && c.value < 100 && (penghambat === null || upaya === null)
        ? 'Capaian di bawah 100%: Faktor Penghambat dan Upaya Perbaikan perlu diisi di sheet Data Kinerja.'
        : undefined;
    return {
      cells: [ind.no, ind.indikator, c.kind === 'ok' ? c.value : null, pendukung, penghambat, upaya],
      ...rowExtras(
        c.kind === 'undefined' ? capaianProblemText(c, ctx.settings) : undefined,
        undefined,
        ind.data ?? ind.pk,
      ),
      ...(analysisMissing !== undefined ? { hint: analysisMissing } : {}),
    };
  });
  return {
    id: 'analisis',
    sheetName: 'LAKIP Analisis',
    title: 'Analisis Capaian Kinerja',
    caption: captionOf(ctx, '3.3', 'Analisis Penyebab Keberhasilan/Kegagalan Capaian Kinerja'),
    sections: [{ columns: COLUMNS, rows }],
    notes: [],
  };
}
