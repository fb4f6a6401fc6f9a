/**
 * The facts every LAKIP table is made of, a view of the tracker model (`model/tracker-model.ts`,
 * where they are computed once for validation and consolidation too): per PK indicator its
 * annual realisasi and capaian, per DPA row its serapan. Each figure that cannot be computed carries the reason (`CalcProblem`), shown in the row's
 * mark. A capaian that is undefined by its arithmetic — target 0, or `Target/Realisasi` with
 * realisasi 0 — is also a `calc/undefined` finding, exactly as validation reports it (same
 * place, same detail); missing data is validation's to report (cell/required, ref/uncovered).
 */
import type { Finding } from '../findings/finding';
import { formatNumber, formatPercent } from '../format/indonesian';
import type { Settings } from '../model/settings';
import {
  readTrackerModel,
  type CalcProblem,
  type CapaianFact,
  type IndicatorFact,
  type PkProgramFact,
  type ProgramFact,
  type TrackerModel,
} from '../model/tracker-model';
import type { KategoriScheme } from './arithmetic';
import type { TableRow } from '../read/read-table';
import type { TrackerRead } from '../read/tracker';
import type { WorkbookSnapshot } from '../snapshot';

export type { CalcProblem, CapaianFact, IndicatorFact, PkProgramFact, ProgramFact } from '../model/tracker-model';

/** True when a PK indicator row names no program/kegiatan (Kode and Program/Kegiatan both empty: optional). */
export function withoutProgram(indicator: Pick<IndicatorFact, 'kodeProgram' | 'program'>): boolean {
  return indicator.kodeProgram === '' && indicator.program === '';
}

