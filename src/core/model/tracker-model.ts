/**
 * The tracker model: a tracker read once, and the facts every user action needs joined once.
 * Validation (`validate/context.ts`), the LAKIP tables (`lakip/context.ts`) and consolidation
 * (`consolidate/tracker-facts.ts`) are thin views over it, so a PK indicator has one Data
 * Kinerja row, one annual realisasi and one capaian whichever of them asks:
 *
 * - settings (Pengaturan) and every sheet read by its schema (`readTracker`);
 * - the kategori in force (`kategori.ts`: the sheet Kategori Capaian, else the Pengaturan Batas);
 * - one key index per column, built on first use, matching codes by `read/keys.ts`'s one rule
 *   (case, spacing and zero-width characters ignored);
 * - per PK row (`indicators()`): its Data Kinerja row, the quarters reported, the annual
 *   realisasi by Metode Agregasi up to Triwulan Berjalan, capaian and kategori, or the reason
 *   (`CalcProblem`) a figure cannot be computed;
 * - per DPA row (`programs()`): realisasi anggaran, serapan and sisa;
 * - per row of the PK's program table below its indicators (`pkPrograms()`, when the PK has
 *   one): program, anggaran, Keterangan and its DPA program;
 * - the DPA program of an indicator (`programOf`): by Kode Program/Kegiatan when the PK row
 *   fills it, else by Program/Kegiatan; none when the row names no program (optional);
 * - the `calc/undefined` and `calc/overflow` findings the facts raise (shaped as validation's).
 * - for A/B indicators (Data Kinerja's Pembilang TW … / Penyebut TW … filled), the realisasi
 *   computed from the two numbers by `ratioRealisasi`'s one rule, and the findings of that rule
 *   (`ratioFindings()`: cell/ratio-incomplete, calc/ratio-mismatch, calc/ratio-unlabelled, and
 *   calc/undefined for a Penyebut of 0).
 *
 * Everything is total: bad data gives empty facts with their reasons, never an exception.
 */
import { cellAddress } from '../address';
import { FINDING_CODES, type Finding, type FindingDetails } from '../findings/finding';
import {
  aggregateQuarters,
  computeCapaian,
  kategoriOf,
  quarterValue,
  RATIO_TOLERANCE,
  ratioOfQuarter,
  ratioRealisasi,
  serapan,
  TIDAK_TERSEDIA,
  type Capaian,
  type Kategori,
  type KategoriScheme,
  type Quarters,
  type RatioQuarters,
} from '../lakip/arithmetic';
import { atExcelPrecision } from '../lakip/arithmetic';
import { buildIndex, keyOf, rowKey, type KeyIndex } from '../read/keys';
import { numberOf, textOf, type TableRead, type TableRow } from '../read/read-table';
import { readTracker, type TrackerRead } from '../read/tracker';
import {
  METODE_AGREGASI,
  POLARITAS,
  type IsianRealisasi,
  type MetodeAgregasi,
  type Polaritas,
} from '../schema/choices';
import type { ColumnKey } from '../schema/registry';
import type { PkProgramKey } from '../schema/sheets/pk-program';
import type { SheetId } from '../schema/types';
import type { WorkbookSnapshot } from '../snapshot';
import { kategoriSchemeOf } from './kategori';
import { isianRealisasiOf, readSettings, type Settings } from './settings';

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
  /** An A/B indicator with a quarter up to Triwulan Berjalan lacking its Pembilang or Penyebut. */
  | 'rasio-tidak-lengkap'
  /** An A/B indicator whose Penyebut divided by (ΣB, or the last quarter's B) is 0. */
  | 'penyebut-nol'
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
       * `realisasi-tidak-tersedia`: the quarters typed `n/a`; for `rasio-tidak-lengkap`: the
       * quarters lacking a Pembilang or Penyebut.
       */
      readonly missing?: readonly number[];
    };

/** How an A/B indicator's annual realisasi was computed: `a` ÷ `b` × 100. */
export interface RatioFact {
  /** The numbers divided: ΣA and ΣB of the quarters (`sum`), or the last quarter's A and B (`last`). */
  readonly a: number;
  readonly b: number;
  readonly basis: 'sum' | 'last';
}

