/** All seven LAKIP tables, their calc/undefined findings and the short summary, from a snapshot. */
import type { Finding } from '../findings/finding';
import type { TrackerModel } from '../model/tracker-model';
import type { WorkbookSnapshot } from '../snapshot';
import { kategoriShade, type Kategori } from './arithmetic';
import { computeAnalisis } from './compute-analisis';
import { computeAnggaran } from './compute-anggaran';
import { computeCapaianTable, sasaranAverages } from './compute-capaian';
import { computeEfisiensi } from './compute-efisiensi';
import { computePerbandingan } from './compute-perbandingan';
import { computePerjanjianKinerja } from './compute-perjanjian';
import { computeSopProgress } from './compute-sop';
import { buildLakipContext } from './context';
import { kategoriLabels } from '../model/kategori';
import type { KategoriCount, LakipResult } from './tables';

/** `model`: the tracker model the user action already built from this snapshot (read once). */
export function computeLakip(snapshot: WorkbookSnapshot, model?: TrackerModel): LakipResult {
  const ctx = buildLakipContext(snapshot, model);
  const sop = computeSopProgress(ctx);
  const tables = [
    computePerjanjianKinerja(ctx),
    computeCapaianTable(ctx),
    computePerbandingan(ctx),
    computeAnalisis(ctx),
    // Tabel 3.4 before 3.5, as the Laporan Kinerja numbers them.
    computeEfisiensi(ctx),
    computeAnggaran(ctx),
    sop.table,
  ];

  // Every label of the scheme, in its order (best band first, then Tidak Ada Target), counted once.
  const counts = new Map(kategoriLabels(ctx.kategori).map((k): [Kategori, number] => [k, 0]));
  for (const ind of ctx.indicators) {
    if (ind.kategori !== undefined) counts.set(ind.kategori, (counts.get(ind.kategori) ?? 0) + 1);
  }
  const byKategori: Record<Kategori, number> = Object.fromEntries(counts);
  const kategori: KategoriCount[] = [...counts].map(([k, jumlah]) => ({
    kategori: k,
    jumlah,
    shade: kategoriShade(k, ctx.kategori.bands),
  }));
  const anggaran = tables.find((t) => t.id === 'anggaran')?.sections[0]?.total?.cells;
  const num = (v: string | number | null | undefined): number => (typeof v === 'number' ? v : 0);

  return {
    tables,
    findings: sortFindings(ctx.findings, snapshot),
    summary: {
      byKategori,
      sasaran: sasaranAverages(tables.find((t) => t.id === 'capaian')),
      kategori,
      kategoriScheme: ctx.kategori,
      uncategorised: ctx.indicators.filter((i) => i.kategori === undefined).length,
      indicators: ctx.indicators.length,
      undefinedCount: ctx.indicators.filter((i) => i.capaian.kind === 'undefined').length,
      pagu: num(anggaran?.[3]),
      realisasi: num(anggaran?.[4]),
      serapan: typeof anggaran?.[5] === 'number' ? anggaran[5] : null,
      sopDone: sop.sopDone,
      sopTotal: sop.sopTotal,
      documentsReceived: sop.documentsReceived,
      documentsTotal: sop.documentsTotal,
    },
    unit: ctx.unit,
    kabupaten: ctx.settings.kabupaten,
    tahun: ctx.tahun,
    triwulanBerjalan: ctx.settings.triwulanBerjalan,
  };
}

/** The contract's stable order: sheet order in the workbook, then row. */
function sortFindings(findings: readonly Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (order.get(a.f.sheet) ?? Infinity) - (order.get(b.f.sheet) ?? Infinity) ||
        (a.f.row ?? 0) - (b.f.row ?? 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
