/**
 * The facts every LAKIP table is made of, computed once from the parsed tracker and its
 * Pengaturan: per PK indicator its annual realisasi and capaian, per DPA row its serapan.
 * Each figure that cannot be computed carries the reason (`CalcProblem`), shown in the row's
 * mark. A capaian that is undefined by its arithmetic — target 0, or `Target/Realisasi` with
 * realisasi 0 — is also a `calc/undefined` finding, exactly as validation reports it (same
 * place, same detail); missing data is validation's to report (cell/required, ref/uncovered).
 */
import { cellAddress } from '../address';
import { FINDING_CODES, type Finding } from '../findings/finding';
import { formatPercent } from '../format/indonesian';
import { isianRealisasiOf, readSettings, type Settings } from '../model/settings';
import { numberOf, textOf, type TableRead, type TableRow } from '../read/read-table';
import { readTracker, type TrackerRead } from '../read/tracker';
import {
  METODE_AGREGASI,
  POLARITAS,
  type IsianRealisasi,
  type MetodeAgregasi,
  type Polaritas,
} from '../schema/choices';
import type { WorkbookSnapshot } from '../snapshot';
import {
  aggregateQuarters,
  computeCapaian,
  kategoriOf,
  quarterValue,
  serapan,
  type Kategori,
  type Quarters,
} from './arithmetic';
import { atExcelPrecision } from './tables';

/** Why a capaian (or serapan) is missing. */
export type CalcProblem =
  | 'target-nol'
  | 'realisasi-nol'
  | 'target-kosong'
  | 'polaritas-kosong'
  | 'metode-kosong'
  | 'tanpa-data-kinerja'
  | 'realisasi-kosong'
  | 'realisasi-sebagian'
  /** A quarter up to Triwulan Berjalan typed `n/a` / `tidak tersedia`: no annual realisasi, never 0. */
  | 'realisasi-tidak-tersedia'
  | 'pagu-nol'
  | 'pagu-kosong'
  | 'tanpa-dpa'
  /** Numbers valid one by one whose sum, average or ratio is beyond a double (a `calc/overflow` finding). */
  | 'realisasi-terlalu-besar'
  | 'capaian-terlalu-besar'
  | 'realisasi-anggaran-terlalu-besar'
  | 'serapan-terlalu-besar'
  | 'selisih-terlalu-besar';

export type CapaianFact =
  | { readonly kind: 'ok'; readonly value: number; readonly uncapped: number; readonly capped: boolean }
  | {
      readonly kind: 'undefined';
      readonly problem: CalcProblem;
      /**
       * For `realisasi-sebagian`: the quarters up to Triwulan Berjalan without realisasi; for
       * `realisasi-tidak-tersedia`: the quarters typed `n/a`.
       */
      readonly missing?: readonly number[];
    };

export interface IndicatorFact {
  /** 1-based position in the PK. */
  readonly no: number;
  readonly kode: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: Polaritas | undefined;
  readonly metode: MetodeAgregasi | undefined;
  readonly target: number | undefined;
  readonly kodeProgram: string;
  readonly program: string;
  readonly anggaran: number | undefined;
  readonly pk: { readonly sheet: string; readonly row: TableRow };
  readonly data: { readonly sheet: string; readonly row: TableRow } | undefined;
  /** How the quarters were typed (PK Isian Realisasi, else Pengaturan). */
  readonly isian: IsianRealisasi;
  /** Annual realisasi by Metode Agregasi, quarters up to Triwulan Berjalan. */
  readonly realisasi: number | undefined;
  readonly quartersReported: readonly number[];
  readonly capaian: CapaianFact;
  readonly kategori: Kategori | undefined;
}

export interface ProgramFact {
  readonly no: number;
  readonly kode: string;
  readonly program: string;
  readonly pagu: number | undefined;
  /** Σ realisasi of the quarters reported up to Triwulan Berjalan. */
  readonly realisasi: number | undefined;
  readonly quartersReported: readonly number[];
  readonly serapan: number | undefined;
  readonly sisa: number | undefined;
  readonly problem: CalcProblem | undefined;
  readonly dpa: { readonly sheet: string; readonly row: TableRow };
}

