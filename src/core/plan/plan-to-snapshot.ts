/**
 * A write plan applied to a snapshot, in the core: what the workbook would hold after the
 * plan, as values. Only the value operations matter (ensureSheet, clearSheet, setValues);
 * formats, styles and validations do not change values and are skipped. A formula becomes
 * its cached result and a link its text, as a viewer shows them. Lets core tests go
 * seed → plan → snapshot → validation without an adapter.
 */
import { LakipError } from '../errors';
import { normaliseSheetName, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { isFormulaValue, isLinkValue, type PlanValue, type WritePlan } from './plan';

/** The value a cell shows for a plan value. */
export function shownValue(v: PlanValue): CellValue {
  if (isFormulaValue(v)) return v.result;
  if (isLinkValue(v)) return v.text;
  return v;
}

interface MutableSheet {
  name: string;
  rows: CellValue[][];
  hidden: boolean;
}

/** A new snapshot: `wb` with the plan's values written. `wb` itself is not changed. */
export function applyPlanToSnapshot(wb: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets: MutableSheet[] = wb.sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
    hidden: s.hidden === true,
  }));
  const byName = new Map<string, MutableSheet>(sheets.map((s) => [normaliseSheetName(s.name), s]));
  for (const op of plan.ops) {
    switch (op.op) {
      case 'ensureSheet': {
        if (!byName.has(normaliseSheetName(op.sheet))) {
          const sheet: MutableSheet = { name: op.sheet, rows: [], hidden: op.hidden === true };
          sheets.push(sheet);
          byName.set(normaliseSheetName(op.sheet), sheet);
        }
        break;
      }
      case 'clearSheet': {
        const sheet = byName.get(normaliseSheetName(op.sheet));
        if (sheet !== undefined) sheet.rows = [];
        break;
      }
      case 'setValues': {
        const sheet = byName.get(normaliseSheetName(op.sheet));
        if (sheet === undefined) {
          throw new LakipError(
            'internal',
            `Rencana penulisan mengisi sheet "${op.sheet}" yang belum dibuat.`,
          );
        }
        op.values.forEach((line, r) => {
          const rowIndex = op.row - 1 + r;
          while (sheet.rows.length <= rowIndex) sheet.rows.push([]);
          const row = sheet.rows[rowIndex] as CellValue[];
          line.forEach((v, c) => {
            const colIndex = op.col - 1 + c;
            while (row.length < colIndex) row.push(null);
            row[colIndex] = shownValue(v);
          });
        });
        break;
      }
      default:
        break;
    }
  }
  return {
    sheets: sheets.map((s): SheetSnapshot =>
      s.hidden ? { name: s.name, rows: s.rows, hidden: true } : { name: s.name, rows: s.rows },
    ),
  };
}
