/**
 * Data validations without exceljs' cell-by-cell expansion.
 *
 * exceljs 4.4 parses `<dataValidation sqref="A2:A1048576">` into one model entry per cell
 * (data-validations-xform.js, `Range#forEachAddress`), so a small file with a whole-column
 * dropdown costs seconds and a gigabyte; ten such columns never finish loading. We therefore
 * load every workbook with `ignoreNodes: ['dataValidations']` and, when the workbook will be
 * written back, read the validations from the zip here and store them under their range
 * (`'A2:A1048576'`), a key exceljs' writer emits unchanged (`optimiseDataValidations`
 * handles range keys). Nothing is expanded and nothing is clipped.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { cellAddress, columnNumber } from '../../core/address';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The shape exceljs keeps in `worksheet.dataValidations.model` (its typings omit it). */
export interface ValidationModel {
  type: string;
  formulae?: unknown[];
  allowBlank?: boolean;
  operator?: string;
  showInputMessage?: boolean;
  showErrorMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
}

type ValidationMap = Record<string, ValidationModel | undefined>;

/** The worksheet's validations, keyed by a cell (`B3`) or a range (`B3:B9`). */
export function validationsOf(ws: ExcelJS.Worksheet): ValidationMap {
  return (ws as unknown as { dataValidations: { model: ValidationMap } }).dataValidations.model;
}

/** `A1`, `$A$1:$B$9`, `A:C` or `2:4` as a rectangle; undefined when it is not a reference. */
export function parseRef(ref: string): Rect | undefined {
  const parts = ref.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2) return undefined;
  const a = parsePoint(parts[0] ?? '');
  const b = parts.length === 2 ? parsePoint(parts[1] ?? '') : a;
  if (a === undefined || b === undefined) return undefined;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  // Both ends alike: cells (A1:B2), whole columns (A:C) or whole rows (2:4).
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) {
    return undefined;
  }
  const [r1, r2] = [a.row ?? 1, b.row ?? MAX_ROW];
  const [c1, c2] = [a.col ?? 1, b.col ?? MAX_COL];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

function parsePoint(s: string): { row?: number; col?: number } | undefined {
  const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(s);
  if (!m || s === '') return undefined;
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  const point: { row?: number; col?: number } = {};
  if (letters !== '') {
    const col = columnNumber(letters);
    if (!(col >= 1 && col <= MAX_COL)) return undefined;
    point.col = col;
  }
  if (digits !== '') {
    const row = Number(digits);
    if (!(row >= 1 && row <= MAX_ROW)) return undefined;
    point.row = row;
  }
  return point;
}

