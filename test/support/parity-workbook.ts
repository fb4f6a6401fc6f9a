/**
 * Test support: a real .xlsx package, written as XML part by part (no exceljs, so no reader's
 * library shaped it), holding every kind of cell a tracker meets: dates, date-times, times of
 * day, durations, percents, errors, shared and inline text, rich text, booleans, formulas with
 * cached numbers, text, errors and booleans, shared formulas, a merged area with a stale value
 * under it, hidden and very hidden sheets, Indonesian `[$-421]` formats, and (on request) the
 * 1904 date system.
 */
import { strToU8, zipSync } from 'fflate';

/** Days between the two date systems' serial 0: 1904-01-01 is serial 1462 of the 1900 system. */
const OFFSET_1904 = 1462;

/** Custom number formats (id ≥ 164) and the cellXfs that use them, by style index. */
const NUM_FMTS: readonly [number, string][] = [
  [164, 'dd/mm/yyyy'],
  [165, 'dd/mm/yyyy hh:mm'],
  [166, '[$-421]dd mmmm yyyy'],
  [167, '0.0%'],
  [168, '#,##0.00'],
  [169, '@'],
];
/** cellXfs, in order: each entry is a numFmtId (0 General, < 164 built-in, ≥ 164 custom). */
const XF_FORMATS: readonly number[] = [0, 164, 165, 20, 46, 167, 166, 45, 10, 168, 169];
export const STYLE = {
  general: 0,
  date: 1,
  dateTime: 2,
  time: 3, // built-in 20, h:mm
  duration: 4, // built-in 46, [h]:mm:ss
  percent: 5,
  dateId: 6,
  minutes: 7, // built-in 45, mm:ss
  percentBuiltIn: 8, // built-in 10, 0.00%
  amount: 9,
  text: 10,
} as const;

const SHARED = ['Uraian', 'Teks biasa', 'tersembunyi di bawah gabungan', 'Gabung', '007'];
const RICH_INDEX = SHARED.length; // the rich string comes after the plain ones

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sharedStringsXml(): string {
  const plain = SHARED.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  const rich =
    '<si><r><rPr><b/></rPr><t xml:space="preserve">Capaian </t></r><r><rPr><i/></rPr><t>tinggi</t></r>' +
    '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>';
  const count = SHARED.length + 1;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${plain}${rich}</sst>`;
}

function stylesXml(): string {
  const fmts = NUM_FMTS.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
  const xfs = XF_FORMATS.map(
    (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="${NUM_FMTS.length}">${fmts}</numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="${XF_FORMATS.length}">${xfs}</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;
}

function sheetXml(rows: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetData>${rows}</sheetData>${extra}</worksheet>`;
}

