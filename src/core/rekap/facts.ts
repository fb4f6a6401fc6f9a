/**
 * What the rekap needs of one kecamatan's tracker, reduced from its snapshot to a few hundred
 * bytes (so a front end can read trackers one at a time and drop each snapshot before the
 * next: memory does not grow with the number of files). Built only from the public
 * operations every front end uses: `computeLakip` (capaian, kategori, anggaran),
 * `validateTracker` (galat, peringatan, completeness), `readSopState` and the Dokumen sheet.
 */
import { findingGroup, type FindingGroup } from '../findings/categories';
import type { Kategori } from '../lakip/arithmetic';
import { RECEIVED_STATUSES } from '../lakip/compute-sop';
import { computeLakip } from '../lakip/compute-lakip';
import { dataRowsInSourceOrder, type SummaryTable } from '../lakip/tables';
import { textOf } from '../read/read-table';
import type { TrackerModel } from '../model/tracker-model';
import { findSchemaSheet } from '../read/tracker';
import { SCHEMAS } from '../schema/registry';
import { readSopState } from '../sop/sop-steps';
import { validateTracker } from '../validate/validate';

export interface UnitIndicator {
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  /** 0–100 scale; null when the unit's figure cannot be computed. */
  readonly capaian: number | null;
  readonly kategori: Kategori | null;
  /** Why the capaian is missing (the LAKIP table's mark). */
  readonly reason?: string;
}

export interface FindingCount {
  readonly galat: number;
  readonly peringatan: number;
}

/** One unit kerja's figures, all the rekap keeps of its tracker. */
export interface UnitFacts {
  /** The file's name as given (shown in sentences, never matched on). */
  readonly file: string;
  /** Nama Unit Kerja. */
  readonly unit: string;
  readonly kabupaten: string;
  readonly tahun: number;
  readonly triwulanBerjalan: 1 | 2 | 3 | 4;
  readonly indicators: readonly UnitIndicator[];
  /**
   * The unit's kategori bands, best first (its sheet Kategori Capaian, else the five of
   * Pengaturan): a kategori's colour is its rank here. Absent: the five of Pengaturan.
   */
  readonly kategoriBands?: readonly string[];
  /** The unit's kategori come from its sheet Kategori Capaian. */
  readonly kategoriSheet?: true;
  readonly anggaran: { readonly pagu: number; readonly realisasi: number };
  readonly sop: {
    readonly done: number;
    readonly total: number;
    /** The finished step with the latest Tanggal Selesai (or the highest No when none has a date). */
    readonly last: {
      readonly no: number;
      readonly aktivitas: string;
      readonly tanggal: string | null;
    } | null;
  };
  readonly dokumen: { readonly received: number; readonly verified: number; readonly total: number };
  readonly pemeriksaan: {
    readonly galat: number;
    readonly peringatan: number;
    readonly byGroup: Readonly<Partial<Record<FindingGroup, FindingCount>>>;
    /** Completeness of what the user has to fill, 0–100. */
    readonly kelengkapan: number;
  };
}

/** A file that is not summarised, with the one sentence that says why. */
export interface RekapSkip {
  readonly file: string;
  readonly reason: string;
}

export type TrackerFacts =
  { readonly kind: 'unit'; readonly facts: UnitFacts } | { readonly kind: 'skip'; readonly skip: RekapSkip };

function column(table: SummaryTable | undefined, label: string): number {
  return table?.sections[0]?.columns.findIndex((c) => c.label === label) ?? -1;
}

/**
 * A tracker's facts for the rekap, from its model (read once: the LAKIP tables, validation, the
 * PK, Dokumen and SOP sheets all come from it), or why it cannot be summarised. Whether the
 * workbook is a tracker at all is the operation's to decide (`operations/rekap.ts`). Never
 * throws on bad data.
 */
