/**
 * A write plan: plain data saying what to write, applied by an adapter (exceljs or
 * the Office JavaScript API). Rows and columns are 1-based Excel positions. Strings are always literal
 * text; a formula is only ever a `FormulaValue`, and it always carries its computed result.
 */
import type { CellValue } from '../snapshot';

export interface FormulaValue {
  readonly kind: 'formula';
  /** Without the leading `=`, e.g. `SUM(D5:D9)`. */
  readonly formula: string;
  /** The value we computed, written as the cached result so every viewer shows it. */
  readonly result: number | string | null;
}

/** A text that links to a cell of this workbook (the Temuan sheet's Sel column). */
export interface LinkValue {
  readonly kind: 'link';
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

export type PlanValue = CellValue | FormulaValue | LinkValue;

/** Colours are `RRGGBB` hex without `#`. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly border?: 'thin';
}

export interface Area {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type WriteOp =
  /** Create the sheet at the end if it does not exist (matched ignoring case and surrounding spaces). */
  | {
      readonly op: 'ensureSheet';
      readonly sheet: string;
      readonly tabColor?: string;
      readonly hidden?: boolean;
    }
  /**
   * Remove every value, format and validation of a sheet the project owns (Temuan, LAKIP *).
   * The sheet must exist: plans say `ensureSheet` first, then `clearSheet`.
   */
  | { readonly op: 'clearSheet'; readonly sheet: string }
  | {
      readonly op: 'setValues';
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      /** A rectangle; every row has the same length. */
      readonly values: readonly (readonly PlanValue[])[];
      /** Optional number format per cell, same shape as values; null keeps the cell's format. */
      readonly numberFormats?: readonly (readonly (string | null)[])[];
    }
  | ({ readonly op: 'setNumberFormat'; readonly format: string } & Area)
  | ({ readonly op: 'setStyle'; readonly style: CellStyle } & Area)
  | ({ readonly op: 'mergeCells' } & Area)
  | {
      readonly op: 'setColumnWidths';
      readonly sheet: string;
      /** Widths in Excel character units. */
      readonly widths: readonly { readonly col: number; readonly width: number }[];
    }
  | { readonly op: 'setRowHeight'; readonly sheet: string; readonly row: number; readonly height: number }
  | { readonly op: 'freezePanes'; readonly sheet: string; readonly rows: number; readonly cols: number }
  | ({
      readonly op: 'listValidation';
      /** Inline values (≤ 255 characters joined) or a reference such as `'Daftar'!$A$2:$A$9`. */
      readonly source: { readonly values: readonly string[] } | { readonly range: string };
      readonly allowBlank: boolean;
      readonly error?: string;
    } & Area)
  | ({ readonly op: 'autoFilter' } & Area)
  | {
      readonly op: 'pageSetup';
      readonly sheet: string;
      readonly orientation: 'portrait' | 'landscape';
      readonly paperSize: 'A4';
      readonly fitToWidth: boolean;
      /** Rows repeated at the top of every printed page. */
      readonly printTitleRows?: { readonly from: number; readonly to: number };
      /** Manual page breaks: a printed page starts at each of these rows. */
      readonly rowBreaks?: readonly number[];
    }
  | { readonly op: 'protectSheet'; readonly sheet: string; readonly unlocked: readonly Area[] };

export interface WritePlan {
  readonly ops: readonly WriteOp[];
  /** Indonesian sentences for the user: what the plan does, what it skipped and why. */
  readonly notes: readonly string[];
}

export const EMPTY_PLAN: WritePlan = { ops: [], notes: [] };

export function isFormulaValue(v: PlanValue | undefined): v is FormulaValue {
  return typeof v === 'object' && v !== null && v.kind === 'formula';
}

export function isLinkValue(v: PlanValue | undefined): v is LinkValue {
  return typeof v === 'object' && v !== null && v.kind === 'link';
}

/** The sheets a plan writes to, in the order first named. */
export function sheetsTouched(plan: WritePlan): string[] {
  const seen = new Set<string>();
  for (const op of plan.ops) seen.add(op.sheet);
  return [...seen];
}