export interface IndicatorFact {
  /** 1-based position in the PK. */
  readonly no: number;
  /** The Kode Indikator as the PK spells it ('' when empty or unreadable). */
  readonly kode: string;
  /** The Kode Indikator as compared (`keyOf`), or undefined when the cell holds no clean value. */
  readonly key: string | undefined;
  /** True for the first PK row of its key (later rows of the same key are row/duplicate-key). */
  readonly firstOfKey: boolean;
  readonly sasaran: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: Polaritas | undefined;
  readonly metode: MetodeAgregasi | undefined;
  readonly target: number | undefined;
  readonly kodeProgram: string;
  readonly program: string;
  readonly anggaran: number | undefined;
  readonly pk: { readonly sheet: string; readonly row: TableRow<ColumnKey<'pk'>> };
  /** The Data Kinerja row of the indicator's key (the first, matched as `keyOf` compares). */
  readonly data: { readonly sheet: string; readonly row: TableRow<ColumnKey<'dataKinerja'>> } | undefined;
  /** How the quarters were typed (PK Isian Realisasi, else Pengaturan). */
  readonly isian: IsianRealisasi;
  /** The PK's names of an A/B indicator's two numbers ('' when the PK does not name them). */
  readonly pembilang: string;
  readonly penyebut: string;
  /**
   * True when Data Kinerja has a Pembilang or Penyebut for a quarter up to Triwulan Berjalan:
   * the realisasi is then A ÷ B × 100 (`ratioRealisasi`), not the typed Realisasi TW.
   */
  readonly usesRatio: boolean;
  /** The numbers behind an A/B indicator's annual realisasi, when it was computed. */
  readonly rasio: RatioFact | undefined;
  /** Annual realisasi by Metode Agregasi, quarters up to Triwulan Berjalan (at Excel's precision). */
  readonly realisasi: number | undefined;
  /**
   * The arithmetic as computed, before Excel's precision is applied: the annual realisasi and
   * the capaian (or why it is undefined), present when everything it needs is there (Data
   * Kinerja row, target, polaritas, Metode Agregasi, realisasi of every quarter up to
   * Triwulan Berjalan). Validation's checks compare these exact figures.
   */
  readonly exact: { readonly realisasi: number; readonly capaian: Capaian } | undefined;
  readonly quartersReported: readonly number[];
  readonly capaian: CapaianFact;
  /**
   * The kategori of the capaian by the tracker's scheme; for an indicator whose target is empty
   * or 0, the scheme's "Tidak Ada Target" label when it has one; else undefined.
   */
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
  /** The DPA's Sumber Dana ('' when empty): APBD, APBN Dekonsentrasi … */
  readonly sumberDana: string;
  readonly dpa: { readonly sheet: string; readonly row: TableRow<ColumnKey<'dpa'>> };
}

/** A row of the PK's program table (below the indicators), joined to its DPA program. */
export interface PkProgramFact {
  /** 1-based position in the program table. */
  readonly no: number;
  /** Kode Program/Kegiatan as the PK spells it ('' when empty). */
  readonly kode: string;
  readonly program: string;
  readonly anggaran: number | undefined;
  /** The Keterangan typed in the PK's program table ('' when empty). */
  readonly keterangan: string;
  /** The DPA program of this row: by its Kode when filled, else by its Program/Kegiatan. */
  readonly dpa: ProgramFact | undefined;
  readonly pk: { readonly sheet: string; readonly row: TableRow<PkProgramKey> };
}