export interface LakipContext {
  readonly tracker: TrackerRead;
  readonly settings: Settings;
  /** The kategori in force (the sheet Kategori Capaian, else the Pengaturan Batas): the model's. */
  readonly kategori: KategoriScheme;
  readonly unit: string;
  readonly tahun: number | null;
  readonly indicators: readonly IndicatorFact[];
  readonly programs: readonly ProgramFact[];
  /** The rows of the PK's program table below its indicators (empty when the PK has none). */
  readonly pkPrograms: readonly PkProgramFact[];
  /** `calc/undefined` findings raised while computing the facts (tables may add more). */
  readonly findings: Finding[];
  /**
   * The DPA program an indicator names (one key rule: its Kode Program/Kegiatan when filled,
   * else its Program/Kegiatan), or undefined — also for an indicator that names none.
   */
  programOf(indicator: IndicatorFact): ProgramFact | undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `TW I–TW IV`, or `TW I` for one quarter. */
export function quarterRange(last: number): string {
  const end = ROMAN[last - 1] ?? 'IV';
  return last <= 1 ? 'TW I' : `TW I–TW ${end}`;
}

/** `TW IV`, `TW II dan TW IV`. */
function quarterNames(quarters: readonly number[]): string {
  const names = quarters.map((q) => `TW ${ROMAN[q - 1] ?? q}`);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1] ?? ''}`;
}

/** The reason of a capaian that could not be computed. */
export function capaianProblemText(
  c: Extract<CapaianFact, { kind: 'undefined' }>,
  settings: Pick<Settings, 'triwulanBerjalan'>,
): string {
  return problemText(c.problem, settings, c.missing);
}

/** The Indonesian reason shown in a marked row. */
export function problemText(
  problem: CalcProblem,
  settings: Pick<Settings, 'triwulanBerjalan'>,
  missing: readonly number[] = [],
): string {
  switch (problem) {
    case 'target-nol':
      return 'Capaian tidak dapat dihitung: target 0 (pembagian dengan nol).';
    case 'realisasi-nol':
      return 'Capaian tidak dapat dihitung: rumus Target/Realisasi dengan realisasi 0 (pembagian dengan nol).';
    case 'target-kosong':
      return 'Capaian tidak dapat dihitung: target di sheet PK kosong atau bukan bilangan.';
    case 'polaritas-kosong':
      return 'Capaian tidak dapat dihitung: polaritas indikator di sheet PK kosong atau tidak dikenal.';
    case 'metode-kosong':
      return 'Realisasi tahunan tidak dapat dihitung: Metode Agregasi di sheet PK kosong atau tidak dikenal.';
    case 'tanpa-data-kinerja':
      return 'Capaian tidak dapat dihitung: indikator ini belum punya baris di sheet Data Kinerja.';
    case 'realisasi-kosong':
      return `Capaian tidak dapat dihitung: realisasi ${quarterRange(settings.triwulanBerjalan)} di sheet Data Kinerja belum diisi.`;
    case 'realisasi-sebagian':
      return `Capaian tidak dapat dihitung: realisasi ${missing.length > 0 ? quarterNames(missing) : 'sebagian triwulan'} di sheet Data Kinerja belum diisi (wajib sampai Triwulan Berjalan ${ROMAN[settings.triwulanBerjalan - 1] ?? 'IV'}); capaian dari triwulan yang terisi saja akan menyesatkan.`;
    case 'realisasi-tidak-tersedia':
      return `Capaian tidak dapat dihitung: realisasi ${missing.length > 0 ? quarterNames(missing) : 'triwulan'} di sheet Data Kinerja tidak tersedia (n/a); realisasi tahunannya tidak ada, bukan nol.`;
    case 'rasio-tidak-lengkap':
      return `Capaian tidak dapat dihitung: realisasi indikator ini = Pembilang ÷ Penyebut × 100, tetapi Pembilang atau Penyebut ${missing.length > 0 ? quarterNames(missing) : 'sebagian triwulan'} di sheet Data Kinerja belum diisi.`;
    case 'penyebut-nol':
      return 'Capaian tidak dapat dihitung: penyebut indikator ini 0, sehingga realisasi Pembilang ÷ Penyebut × 100 tidak ada (pembagian dengan nol).';
    case 'pagu-nol':
      return 'Serapan tidak dapat dihitung: pagu 0 (pembagian dengan nol).';
    case 'pagu-kosong':
      return 'Serapan tidak dapat dihitung: pagu di sheet DPA kosong atau bukan bilangan.';
    case 'tanpa-dpa':
      return 'Serapan tidak dapat dihitung: program/kegiatan ini tidak ada di sheet DPA.';
    case 'realisasi-terlalu-besar':
      return `Capaian tidak dapat dihitung: realisasi ${quarterRange(settings.triwulanBerjalan)} di sheet Data Kinerja terlalu besar sehingga jumlah atau rata-ratanya melampaui batas angka yang dapat dihitung.`;
    case 'capaian-terlalu-besar':
      return 'Capaian tidak dapat dihitung: hasil bagi realisasi dan target melampaui batas angka yang dapat dihitung.';
    case 'realisasi-anggaran-terlalu-besar':
      return `Serapan tidak dapat dihitung: realisasi ${quarterRange(settings.triwulanBerjalan)} di sheet DPA terlalu besar sehingga jumlahnya melampaui batas angka yang dapat dihitung.`;
    case 'serapan-terlalu-besar':
      return 'Serapan tidak dapat dihitung: hasil bagi realisasi dan pagu melampaui batas angka yang dapat dihitung.';
    case 'selisih-terlalu-besar':
      return 'Selisih tidak dapat dihitung: selisih capaian dan serapan melampaui batas angka yang dapat dihitung.';
  }
}

/**
 * The facts every table needs, from the tracker model (`model/tracker-model.ts`): read from
 * the snapshot, or the model one user action already built (so the tracker is read once).
 */
export function buildLakipContext(snapshot: WorkbookSnapshot, model?: TrackerModel): LakipContext {
  return lakipContextOf(model ?? readTrackerModel(snapshot));
}

/** The LAKIP view of a tracker model. */
export function lakipContextOf(model: TrackerModel): LakipContext {
  const { settings } = model;
  return {
    tracker: model.tracker,
    settings,
    kategori: model.kategori,
    unit: settings.namaUnit,
    tahun: settings.tahunLaporan,
    indicators: model.indicators(),
    programs: model.programs(),
    pkPrograms: model.pkPrograms(),
    programOf: (indicator) => model.programOf(indicator),
    // Tables add their own findings to this list: a copy, never the model's.
    findings: [...model.calcFindings()],
  };
}

/** The note for a capaian the cap limited. */
export function capNote(c: Extract<CapaianFact, { kind: 'ok' }>): string | undefined {
  return c.capped
    ? `Capaian dibatasi ${formatPercent(c.value)} sesuai Batas Atas Capaian di Pengaturan (tanpa batas: ${formatPercent(c.uncapped)}).`
    : undefined;
}

/**
 * The numbers behind an A/B indicator's realisasi, for its row:
 * `Realisasi = 45 ÷ 50 × 100 (Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk; jumlah TW I–TW IV).`
 */
export function ratioNote(
  ind: Pick<IndicatorFact, 'rasio' | 'pembilang' | 'penyebut' | 'isian' | 'quartersReported'>,
): string | undefined {
  const r = ind.rasio;
  if (r === undefined) return undefined;
  const last = ind.quartersReported[ind.quartersReported.length - 1] ?? 4;
  const tw = `TW ${ROMAN[last - 1] ?? last}`;
  const which =
    r.basis === 'sum'
      ? `jumlah ${quarterRange(last)}`
      : ind.isian === 'Kumulatif s.d. Triwulan'
        ? `angka s.d. ${tw}`
        : `angka ${tw}`;
  const names = `${ind.pembilang !== '' ? ind.pembilang : 'Pembilang'} ÷ ${ind.penyebut !== '' ? ind.penyebut : 'Penyebut'}`;
  return `Realisasi = ${formatNumber(r.a)} ÷ ${formatNumber(r.b)} × 100 (${names}; ${which}).`;
}

/** A note when fewer quarters than Triwulan Berjalan were reported (the figure is partial). */
export function partialNote(reported: readonly number[], triwulanBerjalan: number): string | undefined {
  if (reported.length === 0 || reported.length >= triwulanBerjalan) return undefined;
  const missing: string[] = [];
  for (let q = 1; q <= triwulanBerjalan; q++)
    if (!reported.includes(q)) missing.push(`TW ${ROMAN[q - 1] ?? q}`);
  return `Realisasi ${missing.join(', ')} belum dilaporkan; angka dihitung dari triwulan yang terisi.`;
}

/** `Tabel 3.1 Capaian Kinerja Kecamatan Pasrujambe Tahun 2017` (unit and year when known). */
export function captionOf(ctx: Pick<LakipContext, 'unit' | 'tahun'>, number: string, title: string): string {
  const parts = [`Tabel ${number}`, title];
  if (ctx.unit !== '') parts.push(ctx.unit);
  if (ctx.tahun !== null) parts.push(`Tahun ${ctx.tahun}`);
  return parts.join(' ');
}

/** `2017`, `2016` … or `n`, `n-1` when Tahun Laporan is unknown. */
export function yearLabel(tahun: number | null, offset: number): string {
  if (tahun !== null) return String(tahun + offset);
  return offset === 0 ? 'n' : `n${offset > 0 ? '+' : ''}${offset}`;
}

/** Joins a row's notes (undefined parts left out). */
export function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const parts = notes.filter((n): n is string => n !== undefined && n !== '');
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** The optional fields of a SummaryRow, without writing `undefined` into them. */
export function rowExtras(
  mark: string | undefined,
  note: string | undefined,
  source: { readonly sheet: string; readonly row: TableRow } | undefined,
): { mark?: string; note?: string; source?: { sheet: string; row: number } } {
  return {
    ...(mark !== undefined ? { mark } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(source ? { source: { sheet: source.sheet, row: source.row.excelRow } } : {}),
  };
}
