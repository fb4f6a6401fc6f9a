/**
 * Generated tracker-shaped data for the Office adapter's tests and benchmarks: the contract's
 * 14 document sheets, ten columns of mixed values, with the traps a spreadsheet API sets for
 * text (strings that look like formulas, numbers, booleans or errors).
 */
import type { WritePlan, WriteOp } from '../../src/core/plan/plan';
import { DOCUMENT_SHEETS } from '../../src/core/schema/registry';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';

export const GENERATED_HEADER = [
  'No',
  'Kode',
  'Uraian',
  'Target',
  'Realisasi',
  'Capaian',
  'Tanggal',
  'Lengkap',
  'Status',
  'Keterangan',
] as const;

/** Text that Excel would not keep as text if it were typed. */
export const TEXT_TRAPS = [
  '=SUM(A1:A3)',
  '+62 812 3456 7890',
  '-- lihat catatan',
  '@Subbag Umum',
  '=HYPERLINK("http://contoh.go.id","klik")',
  '007',
  '1e3',
  'TRUE',
  '#REF!',
  '-5 hari',
  '+',
  '50%',
] as const;

const ERRORS = ['#N/A', '#REF!', '#DIV/0!'] as const;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(dayOfYear: number): string {
  const d = new Date(Date.UTC(2024, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

/** `1.250.000`: Indonesian thousands, without depending on the runtime's locale data. */
function rupiah(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function pick<T>(list: readonly T[], i: number): T {
  const v = list[i % list.length];
  if (v === undefined) throw new Error('pick: empty list');
  return v;
}

/** The 14 document sheets with a header row and `rowsPerSheet` data rows each. */
export function generateDocumentSnapshot(rowsPerSheet: number, seed = 7): WorkbookSnapshot {
  const rand = random(seed);
  return {
    sheets: DOCUMENT_SHEETS.map((schema, s) => {
      const rows: CellValue[][] = [[...GENERATED_HEADER]];
      for (let r = 1; r <= rowsPerSheet; r++) {
        const k = r + s;
        rows.push([
          r,
          k % 13 === 0 ? pick(TEXT_TRAPS, k + 5) : `${schema.id.toUpperCase()}-${String(r).padStart(4, '0')}`,
          k % 4 === 0 ? pick(TEXT_TRAPS, k) : `Indikator ${r}: persentase layanan kecamatan tepat waktu`,
          Math.round(rand() * 1_000_000) / 100,
          k % 11 === 0 ? null : Math.round(rand() * 1_000_000) / 100,
          { kind: 'percent', value: Math.round(rand() * 15_000) / 10_000 },
          { kind: 'date', iso: k % 17 === 0 ? `${isoDay(k % 366)}T08:30:00` : isoDay(k % 366) },
          k % 3 === 0,
          k % 9 === 0 ? { kind: 'error', code: pick(ERRORS, k) } : k % 2 === 0 ? 'Lengkap' : 'Belum lengkap',
          k % 5 === 0 ? null : `Rp ${rupiah(k * 1250)} – tahap ${(k % 4) + 1} (“dokumen” sah)`,
        ]);
      }
      return { name: schema.name, rows };
    }),
  };
}

/** A plan that creates every sheet of `snapshot` and writes all its cells from A1. */
export function planWritingSnapshot(snapshot: WorkbookSnapshot): WritePlan {
  const ops: WriteOp[] = [];
  for (const sheet of snapshot.sheets) {
    ops.push({ op: 'ensureSheet', sheet: sheet.name, tabColor: '1F4E79' });
    if (sheet.rows.length > 0)
      ops.push({ op: 'setValues', sheet: sheet.name, row: 1, col: 1, values: sheet.rows });
  }
  return { ops, notes: [] };
}