/** The tracker read once, with the facts joined once (see the file's comment). */
export interface TrackerModel {
  readonly tracker: TrackerRead;
  readonly snapshot: WorkbookSnapshot;
  readonly settings: Settings;
  /** The kategori in force: the sheet Kategori Capaian's bands when it is there and usable, else Pengaturan's. */
  readonly kategori: KategoriScheme;
  /** A table sheet that exists in the workbook, parsed; its rows typed by the sheet's column keys. */
  table<S extends SheetId>(id: S): TableRead<ColumnKey<S>> | undefined;
  /** The index of a column's values (matched as `keyOf` compares), built once per column on first use. */
  index<S extends SheetId>(id: S, columnKey: ColumnKey<S>): KeyIndex;
  /** One fact per PK row, in PK order (built once). */
  indicators(): readonly IndicatorFact[];
  /** The first PK row's fact of a Kode Indikator, matched as `keyOf` compares. */
  indicatorByKey(kode: string): IndicatorFact | undefined;
  /** One fact per DPA row, in DPA order (built once). */
  programs(): readonly ProgramFact[];
  /** The first DPA program of a Kode Program/Kegiatan, matched as `keyOf` compares (as validation joins PK to DPA). */
  programByKode(kode: string): ProgramFact | undefined;
  /** The first DPA program of a Program/Kegiatan name, matched as `keyOf` compares. */
  programByName(name: string): ProgramFact | undefined;
  /**
   * The DPA program of a PK row: by its Kode Program/Kegiatan when filled, else by its
   * Program/Kegiatan; undefined when the row names no program (or one the DPA lacks).
   */
  programOf(row: { readonly kodeProgram: string; readonly program: string }): ProgramFact | undefined;
  /** One fact per row of the PK's program table, in its order (empty when the PK has none). */
  pkPrograms(): readonly PkProgramFact[];
  /** The `calc/undefined` and `calc/overflow` findings of the indicators, then of the programs. */
  calcFindings(): readonly Finding[];
  /**
   * The findings of the A/B rule, in PK order: cell/ratio-incomplete, calc/ratio-mismatch,
   * calc/ratio-unlabelled, calc/undefined (Penyebut 0) and calc/overflow (numbers beyond a
   * double); the last two are also among `calcFindings`.
   */
  ratioFindings(): readonly Finding[];
}

/** Reads the tracker and makes its model (the facts are computed when first asked for). */
export function readTrackerModel(snapshot: WorkbookSnapshot): TrackerModel {
  return trackerModelOf(readTracker(snapshot));
}

/** The model of a tracker already read. */
export function trackerModelOf(tracker: TrackerRead): TrackerModel {
  const settings = readSettings(tracker);
  const { scheme: kategori } = kategoriSchemeOf(tracker.tables.kategoriCapaian, settings);
  const indexes = new Map<string, KeyIndex>();
  let indicators:
    | {
        facts: IndicatorFact[];
        findings: Finding[];
        ratioFindings: Finding[];
        byKey: Map<string, IndicatorFact>;
      }
    | undefined;
  let programs:
    | {
        facts: ProgramFact[];
        findings: Finding[];
        byKey: Map<string, ProgramFact>;
        byName: Map<string, ProgramFact>;
      }
    | undefined;
  let pkPrograms: PkProgramFact[] | undefined;
  const index = (id: SheetId, columnKey: string): KeyIndex => {
    const name = `${id}\u0000${columnKey}`;
    let built = indexes.get(name);
    if (built === undefined) {
      built = buildIndex(tracker.tables[id], [columnKey]);
      indexes.set(name, built);
    }
    return built;
  };
  const joinIndicators = (): NonNullable<typeof indicators> => {
    if (indicators === undefined) {
      const findings: Finding[] = [];
      const ratioFindings: Finding[] = [];
      const facts = computeIndicators(
        tracker,
        settings,
        kategori,
        index('dataKinerja', 'kodeIndikator'),
        findings,
        ratioFindings,
      );
      const byKey = new Map<string, IndicatorFact>();
      for (const f of facts) if (f.firstOfKey && f.key !== undefined) byKey.set(f.key, f);
      indicators = { facts, findings, ratioFindings, byKey };
    }
    return indicators;
  };
  const joinPrograms = (): NonNullable<typeof programs> => {
    if (programs === undefined) {
      const findings: Finding[] = [];
      const facts = computePrograms(tracker, settings, findings);
      const byKey = new Map<string, ProgramFact>();
      const byName = new Map<string, ProgramFact>();
      for (const f of facts) {
        const key = keyOf(f.kode);
        if (key !== '' && !byKey.has(key)) byKey.set(key, f);
        const name = keyOf(f.program);
        if (name !== '' && !byName.has(name)) byName.set(name, f);
      }
      programs = { facts, findings, byKey, byName };
    }
    return programs;
  };
  const programOf = (row: { readonly kodeProgram: string; readonly program: string }): ProgramFact | undefined =>
    row.kodeProgram !== ''
      ? joinPrograms().byKey.get(keyOf(row.kodeProgram))
      : row.program !== ''
        ? joinPrograms().byName.get(keyOf(row.program))
        : undefined;
  const joinPkPrograms = (): PkProgramFact[] => {
    pkPrograms ??= computePkPrograms(tracker, programOf);
    return pkPrograms;
  };
  return {
    tracker,
    snapshot: tracker.snapshot,
    settings,
    kategori,
    table: (id) => tracker.tables[id],
    index,
    indicators: () => joinIndicators().facts,
    indicatorByKey: (kode) => joinIndicators().byKey.get(keyOf(kode)),
    programs: () => joinPrograms().facts,
    programByKode: (kode) => joinPrograms().byKey.get(keyOf(kode)),
    programByName: (name) => joinPrograms().byName.get(keyOf(name)),
    programOf,
    pkPrograms: joinPkPrograms,
    calcFindings: () => [...joinIndicators().findings, ...joinPrograms().findings],
    ratioFindings: () => joinIndicators().ratioFindings,
  };
}

