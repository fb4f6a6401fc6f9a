/**
 * Findings are values with a stable code and a place; the Indonesian words come later
 * (`messages.ts`). The codes and severities are fixed by docs/workbook-contract.md.
 */
import type { IsianRealisasi, MetodeAgregasi } from '../schema/choices';
import type { CellValue } from '../snapshot';

export const FINDING_CODES = {
  'sheet/missing': 'error',
  'sheet/empty': 'warning',
  'column/missing': 'error',
  'column/duplicate': 'error',
  'cell/required': 'error',
  'cell/type': 'error',
  'cell/number-as-text': 'warning',
  'cell/choice': 'error',
  'cell/range': 'error',
  'cell/date-range': 'warning',
  'cell/formula-error': 'error',
  'cell/formula-text': 'warning',
  'row/duplicate-key': 'error',
  'ref/unknown': 'error',
  'ref/uncovered': 'error',
  'ref/mismatch': 'warning',
  'sum/mismatch': 'warning',
  'calc/undefined': 'warning',
  'calc/overflow': 'error',
  'calc/isian-realisasi': 'warning',
  'calc/kategori': 'error',
  'cell/ratio-incomplete': 'error',
  'calc/ratio-mismatch': 'warning',
  'calc/ratio-unlabelled': 'warning',
  'analysis/missing': 'warning',
  'sop/no-actor': 'error',
  'sop/duplicate-step': 'warning',
  'sop/out-of-order': 'warning',
  'sop/over-time': 'warning',
  'sop/date-order': 'error',
  'sop/missing-evidence': 'error',
  'sop/incomplete': 'warning',
  'doc/missing': 'warning',
  'doc/no-evidence': 'error',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = 'error' | 'warning';

/** Which evidence is lacking (sop/missing-evidence, doc/no-evidence). */
export type MissingEvidence = 'soft' | 'hard' | 'soft+hard';

/** A sheet and column a reference may point to (ref/unknown). */
export interface RefTarget {
  readonly sheet: string;
  readonly column: string;
}

/**
 * The code-specific facts of each finding, typed: what the message needs (the other row of a
 * duplicate, the sheets a reference may point to …). `undefined` in a code's type means the
 * facts are optional for that code; a code mapped to `undefined` alone has none.
 */
export interface FindingDetails {
  'sheet/missing': undefined;
  'sheet/empty':
    | { readonly dokumen: string; readonly status?: string; readonly dokumenRow?: number }
    | undefined;
  'column/missing':
    /** A key–value sheet without one of our labels; `columns` are the required labels. */
    | { readonly problem: 'no-fields'; readonly columns: readonly string[] }
    /** One required label of a key–value sheet is not in column A. */
    | { readonly problem: 'field' }
    /** No header row found in the top rows; `columns` are the required headers. */
    | { readonly problem: 'no-header'; readonly columns: readonly string[] }
    /** One required header is not in the header row. */
    | { readonly problem: 'header' };
  'column/duplicate': { readonly firstCell: string };
  'cell/required': { readonly triwulanBerjalan?: number; readonly conditional?: true } | undefined;
  'cell/type': undefined;
  'cell/number-as-text':
    | { readonly kind: 'number'; readonly number: number }
    | { readonly kind: 'date'; readonly date: string; readonly tahunLaporan: number | null }
    | undefined;
  'cell/choice': undefined;
  'cell/range':
    | {
        readonly rule: 'renja' | 'renja-berikut' | 'lkjip' | 'dokumen' | 'dokumen-berikut';
        readonly tahunLaporan: number;
      }
    | { readonly rule: 'renstra'; readonly tahunLaporan: number; readonly tahunAkhirRenstra: number }
    | undefined;
  'cell/date-range': { readonly tahunLaporan: number; readonly year: number };
  'cell/formula-error': undefined;
  'cell/formula-text': { readonly sources: readonly string[] } | undefined;
  'row/duplicate-key': {
    readonly firstRow: number;
    /** The key's column labels (`Kode Indikator`, or `Kode Indikator` + `Tahun`). */
    readonly columns: readonly string[];
    /** The key's values, one per column. */
    readonly key: readonly string[];
  };
  'ref/unknown': { readonly targets: readonly RefTarget[] };
  'ref/uncovered': { readonly missingIn: string; readonly coveredBy: 'dataKinerja' | 'renaksi' | 'pk' };
  'ref/mismatch': {
    /** The label of the field compared (`Anggaran (Rp)`, `Satuan` …). */
    readonly field: string;
    readonly otherSheet: string;
    readonly otherCell: string;
    readonly kodeIndikator?: string;
  };
  'sum/mismatch':
    | {
        readonly rule: 'target-triwulan';
        readonly metode: string;
        /** The PK target. */
        readonly expected: number;
        /** What the quarterly targets aggregate to. */
        readonly actual: number;
        readonly pkRow: number;
      }
    | {
        readonly rule: 'anggaran-pagu';
        /** The DPA pagu. */
        readonly expected: number;
        /** The PK anggaran. */
        readonly actual: number;
        readonly otherSheet: string;
        readonly otherCell: string;
      }
    | {
        readonly rule: 'realisasi-pagu';
        /** The pagu. */
        readonly expected: number;
        /** The sum of the quarterly realisasi. */
        readonly actual: number;
        readonly paguCell: string;
      }
    | {
        /** A Rencana Aksi row with no target in any quarter (nor month). */
        readonly rule: 'target-triwulan-kosong';
        /** The PK row of the indicator, when the row is an indicator's. */
        readonly pkRow?: number;
        /** The DPA Kode Program/Kegiatan, when the row is a program-level one. */
        readonly program?: string;
        /** The sheet has the monthly target columns (Januari … Desember). */
        readonly bulanan?: true;
      };
  'calc/undefined':
    | { readonly reason: 'target-nol' }
    | { readonly reason: 'realisasi-nol'; readonly rumus: string }
    /**
     * An A/B indicator whose Penyebut divided by is 0: `sum`, ΣB of the quarters; `last`, the
     * last quarter's B (Nilai Akhir, or quarters typed Kumulatif s.d. Triwulan).
     */
    | { readonly reason: 'penyebut-nol'; readonly basis: 'sum' | 'last'; readonly kode: string };
  'calc/overflow': { readonly reason: 'realisasi' | 'capaian' | 'realisasi-anggaran' | 'serapan' };
  'calc/isian-realisasi': {
    /**
     * `naik-melampaui-target`: typed Per Triwulan, never falling, the annual figure ≥ 1,5 ×
     * target. `turun`: typed Kumulatif s.d. Triwulan, yet a later quarter is below an earlier one.
     */
    readonly reason: 'naik-melampaui-target' | 'turun';
    readonly kode: string;
    readonly indikator: string;
    /** How the quarters are said to be typed, and the other choice. */
    readonly isian: IsianRealisasi;
    readonly lain: IsianRealisasi;
    readonly metode: MetodeAgregasi;
    readonly target?: number;
    /** The annual realisasi (and its capaian, when computable) as chosen and as the other choice. */
    readonly realisasi: number;
    readonly realisasiLain: number;
    readonly capaian?: number;
    readonly capaianLain?: number;
  };
  'calc/kategori': {
    /** The sheet Kategori Capaian has fewer than two bands: how many (the Tidak Ada Target row not counted). */
    readonly problem: 'too-few';
    readonly bands: number;
  };
  /** An A/B indicator's quarter up to Triwulan Berjalan without both Pembilang and Penyebut. */
  'cell/ratio-incomplete': {
    readonly kode: string;
    /** 1-based. */
    readonly quarter: number;
    /** Which of the two numbers the quarter lacks. */
    readonly missing: 'pembilang' | 'penyebut' | 'keduanya';
  };
  /** A Realisasi TW typed beside its Pembilang and Penyebut, differing from A ÷ B × 100 (which is used). */
  'calc/ratio-mismatch': {
    readonly kode: string;
    readonly quarter: number;
    readonly typed: number;
    readonly pembilang: number;
    readonly penyebut: number;
    /** A ÷ B × 100. */
    readonly computed: number;
  };
  /** Data Kinerja has an indicator's Pembilang/Penyebut numbers while its PK row does not name them (the numbers are used). */
  'calc/ratio-unlabelled': {
    readonly kode: string;
    readonly missing: 'pembilang' | 'penyebut' | 'keduanya';
    readonly dataSheet: string;
    readonly dataRow: number;
  };
  'analysis/missing': { readonly capaian: number; readonly missing: readonly string[] };
  'sop/no-actor': { readonly actors: readonly string[] };
  'sop/duplicate-step': { readonly firstRow: number; readonly firstNo?: number };
  'sop/out-of-order': { readonly earlierRow: number; readonly earlierNo?: number };
  'sop/over-time': { readonly standard: number; readonly actual: number };
  'sop/date-order': {
    /** Tanggal Mulai, as written in the sentence (`31/12/2017`). */
    readonly mulai: string;
    readonly mulaiCell: string;
    readonly tahunLaporan: number | null;
  };
  'sop/missing-evidence': { readonly missing: MissingEvidence; readonly aturan: string };
  'sop/incomplete': { readonly selesai: number; readonly total: number; readonly peringatan: string };
  'doc/missing':
    | { readonly listed: true; readonly nama: string; readonly step?: number }
    | { readonly listed: false; readonly kode: string; readonly step?: number };
  'doc/no-evidence': { readonly missing: MissingEvidence; readonly status: string };
}

export type FindingDetail<C extends FindingCode> = FindingDetails[C];

export interface FindingBase<C extends FindingCode> {
  readonly code: C;
  /** The contract's default severity, or the escalated one (sheet/empty, doc/missing). */
  readonly severity: Severity;
  /** The sheet's name as the workbook spells it (or the contract's name when the sheet is missing). */
  readonly sheet: string;
  /** Excel row number, where one row is at fault. */
  readonly row?: number;
  /** The header label, where one column is at fault. */
  readonly column?: string;
  /** A1 address, where one cell is at fault. */
  readonly cell?: string;
  /** What the cell held. */
  readonly value?: CellValue;
  /** What was expected, in Indonesian (`bilangan`, `salah satu dari: …`, `120`). */
  readonly expected?: string;
  /**
   * Set on findings of a bagian's data format (consolidate/validate-format.ts): `locked` for a
   * grey column the format copies from the PK, `bagian` for the rest (messages.ts advises).
   */
  readonly bagianFormat?: 'locked' | 'bagian';
}

/** The detail field of one code: required, optional, or absent. */
export type DetailField<C extends FindingCode> = [FindingDetails[C]] extends [undefined]
  ? { readonly detail?: undefined }
  : undefined extends FindingDetails[C]
    ? { readonly detail?: Exclude<FindingDetails[C], undefined> }
    : { readonly detail: FindingDetails[C] };

/** The finding of one code. */
export type FindingOf<C extends FindingCode> = FindingBase<C> & DetailField<C>;

/** A finding: a union discriminated by `code`, whose `detail` is typed per code. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** What a finding maker adds to the place: value, expected, severity, and the code's detail. */
export type FindingExtra<C extends FindingCode> = {
  readonly value?: CellValue;
  readonly expected?: string;
  readonly severity?: Severity;
} & DetailField<C>;

/** The extra argument of a finding maker: optional when the code's detail is. */
export type FindingExtraArg<C extends FindingCode, P = unknown> =
  Record<string, never> extends Omit<FindingExtra<C>, 'value' | 'expected' | 'severity'>
    ? [extra?: FindingExtra<C> & P]
    : [extra: FindingExtra<C> & P];

/** A finding from its place and extra (the one cast from the generic code to its finding type). */
export function makeFinding<C extends FindingCode>(
  base: FindingBase<C>,
  extra: FindingExtra<C> | undefined,
): FindingOf<C> {
  const e: {
    readonly value?: CellValue;
    readonly expected?: string;
    readonly severity?: Severity;
    readonly detail?: unknown;
  } = extra ?? {};
  return {
    ...base,
    ...(e.severity !== undefined ? { severity: e.severity } : {}),
    ...(e.value !== undefined ? { value: e.value } : {}),
    ...(e.expected !== undefined ? { expected: e.expected } : {}),
    ...(e.detail !== undefined ? { detail: e.detail } : {}),
  } as FindingOf<C>;
}

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, code);
}

export function defaultSeverity(code: FindingCode): Severity {
  return FINDING_CODES[code];
}