export function summariseModel(model: TrackerModel, file: string): TrackerFacts {
  const skip = (reason: string): TrackerFacts => ({ kind: 'skip', skip: { file, reason } });
  const { snapshot } = model;
  const result = computeLakip(snapshot, model);
  if (result.unit.trim() === '') {
    return skip(
      `${file} tidak direkap: Nama Unit Kerja di sheet Pengaturan kosong; isi nama kecamatannya lalu rekap lagi.`,
    );
  }
  if (result.tahun === null) {
    return skip(
      `${file} (${result.unit}) tidak direkap: Tahun Laporan di sheet Pengaturan kosong atau bukan tahun; isi tahunnya lalu rekap lagi.`,
    );
  }

  // The PK's Kode Indikator by Excel row (the capaian table names its source row).
  const { tracker } = model;
  const kodeByRow = new Map<number, string>();
  for (const row of tracker.tables.pk?.rows ?? []) {
    kodeByRow.set(row.excelRow, textOf(row, 'kodeIndikator') ?? '');
  }
  const capaianTable = result.tables.find((t) => t.id === 'capaian');
  const at = {
    indikator: column(capaianTable, 'Indikator Kinerja'),
    satuan: column(capaianTable, 'Satuan'),
    capaian: column(capaianTable, 'Capaian (%)'),
    kategori: column(capaianTable, 'Kategori'),
  };
  const indicators: UnitIndicator[] = dataRowsInSourceOrder(capaianTable?.sections[0]).map((row) => {
    const cell = (i: number): string | number | null => row.cells[i] ?? null;
    const capaian = cell(at.capaian);
    const kategori = cell(at.kategori);
    return {
      kode: row.source !== undefined ? (kodeByRow.get(row.source.row) ?? '') : '',
      indikator: String(cell(at.indikator) ?? ''),
      satuan: String(cell(at.satuan) ?? ''),
      capaian: typeof capaian === 'number' ? capaian : null,
      kategori: typeof kategori === 'string' && kategori !== '' ? kategori : null,
      ...(row.mark !== undefined ? { reason: row.mark } : {}),
    };
  });

  const sop = readSopState(snapshot);
  const finished = (sop?.steps ?? []).filter((s) => s.status === 'Selesai');
  const last = finished.reduce<(typeof finished)[number] | null>((best, s) => {
    if (best === null) return s;
    const a = s.tanggalSelesai ?? '';
    const b = best.tanggalSelesai ?? '';
    return a > b || (a === b && s.no > best.no) ? s : best;
  }, null);

  const dokumenRows = (tracker.tables.dokumen?.rows ?? []).filter((r) => (textOf(r, 'nama') ?? '') !== '');
  const statusOf = (r: (typeof dokumenRows)[number]): string => textOf(r, 'status') ?? '';

  const validation = validateTracker(snapshot, model);
  const byGroup: Partial<Record<FindingGroup, { galat: number; peringatan: number }>> = {};
  for (const f of validation.findings) {
    const g = (byGroup[findingGroup(f.code)] ??= { galat: 0, peringatan: 0 });
    if (f.severity === 'error') g.galat++;
    else g.peringatan++;
  }

  const facts: UnitFacts = {
    file,
    unit: result.unit.trim(),
    kabupaten: result.kabupaten,
    tahun: result.tahun,
    triwulanBerjalan: result.triwulanBerjalan,
    indicators,
    kategoriBands: result.summary.kategoriScheme.bands.map((b) => b.kategori),
    ...(result.summary.kategoriScheme.source === 'sheet' ? { kategoriSheet: true as const } : {}),
    anggaran: { pagu: result.summary.pagu, realisasi: result.summary.realisasi },
    sop: {
      done: sop?.done ?? 0,
      total: sop?.steps.length ?? 0,
      last: last === null ? null : { no: last.no, aktivitas: last.aktivitas, tanggal: last.tanggalSelesai },
    },
    dokumen: {
      received: dokumenRows.filter((r) => RECEIVED_STATUSES.includes(statusOf(r))).length,
      verified: dokumenRows.filter((r) => statusOf(r) === 'Diverifikasi').length,
      total: findSchemaSheet(snapshot, SCHEMAS.dokumen) === undefined ? 0 : dokumenRows.length,
    },
    pemeriksaan: {
      galat: validation.errors,
      peringatan: validation.warnings,
      byGroup,
      kelengkapan: validation.completeness.total.ratio * 100,
    },
  };
  // A copy of fresh strings: a text read from the file can be a slice of the whole sheet's XML,
  // which it would keep alive (measured: 0,3 MB per tracker kept until the rekap is done).
  return { kind: 'unit', facts: JSON.parse(JSON.stringify(facts)) as UnitFacts };
}

/** One matched indicator with every unit's capaian, in the order of `Rekap.units`. */
export interface RekapIndicator {
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  /** Per unit: its capaian (0–100), or null when it lacks the indicator or cannot compute it. */
  readonly capaian: readonly (number | null)[];
  readonly kategori: readonly (Kategori | null)[];
  /** Per unit: how it was matched; null when the unit lacks the indicator. */
  readonly matchedBy: readonly ('kode' | 'nama' | 'first' | null)[];
  /** Per unit: why its capaian is missing although it has the indicator. */
  readonly reasons: readonly (string | null)[];
  readonly rataRata: number | null;
  readonly tertinggi: number | null;
  readonly terendah: number | null;
  /** Units that lack the indicator. */
  readonly missing: readonly string[];
}
