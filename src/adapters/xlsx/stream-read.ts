/**
 * A fast, lean read of an .xlsx file for commands that only read (validate without
 * --report, export -o / --json): the zip's entries are inflated one at a time with Node's
 * zlib and parsed with a SAX parser straight into the WorkbookSnapshot, never building
 * exceljs's cell objects. It gives the same snapshot as `readSnapshot(await loadWorkbook())`
 * and the Office.js adapter — the same rule for numbers (core's `numberCell`: dates, times,
 * durations, percentages, the 1904 date system), the same rules for
 * errors, shared and rich text, formulas' cached results, merged areas and hidden sheets —
 * in less time and memory on large trackers.
 *
 * It reads exactly the entries the input guard approved (their data offsets included), and
 * every entry is inflated as a stream and stopped as soon as it grows past the size the
 * zip's directory declared, so a file that lies about its sizes cannot fill memory either.
 */
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LakipError } from '../../core/errors';
import {
  inspectWorkbookBytes,
  orThrow,
  type GuardApproval,
  type ZipEntry,
} from '../../core/guard/input-guard';
import { decodeRef, PackageBudget } from '../../core/guard/package-scan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { readXlsxBytes } from './file';
import { BUILT_IN_FORMATS, numberCell } from '../../core/number-format';

/**
 * Reads the snapshot of the .xlsx file at `path`, after the input guard. Throws a LakipError
 * with its Indonesian sentence, as `openXlsxFile` does (`file/not-found`, `file/too-large`,
 * `file/damaged` …).
 */