export interface LakipContext {
  readonly tracker: TrackerRead;
  readonly settings: Settings;
  readonly unit: string;
  readonly tahun: number | null;
  readonly indicators: readonly IndicatorFact[];
  readonly programs: readonly ProgramFact[];
  /** `calc/undefined` findings raised while computing the facts (tables may add more). */
  readonly findings: Finding[];
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

function choiceOf<T extends string>(row: TableRow, key: string, choices: readonly T[]): T | undefined {
  const v = textOf(row, key);
  return v !== undefined && (choices as readonly string[]).includes(v) ? (v as T) : undefined;
}

function text(row: TableRow | undefined, key: string): string {
  if (!row) return '';
  const v = row.values.get(key);
  if (v?.kind === 'ok') return typeof v.value === 'string' ? v.value : String(v.value);
  return '';
}

function quartersOf(row: TableRow): Quarters {
  return [
    quarterValue(row.values.get('realisasiTw1')),
    quarterValue(row.values.get('realisasiTw2')),
    quarterValue(row.values.get('realisasiTw3')),
    quarterValue(row.values.get('realisasiTw4')),
  ];
}

/**
 * `calc/undefined` (or `calc/overflow`) at a cell, shaped as validation shapes it
 * (`validate/checks/calc-undefined.ts`, `calc-overflow.ts`).
 */
export function calcFinding(
  table: TableRead,
  row: TableRow,
  columnKey: string,
  detail: Readonly<Record<string, string | number>>,
  code: 'calc/undefined' | 'calc/overflow' = 'calc/undefined',
): Finding {
  const column = table.schema.columns.find((c) => c.key === columnKey);
  const colIndex = table.columnIndex.get(columnKey);
  const raw = row.raw.get(columnKey);
  return {
    code,
    severity: FINDING_CODES[code],
    sheet: table.sheetName,
    row: row.excelRow,
    ...(column ? { column: column.label } : {}),
    ...(colIndex !== undefined ? { cell: cellAddress(row.excelRow, colIndex + 1) } : {}),
    ...(raw !== undefined ? { value: raw } : {}),
    detail,
  };
}

/** Reads the tracker and computes the facts every table needs. */
export function buildLakipContext(snapshot: WorkbookSnapshot): LakipContext {
  const tracker = readTracker(snapshot);
  const settings = readSettings(tracker);
  const findings: Finding[] = [];
  const indicators = computeIndicators(tracker, settings, findings);
  const programs = computePrograms(tracker, settings, findings);
  return {
    tracker,
    settings,
    unit: settings.namaUnit,
    tahun: settings.tahunLaporan,
    indicators,
    programs,
    findings,
  };
}

function computeIndicators(tracker: TrackerRead, settings: Settings, findings: Finding[]): IndicatorFact[] {
  const pk = tracker.tables.pk;
  if (!pk) return [];
  const dk = tracker.tables.dataKinerja;
  const dataByKode = new Map<string, TableRow>();
  for (const row of dk?.rows ?? []) {
    const kode = text(row, 'kodeIndikator');
    if (kode !== '' && !dataByKode.has(kode)) dataByKode.set(kode, row);
  }
  const reported = new Set<string>();
  const overflowed = new Set<string>();

  return pk.rows.map((row, i): IndicatorFact => {
    const kode = text(row, 'kodeIndikator');
    const polaritas = choiceOf(row, 'polaritas', POLARITAS);
    const metode = choiceOf(row, 'metode', METODE_AGREGASI);
    const target = numberOf(row, 'target');
    const dataRow = kode === '' ? undefined : dataByKode.get(kode);
    const data = dataRow && dk ? { sheet: dk.sheetName, row: dataRow } : undefined;

    const isian = isianRealisasiOf(row, settings);
    let realisasi: number | undefined;
    let quartersReported: readonly number[] = [];
    let overflow = false;
    let notAvailable: readonly number[] = [];
    const missing: number[] = [];
    if (dataRow && metode) {
      const agg = aggregateQuarters(quartersOf(dataRow), metode, settings.triwulanBerjalan, isian);
      if (agg.kind === 'ok') {
        quartersReported = agg.quartersReported;
        for (let q = 1; q <= settings.triwulanBerjalan; q++)
          if (!quartersReported.includes(q)) missing.push(q);
        // An annual figure from some of the quarters is not the annual figure: none until all are in.
        if (missing.length === 0) realisasi = atExcelPrecision(agg.value);
      } else if (agg.kind === 'not-available') {
        notAvailable = agg.quarters;
      } else if (agg.kind === 'overflow' && dk) {
        overflow = true;
        quartersReported = agg.quartersReported;
        if (kode !== '' && !overflowed.has(kode)) {
          overflowed.add(kode);
          findings.push(
            calcFinding(dk, dataRow, `realisasiTw${agg.largest}`, { reason: 'realisasi' }, 'calc/overflow'),
          );
        }
      }
    }

    let capaian: CapaianFact;
    if (target === undefined) capaian = { kind: 'undefined', problem: 'target-kosong' };
    else if (target === 0) capaian = { kind: 'undefined', problem: 'target-nol' };
    else if (polaritas === undefined) capaian = { kind: 'undefined', problem: 'polaritas-kosong' };
    else if (metode === undefined) capaian = { kind: 'undefined', problem: 'metode-kosong' };
    else if (!dataRow) capaian = { kind: 'undefined', problem: 'tanpa-data-kinerja' };
    else if (overflow) capaian = { kind: 'undefined', problem: 'realisasi-terlalu-besar' };
    else if (notAvailable.length > 0)
      capaian = { kind: 'undefined', problem: 'realisasi-tidak-tersedia', missing: notAvailable };
    else if (missing.length > 0) capaian = { kind: 'undefined', problem: 'realisasi-sebagian', missing };
    else if (realisasi === undefined) capaian = { kind: 'undefined', problem: 'realisasi-kosong' };
    else {
      const c = computeCapaian(
        target,
        realisasi,
        polaritas,
        settings.rumusNegatif,
        settings.batasAtasCapaian,
      );
      if (c.kind === 'ok') {
        const value = atExcelPrecision(c.value);
        const uncapped = atExcelPrecision(c.uncapped);
        capaian = { kind: 'ok', value, uncapped, capped: value < uncapped };
      } else if (c.reason === 'terlalu-besar') {
        capaian = { kind: 'undefined', problem: 'capaian-terlalu-besar' };
        if (dk && kode !== '' && !overflowed.has(kode)) {
          overflowed.add(kode);
          const last = quartersReported[quartersReported.length - 1] ?? 1;
          findings.push(
            calcFinding(dk, dataRow, `realisasiTw${last}`, { reason: 'capaian' }, 'calc/overflow'),
          );
        }
      } else {
        capaian = {
          kind: 'undefined',
          problem: c.reason === 'realisasi-nol' ? 'realisasi-nol' : 'target-nol',
        };
      }
    }

    // The arithmetic itself is undefined only when everything it needs is there (once per indicator).
    const computable =
      dataRow !== undefined && polaritas !== undefined && metode !== undefined && realisasi !== undefined;
    if (capaian.kind === 'undefined' && computable && dk && kode !== '' && !reported.has(kode)) {
      if (capaian.problem === 'target-nol') {
        reported.add(kode);
        findings.push(calcFinding(pk, row, 'target', { reason: 'target-nol' }));
      } else if (capaian.problem === 'realisasi-nol') {
        reported.add(kode);
        const last = quartersReported[quartersReported.length - 1] ?? 1;
        findings.push(
          calcFinding(dk, dataRow, `realisasiTw${last}`, {
            reason: 'realisasi-nol',
            rumus: settings.rumusNegatif,
          }),
        );
      }
    }
    return {
      no: i + 1,
      kode,
      sasaran: text(row, 'sasaran'),
      indikator: text(row, 'indikator'),
      satuan: text(row, 'satuan'),
      polaritas,
      metode,
      target,
      kodeProgram: text(row, 'kodeProgram'),
      program: text(row, 'program'),
      anggaran: numberOf(row, 'anggaran'),
      pk: { sheet: pk.sheetName, row },
      data,
      isian,
      realisasi,
      quartersReported,
      capaian,
      kategori: capaian.kind === 'ok' ? kategoriOf(capaian.value, settings) : undefined,
    };
  });
}

function computePrograms(tracker: TrackerRead, settings: Settings, findings: Finding[]): ProgramFact[] {
  const dpa = tracker.tables.dpa;
  if (!dpa) return [];
  return dpa.rows.map((row, i): ProgramFact => {
    const pagu = numberOf(row, 'pagu');
    const agg = aggregateQuarters(quartersOf(row), 'Kumulatif', settings.triwulanBerjalan);
    const realisasi = agg.kind === 'ok' ? atExcelPrecision(agg.value) : undefined;
    // As validation's calc-overflow check: the quarters' sum, then the ratio to the pagu.
    if (agg.kind === 'overflow') {
      findings.push(
        calcFinding(dpa, row, `realisasiTw${agg.largest}`, { reason: 'realisasi-anggaran' }, 'calc/overflow'),
      );
    } else if (
      agg.kind === 'ok' &&
      pagu !== undefined &&
      pagu !== 0 &&
      serapan(agg.value, pagu) === undefined
    ) {
      findings.push(calcFinding(dpa, row, 'pagu', { reason: 'serapan' }, 'calc/overflow'));
    }
    let problem: CalcProblem | undefined;
    let s: number | undefined;
    if (pagu === undefined) {
      problem = 'pagu-kosong';
    } else if (pagu === 0) {
      problem = 'pagu-nol';
    } else if (agg.kind === 'overflow') {
      problem = 'realisasi-anggaran-terlalu-besar';
    } else if (realisasi === undefined) {
      problem = 'realisasi-kosong';
    } else {
      const value = serapan(realisasi, pagu);
      if (value === undefined) problem = 'serapan-terlalu-besar';
      s = value === undefined ? undefined : atExcelPrecision(value);
    }
    const kode = text(row, 'kodeProgram');
    return {
      no: i + 1,
      kode,
      program: text(row, 'program'),
      pagu,
      realisasi,
      quartersReported: agg.kind === 'ok' ? agg.quartersReported : [],
      serapan: s,
      sisa: finiteOr(
        pagu !== undefined && realisasi !== undefined ? atExcelPrecision(pagu - realisasi) : undefined,
      ),
      problem,
      dpa: { sheet: dpa.sheetName, row },
    };
  });
}

/** A figure beyond a double is no figure (a pagu of 9E+307 minus a realisasi of −9E+307). */
function finiteOr(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** The note for a capaian the cap limited. */
export function capNote(c: Extract<CapaianFact, { kind: 'ok' }>): string | undefined {
  return c.capped
    ? `Capaian dibatasi ${formatPercent(c.value)} sesuai Batas Atas Capaian di Pengaturan (tanpa batas: ${formatPercent(c.uncapped)}).`
    : undefined;
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