/** `B3` for one cell, `B3:D9` otherwise: the form exceljs' writer expects as a key. */
export function formatRect(r: Rect): string {
  const first = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellAddress(r.bottom, r.right)}`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The cells of `a` outside `b`, as at most four rectangles. */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/**
 * Puts `validation` on every cell of `area`, replacing what those cells had: an existing
 * validation that overlaps the area keeps its cells outside it.
 */
export function setRangeValidation(ws: ExcelJS.Worksheet, area: Rect, validation: ValidationModel): void {
  const model = validationsOf(ws);
  for (const [key, existing] of Object.entries(model)) {
    if (existing === undefined) {
      // exceljs' own remove() leaves `undefined`, which its writer turns into a broken element.
      delete model[key];
      continue;
    }
    const rect = parseRef(key);
    if (rect === undefined || !intersects(rect, area)) continue;
    delete model[key];
    for (const rest of subtractRect(rect, area)) model[formatRect(rest)] = existing;
  }
  model[formatRect(area)] = validation;
}

// ---------------------------------------------------------------------------------------
// Reading validations from the zip

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return XML_ENTITIES[name] ?? whole;
  });
}

function parseAttributes(s: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  }
  return attrs;
}

/** The path in the zip of each sheet's XML, by sheet name, as workbook.xml and its rels say. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const paths = new Map<string, string>();
  if (workbook === undefined || rels === undefined) return paths;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs = parseAttributes(m[1] ?? '');
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id !== undefined && target !== undefined) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    }
  }
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = parseAttributes(m[1] ?? '');
    const name = attrs.get('name');
    const target = targets.get(attrs.get('r:id') ?? '');
    if (name !== undefined && target !== undefined) paths.set(name, target);
  }
  return paths;
}

/** Mirrors exceljs' DataValidationsXform.parseOpen/parseClose, without the expansion. */
function toModel(attrs: Map<string, string>, formulaTexts: string[]): ValidationModel {
  const type = attrs.get('type') ?? 'any';
  const model: ValidationModel = { type };
  const bool = (name: string): boolean | undefined => {
    const v = attrs.get(name);
    return v === undefined ? undefined : v === '1' || v === 'true';
  };
  const allowBlank = bool('allowBlank');
  if (attrs.has('type') && allowBlank !== undefined) model.allowBlank = allowBlank;
  const showInputMessage = bool('showInputMessage');
  if (showInputMessage !== undefined) model.showInputMessage = showInputMessage;
  const showErrorMessage = bool('showErrorMessage');
  if (showErrorMessage !== undefined) model.showErrorMessage = showErrorMessage;
  for (const name of ['promptTitle', 'prompt', 'errorStyle', 'errorTitle', 'error'] as const) {
    const v = attrs.get(name);
    if (v !== undefined) model[name] = v;
  }
  if (formulaTexts.length > 0) {
    if (type !== 'any' && type !== 'list' && type !== 'custom')
      model.operator = attrs.get('operator') ?? 'between';
    model.formulae = formulaTexts.map((text) => toFormula(type, text));
  }
  return model;
}

/** exceljs' writer expects numbers for whole/decimal and a Date for date validations. */
function toFormula(type: string, text: string): unknown {
  const numeric = /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(text);
  if (!numeric) return text;
  switch (type) {
    case 'whole':
    case 'textLength':
      return parseInt(text, 10);
    case 'decimal':
      return parseFloat(text);
    case 'date':
      // exceljs' utils.excelToDate, which its writer inverts with dateToExcel.
      return new Date(Math.round((parseFloat(text) - 25569) * 24 * 3600 * 1000));
    default:
      return text;
  }
}

/** The validations of one sheet's XML, keyed by range, without expanding any range. */
export function parseSheetValidations(xml: string): ValidationMap {
  const model: ValidationMap = {};
  const block = /<dataValidations\b[^>]*?(?:\/>|>([\s\S]*?)<\/dataValidations>)/.exec(xml);
  const body = block?.[1];
  if (body === undefined) return model;
  for (const m of body.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
    const attrs = parseAttributes(m[1] ?? '');
    const formulae = [...(m[2] ?? '').matchAll(/<formula([12])>([\s\S]*?)<\/formula\1>/g)].map((f) =>
      decodeXml(f[2] ?? ''),
    );
    const validation = toModel(attrs, formulae);
    for (const ref of (attrs.get('sqref') ?? '').split(/\s+/)) {
      const rect = ref === '' ? undefined : parseRef(ref);
      if (rect !== undefined) model[formatRect(rect)] = validation;
    }
  }
  return model;
}

/** Every sheet's validations, by sheet name; sheets without validations are left out. */
export async function readZipValidations(zip: JSZip): Promise<Map<string, ValidationMap>> {
  const out = new Map<string, ValidationMap>();
  for (const [name, path] of await sheetPaths(zip)) {
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined || !xml.includes('<dataValidations')) continue;
    const model = parseSheetValidations(xml);
    if (Object.keys(model).length > 0) out.set(name, model);
  }
  return out;
}

/** Puts validations read by `readZipValidations` into a worksheet loaded without them. */
export function installValidations(ws: ExcelJS.Worksheet, validations: ValidationMap): void {
  Object.assign(validationsOf(ws), validations);
}