export async function readSnapshotStreaming(
  path: string,
  opts: { readonly maxBytes?: number } = {},
): Promise<WorkbookSnapshot> {
  const name = basename(path);
  const data = await readXlsxBytes(path, opts.maxBytes);
  const approved = orThrow(
    inspectWorkbookBytes(data, opts.maxBytes === undefined ? {} : { maxFileBytes: opts.maxBytes }, name),
  );
  try {
    return await readSnapshotFromZip(data, approved, name);
  } catch (cause) {
    if (cause instanceof LakipError) throw cause;
    throw new LakipError(
      'file/damaged',
      `File "${name}" rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
      { cause },
    );
  }
}

/**
 * The snapshot of .xlsx bytes that the guard has passed, read from exactly the entries it
 * approved (the one view of the zip that every reader shares). The package scan's limits
 * (core/guard/package-scan) are enforced as the parts are parsed, with the same sentences
 * (LakipError `file/too-large`, naming `name`), rather than by scanning first: one inflation
 * instead of two.
 */
export async function readSnapshotFromZip(
  data: Buffer,
  approved?: GuardApproval,
  name?: string,
): Promise<WorkbookSnapshot> {
  const approval = approved ?? orThrow(inspectWorkbookBytes(data, {}, name));
  const entries = new Map(approval.entries.map((e) => [e.name, e]));
  const part = (name: string): ZipEntry | undefined => entries.get(name);
  const budget = new PackageBudget({}, name);

  const book = await parseWorkbook(data, part('xl/workbook.xml'), budget);
  const rels = await parseRels(data, part('xl/_rels/workbook.xml.rels'));
  const styles = await parseStyles(data, part('xl/styles.xml'));
  const strings = await parseSharedStrings(data, part('xl/sharedStrings.xml'));

  const sheets: SheetSnapshot[] = [];
  for (const sheet of book.sheets) {
    const target = rels.get(sheet.rId);
    const entry = target === undefined ? undefined : part(target);
    if (entry === undefined || !/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    budget.startSheet(sheet.name);
    const rows = await parseSheet(data, entry, { strings, styles, date1904: book.date1904, budget });
    budget.endSheet();
    sheets.push(sheet.hidden ? { name: sheet.name, rows, hidden: true } : { name: sheet.name, rows });
  }
  return { sheets };
}

// ---------------------------------------------------------------------------------------
// Inflating entries and running a SAX parser over them

interface Handlers {
  readonly open?: (tag: SaxesTagPlain) => void;
  readonly text?: (text: string) => void;
  readonly close?: (tag: SaxesTagPlain) => void;
}

async function parseEntry(data: Buffer, entry: ZipEntry | undefined, handlers: Handlers): Promise<void> {
  if (entry === undefined) return;
  const parser = new SaxesParser({ position: false, xmlns: false });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) parser.on('closetag', handlers.close);
  const raw = data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const decoder = new StringDecoder('utf8');
  if (entry.method === 0) {
    parser.write(decoder.write(raw) + decoder.end());
    parser.close();
    return;
  }
  if (entry.method !== 8) throw new Error(`zip entry ${entry.name}: compression method ${entry.method}`);
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(raw);
  let inflated = 0;
  for await (const chunk of inflate as AsyncIterable<Buffer>) {
    inflated += chunk.length;
    if (inflated > entry.uncompressedSize) {
      inflate.destroy();
      throw new Error(`zip entry ${entry.name} inflates past its declared ${entry.uncompressedSize} bytes`);
    }
    parser.write(decoder.write(chunk));
  }
  if (inflated !== entry.uncompressedSize) {
    throw new Error(
      `zip entry ${entry.name} inflates to ${inflated}, not its declared ${entry.uncompressedSize} bytes`,
    );
  }
  parser.write(decoder.end());
  parser.close();
}

const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name];

// ---------------------------------------------------------------------------------------
// Workbook, relationships, styles, shared strings

interface BookSheet {
  readonly name: string;
  readonly rId: string;
  readonly hidden: boolean;
}

async function parseWorkbook(
  data: Buffer,
  entry: ZipEntry | undefined,
  budget: PackageBudget,
): Promise<{ sheets: BookSheet[]; date1904: boolean }> {
  const sheets: BookSheet[] = [];
  let date1904 = false;
  let definedName: { name: string; text: string[] } | undefined;
  await parseEntry(data, entry, {
    open(tag) {
      if (tag.name === 'sheet') {
        budget.sheetId(attr(tag, 'name') ?? '', attr(tag, 'sheetId'));
        const state = attr(tag, 'state');
        sheets.push({
          name: attr(tag, 'name') ?? '',
          rId: attr(tag, 'r:id') ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
        });
      } else if (tag.name === 'workbookPr') {
        const v = attr(tag, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (tag.name === 'definedName') {
        definedName = { name: attr(tag, 'name') ?? '', text: [] };
      }
    },
    text(t) {
      definedName?.text.push(t);
    },
    close(tag) {
      if (tag.name !== 'definedName' || definedName === undefined) return;
      budget.definedName(definedName.name, definedName.text.join(''));
      definedName = undefined;
    },
  });
  return { sheets, date1904 };
}

/** Relationship id → zip entry name. */
async function parseRels(data: Buffer, entry: ZipEntry | undefined): Promise<Map<string, string>> {
  const rels = new Map<string, string>();
  await parseEntry(data, entry, {
    open(tag) {
      if (tag.name !== 'Relationship') return;
      const target = attr(tag, 'Target') ?? '';
      rels.set(attr(tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  return rels;
}

/** A cell style's number format (cellXfs index → format code; undefined: none, `General`). */
type StyleFormat = string | undefined;

/** For each cell style (cellXfs index): its number format code. */
async function parseStyles(data: Buffer, entry: ZipEntry | undefined): Promise<StyleFormat[]> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parseEntry(data, entry, {
    open(tag) {
      if (tag.name === 'numFmt') {
        custom.set(Number.parseInt(attr(tag, 'numFmtId') ?? '', 10), attr(tag, 'formatCode') ?? '');
      } else if (tag.name === 'cellXfs') {
        inCellXfs = true;
      } else if (tag.name === 'xf' && inCellXfs) {
        xfFormats.push(Number.parseInt(attr(tag, 'numFmtId') ?? '0', 10));
      }
    },
    close(tag) {
      if (tag.name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id, index) => {
    // As exceljs: style 0 and numFmtId 0 have no format; a custom format wins over a built-in one.
    if (index === 0 || !id) return undefined;
    return custom.get(id) ?? BUILT_IN_FORMATS[id];
  });
}

/** A shared string: its text, whether rich or plain (phonetic runs left out). */
async function parseSharedStrings(data: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  let text: string[] = [];
  let inText = false;
  let phonetic = 0;
  await parseEntry(data, entry, {
    open(tag) {
      if (tag.name === 't' && phonetic === 0) inText = true;
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 'si') text = [];
    },
    text(t) {
      if (inText) text.push(t);
    },
    close(tag) {
      if (tag.name === 't') inText = false;
      else if (tag.name === 'rPh') phonetic--;
      else if (tag.name === 'si') strings.push(decodeEscapes(text.join('')));
    },
  });
  return strings;
}

/** Characters Excel writes as `_xHHHH_` in shared strings (exceljs's TextXform decodes them). */
function decodeEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

// ---------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: readonly StyleFormat[];
  readonly date1904: boolean;
  /** The package scan's limits, checked before anything is allocated for a row or a cell. */
  readonly budget: PackageBudget;
}

/** The rows of one worksheet, as `readSnapshot` gives them. */
async function parseSheet(data: Buffer, entry: ZipEntry, ctx: SheetContext): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let row: CellValue[] | undefined;
  let rowIndex = -1;
  let col = -1;
  // the cell being read
  let type: string | undefined;
  let style = 0;
  let formula = false;
  let inFormula = false;
  let value: string[] | undefined;
  let inValue = false;
  let inInline = false;
  let phonetic = 0;

  await parseEntry(data, entry, {
    open(tag) {
      switch (tag.name) {
        case 'row': {
          const r = attr(tag, 'r');
          ctx.budget.row(r);
          rowIndex = r === undefined ? rowIndex + 1 : Number.parseInt(r, 10) - 1;
          row = [];
          col = -1;
          return;
        }
        case 'c': {
          const ref = attr(tag, 'r');
          const decoded = ref === undefined ? undefined : decodeRef(ref);
          ctx.budget.cell(decoded?.col, decoded?.row);
          col = ref === undefined ? col + 1 : columnIndex(ref);
          type = attr(tag, 't');
          const s = attr(tag, 's');
          style = s === undefined ? 0 : Number.parseInt(s, 10);
          formula = false;
          value = undefined;
          return;
        }
        case 'f':
          // As exceljs: a formula has text or a share type; an empty <f/> is none.
          if (attr(tag, 't') !== undefined) formula = true;
          inFormula = true;
          return;
        case 'v':
          inValue = true;
          value ??= [];
          return;
        case 'is':
          inInline = true;
          value ??= [];
          return;
        case 't':
          if (inInline && phonetic === 0) inValue = true;
          return;
        case 'rPh':
          phonetic++;
          return;
        case 'mergeCell': {
          const ref = attr(tag, 'ref');
          ctx.budget.merge(ref ?? '');
          if (ref !== undefined) merges.push(ref);
          return;
        }
        case 'dimension':
          ctx.budget.dimension(attr(tag, 'ref') ?? '');
          return;
        case 'col':
          ctx.budget.columns(attr(tag, 'min'), attr(tag, 'max'));
          return;
        default:
          return;
      }
    },
    text(t) {
      if (inValue) value?.push(t);
      else if (inFormula && t !== '') formula = true;
    },
    close(tag) {
      switch (tag.name) {
        case 'v':
        case 't':
          inValue = false;
          return;
        case 'f':
          inFormula = false;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c': {
          if (row === undefined || col < 0) return;
          const v = cellValue(type, value?.join(''), formula, ctx.styles[style], ctx);
          if (v !== null) {
            while (row.length < col) row.push(null);
            row[col] = v;
          }
          return;
        }
        case 'row':
          if (row !== undefined && row.length > 0 && rowIndex >= 0) {
            while (rows.length < rowIndex) rows.push([]);
            rows[rowIndex] = row;
          }
          row = undefined;
          return;
        default:
          return;
      }
    },
  });
  if (merges.length > 0) clearMerged(rows, merges);
  return rows;
}

/**
 * A cell's value from its type `t`, its text, whether it has a formula, and its style's number
 * format: a formula's cached result by its type (text, a boolean or an error stays one whatever
 * the format), a number by core's one rule.
 */
function cellValue(
  t: string | undefined,
  text: string | undefined,
  formula: boolean,
  format: StyleFormat,
  ctx: SheetContext,
): CellValue {
  if (text === undefined || text === '') return null;
  switch (t) {
    case 's':
      return formula ? nonEmpty(text) : nonEmpty(ctx.strings[Number.parseInt(text, 10)] ?? '');
    case 'str':
    case 'inlineStr':
      return nonEmpty(text);
    case 'b':
      return Number.parseInt(text, 10) !== 0;
    case 'e':
      return { kind: 'error', code: text };
    default: {
      const n = Number.parseFloat(text);
      return Number.isNaN(n) ? null : numberCell(n, format, ctx.date1904);
    }
  }
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}

/** 0-based column of an A1 reference (`AB12` → 27). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Empties the cells a merged area covers (all but its top-left), then trims as the reader does. */
function clearMerged(rows: CellValue[][], merges: readonly string[]): void {
  for (const ref of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (m === null) continue;
    const c1 = columnIndex(m[1] ?? '');
    const r1 = Number(m[2]) - 1;
    const c2 = columnIndex(m[3] ?? '');
    const r2 = Number(m[4]) - 1;
    for (let r = r1; r <= r2 && r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      for (let c = c1; c <= c2 && c < row.length; c++) if (r !== r1 || c !== c1) row[c] = null;
    }
  }
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as CellValue[];
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
  }
  while (rows.length > 0 && (rows[rows.length - 1] as CellValue[]).length === 0) rows.pop();
}