function choiceOf<T extends string, K extends string>(
  row: TableRow<K>,
  key: NoInfer<K>,
  choices: readonly T[],
): T | undefined {
  const v = textOf(row, key);
  return v !== undefined && (choices as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** A cell's clean value as text ('' when empty or invalid). */
function textAt<K extends string>(row: TableRow<K> | undefined, key: NoInfer<K>): string {
  if (!row) return '';
  const v = row.values.get(key);
  if (v?.kind === 'ok') return typeof v.value === 'string' ? v.value : String(v.value);
  return '';
}

const QUARTER_KEYS = ['realisasiTw1', 'realisasiTw2', 'realisasiTw3', 'realisasiTw4'] as const;

/** The realisasi column of a quarter (1–4). */
function quarterKey(q: number): (typeof QUARTER_KEYS)[number] {
  return QUARTER_KEYS[Math.min(4, Math.max(1, q)) - 1] as (typeof QUARTER_KEYS)[number];
}

/** The realisasi quarters of a Data Kinerja or DPA row (undefined = not reported, `'n/a'` = not available). */
export function realisasiQuarters(
  row: TableRow<ColumnKey<'dataKinerja'>> | TableRow<ColumnKey<'dpa'>>,
): Quarters {
  const r = row as TableRow<(typeof QUARTER_KEYS)[number]>;
  return [
    quarterValue(r.values.get('realisasiTw1')),
    quarterValue(r.values.get('realisasiTw2')),
    quarterValue(r.values.get('realisasiTw3')),
    quarterValue(r.values.get('realisasiTw4')),
  ];
}

const PEMBILANG_KEYS = ['pembilangTw1', 'pembilangTw2', 'pembilangTw3', 'pembilangTw4'] as const;
const PENYEBUT_KEYS = ['penyebutTw1', 'penyebutTw2', 'penyebutTw3', 'penyebutTw4'] as const;

/** The Pembilang column of a quarter (1–4). */
function pembilangKey(q: number): (typeof PEMBILANG_KEYS)[number] {
  return PEMBILANG_KEYS[Math.min(4, Math.max(1, q)) - 1] as (typeof PEMBILANG_KEYS)[number];
}

/** The Penyebut column of a quarter (1–4). */
function penyebutKey(q: number): (typeof PENYEBUT_KEYS)[number] {
  return PENYEBUT_KEYS[Math.min(4, Math.max(1, q)) - 1] as (typeof PENYEBUT_KEYS)[number];
}

/** The Pembilang and Penyebut of each quarter of a Data Kinerja row (undefined = empty or not a number). */
export function ratioQuarters(row: TableRow<ColumnKey<'dataKinerja'>>): RatioQuarters {
  const q = (i: number): { a: number | undefined; b: number | undefined } => ({
    a: numberOf(row, pembilangKey(i)),
    b: numberOf(row, penyebutKey(i)),
  });
  return [q(1), q(2), q(3), q(4)];
}

/** A finding of a code at a table cell (the column's label and A1 address when the sheet has it). */
function findingAt<
  C extends
    | 'cell/ratio-incomplete'
    | 'calc/ratio-mismatch'
    | 'calc/ratio-unlabelled'
    | 'calc/undefined'
    | 'calc/overflow',
>(
  code: C,
  table: TableRead,
  row: TableRow,
  columnKey: string,
  detail: FindingDetails[C],
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
  } as Finding; // C pairs the code with its detail
}

/**
 * `calc/undefined` (or `calc/overflow`) at a cell, shaped as validation shapes it
 * (`validate/checks/calc-undefined.ts`, `calc-overflow.ts`).
 */
export function calcFinding(
  table: TableRead,
  row: TableRow,
  columnKey: string,
  detail: FindingDetails['calc/undefined'],
): Finding;
export function calcFinding(
  table: TableRead,
  row: TableRow,
  columnKey: string,
  detail: FindingDetails['calc/overflow'],
  code: 'calc/overflow',
): Finding;
export function calcFinding(
  table: TableRead,
  row: TableRow,
  columnKey: string,
  detail: FindingDetails['calc/undefined' | 'calc/overflow'],
  code: 'calc/undefined' | 'calc/overflow' = 'calc/undefined',
): Finding {
  // The overloads pair each code with its detail.
  return findingAt(code, table, row, columnKey, detail);
}

function computeIndicators(
  tracker: TrackerRead,
  settings: Settings,
  scheme: KategoriScheme,
  dataIndex: KeyIndex,
  findings: Finding[],
  ratioFindings: Finding[],
): IndicatorFact[] {
  const pk = tracker.tables.pk;
  if (!pk) return [];
  const dk = tracker.tables.dataKinerja;
  const seen = new Set<string>();
  const reported = new Set<string>();
  const overflowed = new Set<string>();

  return pk.rows.map((row, i): IndicatorFact => {
    const written = rowKey(row, ['kodeIndikator']);
    const key = written === undefined ? undefined : keyOf(written);
    const firstOfKey = key !== undefined && !seen.has(key);
    if (key !== undefined) seen.add(key);
    const kode = textAt(row, 'kodeIndikator');
    const polaritas = choiceOf(row, 'polaritas', POLARITAS);
    const metode = choiceOf(row, 'metode', METODE_AGREGASI);
    const target = numberOf(row, 'target');
    // The key index holds Data Kinerja's rows as `TableRow`s of that sheet.
    const dataRow =
      written === undefined || dk === undefined
        ? undefined
        : (dataIndex.first(written) as TableRow<ColumnKey<'dataKinerja'>> | undefined);
    const data = dataRow && dk ? { sheet: dk.sheetName, row: dataRow } : undefined;

    const isian = isianRealisasiOf(row, settings);
    let realisasi: number | undefined;
    let exactRealisasi: number | undefined;
    let quartersReported: readonly number[] = [];
    let overflow = false;
    let notAvailable: readonly number[] = [];
    const missing: number[] = [];
    const pembilang = textAt(row, 'pembilang');
    const penyebut = textAt(row, 'penyebut');
    let usesRatio = false;
    let rasio: RatioFact | undefined;
    let ratioIncomplete: readonly number[] = [];
    let penyebutNol = false;
    if (dataRow && metode && dk) {
      const ratio = ratioOfRow(dk, dataRow, metode, settings.triwulanBerjalan, isian);
      usesRatio = ratio.kind !== 'none';
      if (usesRatio && firstOfKey) {
        ratioFindings.push(
          ...ratioRowFindings(pk, row, dk, dataRow, kode, pembilang, penyebut, settings.triwulanBerjalan),
        );
      }
      switch (ratio.kind) {
        case 'none':
          break;
        case 'not-available':
          notAvailable = ratio.quarters;
          break;
        case 'ok':
          quartersReported = ratio.quarters;
          realisasi = atExcelPrecision(ratio.value);
          exactRealisasi = ratio.value;
          rasio = { a: ratio.a, b: ratio.b, basis: ratio.basis };
          break;
        case 'incomplete':
          ratioIncomplete = ratio.quarters;
          break;
        case 'penyebut-nol':
          penyebutNol = true;
          if (firstOfKey) {
            const f = calcFinding(dk, dataRow, penyebutKey(ratio.quarter), {
              reason: 'penyebut-nol',
              basis: ratio.basis,
              kode,
            });
            findings.push(f);
            ratioFindings.push(f);
          }
          break;
        case 'overflow':
          overflow = true;
          if (key !== undefined && !overflowed.has(key)) {
            overflowed.add(key);
            const f = calcFinding(
              dk,
              dataRow,
              pembilangKey(ratio.quarter),
              { reason: 'realisasi' },
              'calc/overflow',
            );
            findings.push(f);
            ratioFindings.push(f);
          }
          break;
      }
    }
    if (dataRow && metode && !usesRatio) {
      const agg = aggregateQuarters(realisasiQuarters(dataRow), metode, settings.triwulanBerjalan, isian);
      if (agg.kind === 'ok') {
        quartersReported = agg.quartersReported;
        for (let q = 1; q <= settings.triwulanBerjalan; q++)
          if (!quartersReported.includes(q)) missing.push(q);
        // An annual figure from some of the quarters is not the annual figure: none until all are in.
        if (missing.length === 0) {
          realisasi = atExcelPrecision(agg.value);
          exactRealisasi = agg.value;
        }
      } else if (agg.kind === 'not-available') {
        notAvailable = agg.quarters;
      } else if (agg.kind === 'overflow' && dk) {
        overflow = true;
        quartersReported = agg.quartersReported;
        if (key !== undefined && !overflowed.has(key)) {
          overflowed.add(key);
          findings.push(
            calcFinding(dk, dataRow, quarterKey(agg.largest), { reason: 'realisasi' }, 'calc/overflow'),
          );
        }
      }
    }
    const exact =
      exactRealisasi !== undefined && target !== undefined && polaritas !== undefined
        ? {
            realisasi: exactRealisasi,
            capaian: computeCapaian(
              target,
              exactRealisasi,
              polaritas,
              settings.rumusNegatif,
              settings.batasAtasCapaian,
            ),
          }
        : undefined;

    let capaian: CapaianFact;
    if (target === undefined) capaian = { kind: 'undefined', problem: 'target-kosong' };
    else if (target === 0) capaian = { kind: 'undefined', problem: 'target-nol' };
    else if (polaritas === undefined) capaian = { kind: 'undefined', problem: 'polaritas-kosong' };
    else if (metode === undefined) capaian = { kind: 'undefined', problem: 'metode-kosong' };
    else if (!dataRow) capaian = { kind: 'undefined', problem: 'tanpa-data-kinerja' };
    else if (overflow) capaian = { kind: 'undefined', problem: 'realisasi-terlalu-besar' };
    else if (notAvailable.length > 0)
      capaian = { kind: 'undefined', problem: 'realisasi-tidak-tersedia', missing: notAvailable };
    else if (ratioIncomplete.length > 0)
      capaian = { kind: 'undefined', problem: 'rasio-tidak-lengkap', missing: ratioIncomplete };
    else if (penyebutNol) capaian = { kind: 'undefined', problem: 'penyebut-nol' };
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
        if (dk && key !== undefined && !overflowed.has(key)) {
          overflowed.add(key);
          const last = quartersReported[quartersReported.length - 1] ?? 1;
          findings.push(calcFinding(dk, dataRow, quarterKey(last), { reason: 'capaian' }, 'calc/overflow'));
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
    if (capaian.kind === 'undefined' && computable && dk && key !== undefined && !reported.has(key)) {
      if (capaian.problem === 'target-nol') {
        reported.add(key);
        findings.push(calcFinding(pk, row, 'target', { reason: 'target-nol' }));
      } else if (capaian.problem === 'realisasi-nol') {
        reported.add(key);
        const last = quartersReported[quartersReported.length - 1] ?? 1;
        findings.push(
          calcFinding(dk, dataRow, quarterKey(last), {
            reason: 'realisasi-nol',
            rumus: settings.rumusNegatif,
          }),
        );
      }
    }
    return {
      no: i + 1,
      kode,
      key,
      firstOfKey,
      sasaran: textAt(row, 'sasaran'),
      indikator: textAt(row, 'indikator'),
      satuan: textAt(row, 'satuan'),
      polaritas,
      metode,
      target,
      kodeProgram: textAt(row, 'kodeProgram'),
      program: textAt(row, 'program'),
      anggaran: numberOf(row, 'anggaran'),
      pk: { sheet: pk.sheetName, row },
      data,
      isian,
      pembilang,
      penyebut,
      usesRatio,
      rasio,
      realisasi,
      exact,
      quartersReported,
      capaian,
      kategori: kategoriOfFact(capaian, scheme),
    };
  });
}

/** The kategori of a capaian fact: its band, or the scheme's Tidak Ada Target label for a target empty or 0. */
function kategoriOfFact(capaian: CapaianFact, scheme: KategoriScheme): Kategori | undefined {
  if (capaian.kind === 'ok') return kategoriOf(capaian.value, scheme.bands);
  const noTarget = capaian.problem === 'target-kosong' || capaian.problem === 'target-nol';
  return noTarget && scheme.tidakAdaTarget !== null ? scheme.tidakAdaTarget : undefined;
}

type RowRatio =
  | ReturnType<typeof ratioRealisasi>
  /** A quarter typed `n/a` in Realisasi TW, with neither Pembilang nor Penyebut: no annual figure. */
  | { readonly kind: 'not-available'; readonly quarters: readonly number[] };

/**
 * The A/B reading of a Data Kinerja row (`ratioRealisasi`), with one addition: a quarter up to
 * Triwulan Berjalan whose Realisasi TW says `n/a` and that has neither number is not available,
 * as for typed realisasi.
 */
function ratioOfRow(
  dk: TableRead,
  dataRow: TableRow<ColumnKey<'dataKinerja'>>,
  metode: MetodeAgregasi,
  triwulanBerjalan: 1 | 2 | 3 | 4,
  isian: IsianRealisasi,
): RowRatio {
  if (!PEMBILANG_KEYS.some((k) => dk.columnIndex.has(k)) && !PENYEBUT_KEYS.some((k) => dk.columnIndex.has(k)))
    return { kind: 'none' };
  const pairs = ratioQuarters(dataRow);
  const result = ratioRealisasi(pairs, metode, triwulanBerjalan, isian);
  if (result.kind === 'none') return result;
  const typed = realisasiQuarters(dataRow);
  const notAvailable: number[] = [];
  for (let q = 1; q <= triwulanBerjalan; q++) {
    const p = pairs[q - 1];
    if (typed[q - 1] === TIDAK_TERSEDIA && p?.a === undefined && p?.b === undefined) notAvailable.push(q);
  }
  return notAvailable.length > 0 ? { kind: 'not-available', quarters: notAvailable } : result;
}

/**
 * The findings of one A/B indicator's row: each quarter up to Triwulan Berjalan lacking one of
 * its two numbers (cell/ratio-incomplete, at the empty cell; a quarter typed `n/a` with neither
 * is not one), each typed Realisasi TW that differs from A ÷ B × 100 by more than
 * `RATIO_TOLERANCE` (calc/ratio-mismatch, at the Realisasi cell), and a PK row that does not
 * name the two numbers (calc/ratio-unlabelled, at its Pembilang cell).
 */
function ratioRowFindings(
  pk: TableRead,
  pkRow: TableRow<ColumnKey<'pk'>>,
  dk: TableRead,
  dataRow: TableRow<ColumnKey<'dataKinerja'>>,
  kode: string,
  pembilang: string,
  penyebut: string,
  triwulanBerjalan: number,
): Finding[] {
  const out: Finding[] = [];
  const pairs = ratioQuarters(dataRow);
  const typed = realisasiQuarters(dataRow);
  for (let q = 1; q <= triwulanBerjalan; q++) {
    const p = pairs[q - 1];
    const t = typed[q - 1];
    if (p === undefined) continue;
    if (p.a === undefined || p.b === undefined) {
      if (p.a === undefined && p.b === undefined && t === TIDAK_TERSEDIA) continue;
      const missing =
        p.a === undefined && p.b === undefined ? 'keduanya' : p.a === undefined ? 'pembilang' : 'penyebut';
      out.push(
        findingAt(
          'cell/ratio-incomplete',
          dk,
          dataRow,
          p.a === undefined ? pembilangKey(q) : penyebutKey(q),
          {
            kode,
            quarter: q,
            missing,
          },
        ),
      );
      continue;
    }
    const computed = ratioOfQuarter(p);
    if (typeof t === 'number' && computed !== undefined && Math.abs(t - computed) > RATIO_TOLERANCE) {
      out.push(
        findingAt('calc/ratio-mismatch', dk, dataRow, quarterKey(q), {
          kode,
          quarter: q,
          typed: t,
          pembilang: p.a,
          penyebut: p.b,
          computed: atExcelPrecision(computed),
        }),
      );
    }
  }
  if (pembilang === '' || penyebut === '') {
    out.push(
      findingAt('calc/ratio-unlabelled', pk, pkRow, pembilang === '' ? 'pembilang' : 'penyebut', {
        kode,
        missing:
          pembilang === '' && penyebut === '' ? 'keduanya' : pembilang === '' ? 'pembilang' : 'penyebut',
        dataSheet: dk.sheetName,
        dataRow: dataRow.excelRow,
      }),
    );
  }
  return out;
}

function computePrograms(tracker: TrackerRead, settings: Settings, findings: Finding[]): ProgramFact[] {
  const dpa = tracker.tables.dpa;
  if (!dpa) return [];
  return dpa.rows.map((row, i): ProgramFact => {
    const pagu = numberOf(row, 'pagu');
    const agg = aggregateQuarters(realisasiQuarters(row), 'Kumulatif', settings.triwulanBerjalan);
    const realisasi = agg.kind === 'ok' ? atExcelPrecision(agg.value) : undefined;
    // As validation's calc-overflow check: the quarters' sum, then the ratio to the pagu.
    if (agg.kind === 'overflow') {
      findings.push(
        calcFinding(dpa, row, quarterKey(agg.largest), { reason: 'realisasi-anggaran' }, 'calc/overflow'),
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
    const kode = textAt(row, 'kodeProgram');
    return {
      no: i + 1,
      kode,
      program: textAt(row, 'program'),
      pagu,
      realisasi,
      quartersReported: agg.kind === 'ok' ? agg.quartersReported : [],
      serapan: s,
      sisa: finiteOr(
        pagu !== undefined && realisasi !== undefined ? atExcelPrecision(pagu - realisasi) : undefined,
      ),
      problem,
      sumberDana: textAt(row, 'sumberDana'),
      dpa: { sheet: dpa.sheetName, row },
    };
  });
}

function computePkPrograms(
  tracker: TrackerRead,
  programOf: (row: { readonly kodeProgram: string; readonly program: string }) => ProgramFact | undefined,
): PkProgramFact[] {
  const table = tracker.pkPrograms;
  if (!table) return [];
  return table.rows.map((row, i): PkProgramFact => {
    const kode = textAt(row, 'kodeProgram');
    const program = textAt(row, 'program');
    return {
      no: i + 1,
      kode,
      program,
      anggaran: numberOf(row, 'anggaran'),
      keterangan: textAt(row, 'keterangan'),
      dpa: programOf({ kodeProgram: kode, program }),
      pk: { sheet: table.sheetName, row },
    };
  });
}

/** A figure beyond a double is no figure (a pagu of 9E+307 minus a realisasi of −9E+307). */
function finiteOr(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}
