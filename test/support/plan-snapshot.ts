/**
 * For tests only: trackers as snapshots without exceljs — an inline tracker written in a few
 * lines, and the built-in sample as `lakip init --sample` writes it (through the init plan and
 * `applyPlanToSnapshot`).
 */
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import { schemaById, SCHEMAS, type TableSheetId } from '../../src/core/schema/registry';
import type { TableSheetSchema } from '../../src/core/schema/types';
import { DEFAULT_ACTORS } from '../../src/core/schema/sheets/sop';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

export { applyPlanToSnapshot };

/** A small tracker written inline: Pengaturan fields and table rows by schema key. */
export interface InlineTracker {
  readonly pengaturan?: Readonly<Record<string, CellValue>>;
  readonly tables?: Readonly<Partial<Record<TableSheetId, readonly Readonly<Record<string, CellValue>>[]>>>;
}

export const INLINE_PENGATURAN: Readonly<Record<string, CellValue>> = {
  namaUnit: 'Kecamatan Contoh',
  kabupaten: 'Lumajang',
  tahunLaporan: 2017,
  triwulanBerjalan: 4,
  tahunAwalRenstra: 2014,
  rumusNegatif: '(2*Target-Realisasi)/Target',
  batasSangatTinggi: 91,
  batasTinggi: 76,
  batasSedang: 66,
  batasRendah: 51,
};

/**
 * The snapshot of an inline tracker: a Pengaturan sheet (defaults above, overridden field by
 * field; `null` empties a field) and one sheet per table with the schema's header labels.
 * SOP rows name their actors with keys `actor:Camat` ….
 */
export function inlineSnapshot(t: InlineTracker): WorkbookSnapshot {
  const settings = { ...INLINE_PENGATURAN, ...t.pengaturan };
  const sheets: SheetSnapshot[] = [
    {
      name: SCHEMAS.pengaturan.name,
      rows: [
        ['Isian', 'Nilai'],
        ...SCHEMAS.pengaturan.fields.map((f): CellValue[] => [f.label, settings[f.key] ?? null]),
      ],
    },
  ];
  for (const [id, rows] of Object.entries(t.tables ?? {}) as [
    TableSheetId,
    readonly Readonly<Record<string, CellValue>>[],
  ][]) {
    const schema = schemaById(id) as TableSheetSchema;
    const keys: string[] = [];
    const labels: string[] = [];
    for (const c of schema.columns) {
      keys.push(c.key);
      labels.push(c.label);
      if (schema.actorColumnsAfter === c.key) {
        for (const a of DEFAULT_ACTORS) {
          keys.push(`actor:${a}`);
          labels.push(a);
        }
      }
    }
    sheets.push({ name: schema.name, rows: [labels, ...rows.map((r) => keys.map((k) => r[k] ?? null))] });
  }
  return { sheets };
}

/** The Pasrujambe 2017 sample tracker: the one builder, in tracker-fixtures.ts. */
export { sampleSnapshot } from './tracker-fixtures';