/** The main sheet's rows; date serials are of the workbook's own date system. */
function mainRows(date1904: boolean): string {
  const day = (serial1900: number): number => (date1904 ? serial1900 - OFFSET_1904 : serial1900);
  const s = STYLE;
  return [
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Teks sebaris</t></is></c></row>`,
    // dates, a date-time, a time, a duration, percents, an Indonesian date, minutes
    `<row r="2">` +
      `<c r="A2" s="${s.date}"><v>${day(43100)}</v></c>` +
      `<c r="B2" s="${s.dateTime}"><v>${day(43100) + 0.5}</v></c>` +
      `<c r="C2" s="${s.time}"><v>0.5</v></c>` +
      `<c r="D2" s="${s.duration}"><v>1.5</v></c>` +
      `<c r="E2" s="${s.percent}"><v>0.855</v></c>` +
      `<c r="F2" s="${s.dateId}"><v>${day(45292)}</v></c>` +
      `<c r="G2" s="${s.minutes}"><v>0.25</v></c>` +
      `<c r="H2" s="${s.percentBuiltIn}"><v>1.2</v></c>` +
      `<c r="I2" s="${s.amount}"><v>1234.5</v></c>` +
      `<c r="J2" s="${s.time}"><v>0.520833333333333</v></c>` +
      `</row>`,
    // errors, rich text, booleans, text kept as text, a number in a text-formatted cell
    `<row r="3">` +
      `<c r="A3" t="e"><v>#REF!</v></c>` +
      `<c r="B3" t="e"><v>#DIV/0!</v></c>` +
      `<c r="C3" t="e"><v>#N/A</v></c>` +
      `<c r="D3" t="s"><v>${RICH_INDEX}</v></c>` +
      `<c r="E3" t="b"><v>1</v></c>` +
      `<c r="F3" t="b"><v>0</v></c>` +
      `<c r="G3" s="${s.text}" t="s"><v>4</v></c>` +
      `<c r="H3" s="${s.text}"><v>12</v></c>` +
      `</row>`,
    // formulas with cached results: a date, text, an error, a boolean, a number, empty text
    `<row r="4">` +
      `<c r="A4" s="${s.date}"><f>A2+1</f><v>${day(43101)}</v></c>` +
      `<c r="B4" t="str"><f>"Ca"&amp;"paian"</f><v>Capaian</v></c>` +
      `<c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
      `<c r="D4" t="b"><f>1=1</f><v>1</v></c>` +
      `<c r="E4"><f>SUM(1,2)</f><v>3</v></c>` +
      `<c r="F4" t="str"><f>IF(TRUE,"","x")</f><v></v></c>` +
      `<c r="G4" s="${s.percent}"><f>E2/2</f><v>0.4275</v></c>` +
      `</row>`,
    // a shared formula over B5:B7 from A5:A7
    `<row r="5"><c r="A5"><v>1</v></c><c r="B5"><f t="shared" ref="B5:B7" si="0">A5*2</f><v>2</v></c></row>`,
    `<row r="6"><c r="A6"><v>2</v></c><c r="B6"><f t="shared" si="0"/><v>4</v></c></row>`,
    `<row r="7"><c r="A7"><v>3</v></c><c r="B7"><f t="shared" si="0"/><v>6</v></c></row>`,
    // a merged area A9:C10 whose covered cell B9 still holds a stale value
    `<row r="9"><c r="A9" t="s"><v>3</v></c><c r="B9" t="s"><v>2</v></c><c r="D9"><v>9</v></c></row>`,
    `<row r="10"><c r="C10"><v>10</v></c></row>`,
    // small serials, the same in both systems: in 1900, 60 (29 February 1900) and 0.5 are no
    // day and 1 is 1900-01-01; in 1904 they are 1904-03-01, 1904-01-01 12:00 and 1904-01-02
    `<row r="12"><c r="A12" s="${s.date}"><v>60</v></c><c r="B12" s="${s.dateTime}"><v>0.5</v></c><c r="C12" s="${s.date}"><v>1</v></c></row>`,
  ].join('');
}

/** The .xlsx bytes of the parity workbook (three sheets: visible, hidden, very hidden). */
export function parityWorkbook(opts: { readonly date1904?: boolean } = {}): Uint8Array {
  const date1904 = opts.date1904 === true;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr${date1904 ? ' date1904="1"' : ''}/>
<sheets>
<sheet name="Semua Jenis" sheetId="1" r:id="rId1"/>
<sheet name="Tersembunyi" sheetId="2" state="hidden" r:id="rId2"/>
<sheet name="Sangat Tersembunyi" sheetId="3" state="veryHidden" r:id="rId3"/>
</sheets>
</workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`),
    'xl/styles.xml': strToU8(stylesXml()),
    'xl/sharedStrings.xml': strToU8(sharedStringsXml()),
    'xl/worksheets/sheet1.xml': strToU8(
      sheetXml(mainRows(date1904), '<mergeCells count="1"><mergeCell ref="A9:C10"/></mergeCells>'),
    ),
    'xl/worksheets/sheet2.xml': strToU8(
      sheetXml(`<row r="2"><c r="B2" s="${STYLE.time}"><v>0.75</v></c></row>`),
    ),
    'xl/worksheets/sheet3.xml': strToU8(sheetXml(`<row r="1"><c r="A1" t="s"><v>1</v></c></row>`)),
  };
  return zipSync(files, { level: 6 });
}
