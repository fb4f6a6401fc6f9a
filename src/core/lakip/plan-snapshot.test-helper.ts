/**
 * For tests only: applies the value operations of a write plan (ensureSheet, clearSheet,
 * setValues) onto a snapshot, so core tests can go plan → snapshot without exceljs. A
 * formula becomes its cached result and a link its text, as a viewer shows them.
 */
import { buildInitPlan } from '../init/init-plan';
import { isFormulaValue, isLinkValue, type PlanValue, type WritePlan } from '../plan/plan';
import { SCHEMAS, type TableSheetId } from '../schema/registry';
import { DEFAULT_ACTORS } from '../schema/sheets/sop';
import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import { normaliseSheetName, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';

function shown(v: PlanValue): CellValue {
  if (isFormulaValue(v)) return v.result;
  if (isLinkValue(v)) return v.text;
  return v;
}

export function applyPlanToSnapshot(wb: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets: { name: string; rows: CellValue[][] }[] = wb.sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
  }));
  const find = (name: string): { name: string; rows: CellValue[][] } | undefined =>
    sheets.find((s) => normaliseSheetName(s.name) === normaliseSheetName(name));
  for (const op of plan.ops) {
    if (op.op === 'ensureSheet') {
      if (!find(op.sheet)) sheets.push({ name: op.sheet, rows: [] });
    } else if (op.op === 'clearSheet') {
      const s = find(op.sheet);
      if (s) s.rows = [];
    } else if (op.op === 'setValues') {
      const s = find(op.sheet);
      if (!s) throw new Error(`setValues on a sheet that does not exist: ${op.sheet}`);
      op.values.forEach((line, r) => {
        const rowIndex = op.row - 1 + r;
        while (s.rows.length <= rowIndex) s.rows.push([]);
        const row = s.rows[rowIndex] as CellValue[];
        line.forEach((v, c) => {
          const colIndex = op.col - 1 + c;
          while (row.length <= colIndex) row.push(null);
          row[colIndex] = shown(v);
        });
      });
    }
  }
  return { sheets: sheets.map((s): SheetSnapshot => ({ name: s.name, rows: s.rows })) };
}

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
      rows: [['Isian', 'Nilai'], ...SCHEMAS.pengaturan.fields.map((f): CellValue[] => [f.label, settings[f.key] ?? null])],
    },
  ];
  for (const [id, rows] of Object.entries(t.tables ?? {}) as [TableSheetId, readonly Readonly<Record<string, CellValue>>[]][]) {
    const schema = SCHEMAS[id];
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

/** The built-in sample as `lakip init --sample` writes it. */
export function sampleSnapshot(): WorkbookSnapshot {
  const plan = buildInitPlan(
    { sheets: [] },
    { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang', sample: SAMPLE_PASRUJAMBE_2017 },
  );
  return applyPlanToSnapshot({ sheets: [] }, plan);
}
