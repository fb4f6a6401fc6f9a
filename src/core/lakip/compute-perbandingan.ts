/**
 * Tabel 3.2: this year against the two years before (from the LKjIP sheet) and against the
 * Renstra — the target of the reporting year (Target Tahun k, k counted from Tahun Awal
 * Renstra) and the end target (Kondisi Akhir), with the capaian toward it.
 */
import { numberOf, type TableRow } from '../read/read-table';
import { atExcelPrecision, computeCapaian, trenOf } from './arithmetic';
import {
  capNote,
  captionOf,
  joinNotes,
  capaianProblemText,
  rowExtras,
  yearLabel,
  type LakipContext,
} from './context';
import type { SummaryColumn, SummaryRow, SummaryTable } from './tables';

function textKey(row: TableRow, key: string): string {
  const v = row.values.get(key);
  return v?.kind === 'ok' ? String(v.value) : '';
}

export function computePerbandingan(ctx: LakipContext): SummaryTable {
  const { tahun, settings } = ctx;
  const y = (offset: number): string => yearLabel(tahun, offset);

  const lkjip = new Map<string, TableRow>();
  for (const row of ctx.tracker.tables.lkjip?.rows ?? []) {
    const key = `${numberOf(row, 'tahun') ?? ''}|${textKey(row, 'kodeIndikator')}`;
    if (!lkjip.has(key)) lkjip.set(key, row);
  }
  const history = (kode: string, offset: number): TableRow | undefined =>
    tahun === null || kode === '' ? undefined : lkjip.get(`${tahun + offset}|${kode}`);

  const renstraRead = ctx.tracker.tables.renstra;
  const renstra = new Map<string, TableRow>();
  for (const row of renstraRead?.rows ?? []) {
    const kode = textKey(row, 'kodeIndikator');
    if (kode !== '' && !renstra.has(kode)) renstra.set(kode, row);
  }
  const awal = settings.tahunAwalRenstra;
  const renstraYear = tahun !== null && awal !== null ? tahun - awal + 1 : null;
  const renstraYearOk = renstraYear !== null && renstraYear >= 1 && renstraYear <= 5;

  const historyColumns: readonly SummaryColumn[] = [
    { label: 'No', kind: 'integer', width: 5 },
    { label: 'Indikator Kinerja', kind: 'text', width: 36 },
    { label: 'Satuan', kind: 'text', width: 9 },
    { label: `Realisasi ${y(-2)}`, kind: 'number', width: 11 },
    { label: `Target Tahun Lalu (${y(-1)})`, kind: 'number', width: 12 },
    { label: `Realisasi ${y(-1)}`, kind: 'number', width: 11 },
    { label: `Target ${y(0)}`, kind: 'number', width: 11 },
    { label: `Realisasi ${y(0)}`, kind: 'number', width: 11 },
    { label: `Capaian ${y(-2)} (%)`, kind: 'percent', width: 11, decimals: 2 },
    { label: `Capaian ${y(-1)} (%)`, kind: 'percent', width: 11, decimals: 2 },
    { label: `Capaian ${y(0)} (%)`, kind: 'percent', width: 11, decimals: 2 },
    { label: `Perubahan Capaian thd ${y(-1)} (poin)`, kind: 'number', width: 13, decimals: 2 },
    { label: `Tren Realisasi thd ${y(-1)}`, kind: 'text', width: 16 },
  ];
  const renstraColumns: readonly SummaryColumn[] = [
    { label: 'No', kind: 'integer', width: 5 },
    { label: 'Indikator Kinerja', kind: 'text', width: 36 },
    { label: 'Satuan', kind: 'text', width: 9 },
    { label: 'Kondisi Awal', kind: 'number', width: 11 },
    { label: `Target Renstra ${y(0)}`, kind: 'number', width: 11 },
    { label: `Realisasi ${y(0)}`, kind: 'number', width: 11 },
    { label: 'Target Akhir Renstra', kind: 'number', width: 11 },
    { label: 'Capaian thd Target Akhir (%)', kind: 'percent', width: 13, decimals: 2 },
  ];

  const notes: string[] = [];
  const historyRows: SummaryRow[] = [];
  const renstraRows: SummaryRow[] = [];
  for (const ind of ctx.indicators) {
    const c = ind.capaian;
    const capaianN = c.kind === 'ok' ? c.value : undefined;
    const h1 = history(ind.kode, -1);
    const h2 = history(ind.kode, -2);
    const target1 = h1 ? numberOf(h1, 'target') : undefined;
    const real1 = h1 ? numberOf(h1, 'realisasi') : undefined;
    const real2 = h2 ? numberOf(h2, 'realisasi') : undefined;
    const cap1 = h1 ? numberOf(h1, 'capaian') : undefined;
    const cap2 = h2 ? numberOf(h2, 'capaian') : undefined;
    const tren =
      real1 !== undefined && ind.realisasi !== undefined && ind.polaritas !== undefined
        ? trenOf(real1, ind.realisasi, ind.polaritas)
        : undefined;
    const trenText =
      tren === undefined
        ? null
        : tren.arah === 'tetap'
          ? 'Tetap'
          : `${tren.arah === 'naik' ? 'Naik' : 'Turun'} (${tren.membaik ? 'membaik' : 'memburuk'})`;

    const missing: string[] = [];
    if (c.kind === 'undefined') missing.push(capaianProblemText(c, settings));
    if (!h1)
      missing.push(
        `LKjIP ${y(-1)} tidak memuat indikator ini, sehingga target tahun lalu kosong dan tren tidak dapat dihitung.`,
      );
    else {
      if (target1 === undefined) missing.push(`Target ${y(-1)} di sheet LKjIP kosong atau bukan bilangan.`);
      if (real1 === undefined)
        missing.push(`Realisasi ${y(-1)} di sheet LKjIP kosong, sehingga tren tidak dapat dihitung.`);
    }
    if (!h2) missing.push(`LKjIP ${y(-2)} tidak memuat indikator ini.`);
    historyRows.push({
      cells: [
        ind.no,
        ind.indikator,
        ind.satuan,
        real2 ?? null,
        target1 ?? null,
        real1 ?? null,
        ind.target ?? null,
        ind.realisasi ?? null,
        cap2 ?? null,
        cap1 ?? null,
        capaianN ?? null,
        capaianN !== undefined && cap1 !== undefined ? atExcelPrecision(capaianN - cap1) : null,
        trenText,
      ],
      ...rowExtras(
        missing.length > 0 ? missing.join(' ') : undefined,
        c.kind === 'ok' ? capNote(c) : undefined,
        ind.pk,
      ),
    });

    const r = renstra.get(ind.kode);
    const kondisiAwal = r ? numberOf(r, 'kondisiAwal') : undefined;
    const targetN = r && renstraYearOk ? numberOf(r, `target${renstraYear}`) : undefined;
    const akhir = r ? numberOf(r, 'kondisiAkhir') : undefined;
    const renstraMissing: string[] = [];
    let capAkhir: number | undefined;
    let capAkhirNote: string | undefined;
    if (!r) {
      renstraMissing.push('Indikator ini tidak ada di sheet Renstra.');
    } else {
      if (!renstraYearOk) {
        renstraMissing.push(
          awal === null || tahun === null
            ? 'Target Renstra tahun laporan tidak dapat ditentukan: isi Tahun Laporan dan Tahun Awal Renstra di Pengaturan.'
            : `Tahun ${tahun} di luar periode Renstra ${awal}–${awal + 4}.`,
        );
      }
      if (ind.realisasi === undefined) {
        if (c.kind === 'undefined') renstraMissing.push(capaianProblemText(c, settings));
      } else if (ind.polaritas !== undefined) {
        const ca = computeCapaian(
          akhir,
          ind.realisasi,
          ind.polaritas,
          settings.rumusNegatif,
          settings.batasAtasCapaian,
        );
        if (ca.kind === 'ok') {
          capAkhir = atExcelPrecision(ca.value);
          const uncapped = atExcelPrecision(ca.uncapped);
          if (capAkhir < uncapped) {
            capAkhirNote = `${ind.kode}: ${capNote({ kind: 'ok', value: capAkhir, uncapped, capped: true }) ?? ''}`;
          }
        } else {
          const problem =
            ca.reason === 'target-nol'
              ? 'target-nol'
              : ca.reason === 'realisasi-nol'
                ? 'realisasi-nol'
                : 'target-kosong';
          renstraMissing.push(
            ca.reason === 'terlalu-besar'
              ? 'Capaian terhadap target akhir tidak dapat dihitung: hasil bagi realisasi dan Kondisi Akhir melampaui batas angka yang dapat dihitung.'
              : problem === 'target-nol'
                ? 'Capaian terhadap target akhir tidak dapat dihitung: Kondisi Akhir 0 (pembagian dengan nol).'
                : problem === 'realisasi-nol'
                  ? 'Capaian terhadap target akhir tidak dapat dihitung: rumus Target/Realisasi dengan realisasi 0.'
                  : 'Capaian terhadap target akhir tidak dapat dihitung: Kondisi Akhir di sheet Renstra kosong atau bukan bilangan.',
          );
        }
      }
    }
    renstraRows.push({
      cells: [
        ind.no,
        ind.indikator,
        ind.satuan,
        kondisiAwal ?? null,
        targetN ?? null,
        ind.realisasi ?? null,
        akhir ?? null,
        capAkhir ?? null,
      ],
      ...rowExtras(
        renstraMissing.length > 0 ? renstraMissing.join(' ') : undefined,
        capAkhirNote,
        r ? { sheet: renstraRead?.sheetName ?? 'Renstra', row: r } : ind.pk,
      ),
    });
  }

  notes.push(
    `Realisasi dan capaian ${y(-2)} dan ${y(-1)} diambil dari sheet LKjIP. Perubahan capaian dinyatakan dalam poin persentase (Capaian ${y(0)} − Capaian ${y(-1)}), bukan perubahan relatif.`,
    'Tren dinilai menurut polaritas: penurunan realisasi indikator negatif berarti membaik.',
    `Target Tahun Lalu adalah Target baris Tahun ${y(-1)} di sheet LKjIP dengan Kode Indikator yang sama; kosong bila baris itu tidak ada.`,
  );
  if (renstraYearOk && awal !== null) {
    notes.push(
      `Target Renstra ${y(0)} adalah Target Tahun ${renstraYear} dari Renstra ${awal}–${awal + 4}; target akhir adalah Kondisi Akhir.`,
    );
  }
  const capNotes = joinNotes(...renstraRows.map((r) => r.note));
  if (capNotes) notes.push(capNotes);

  return {
    id: 'perbandingan',
    sheetName: 'LAKIP Perbandingan',
    title: 'Perbandingan Capaian Kinerja',
    caption: captionOf(ctx, '3.2', 'Perbandingan Realisasi dan Capaian Kinerja'),
    sections: [
      {
        title: `Dibandingkan dengan tahun ${y(-2)} dan ${y(-1)}`,
        columns: historyColumns,
        rows: historyRows,
      },
      { title: 'Dibandingkan dengan target Renstra', columns: renstraColumns, rows: renstraRows },
    ],
    notes,
  };
}
