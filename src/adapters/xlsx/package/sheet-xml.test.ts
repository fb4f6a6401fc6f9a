import type { WriteOp, WritePlan } from '../../../core/plan/plan';
import { readSnapshotFromZip } from '../stream-read';
import { KEPT, ROWS, readerOfParts, text, usersPackage, zipPatched } from '../../../../test/support/package-parts';
import { patchPackage } from './patch';
import { SheetDoc } from './sheet-xml';

const plan = (...ops: WriteOp[]): WritePlan => ({ ops, notes: [] });
const SHEET = 'xl/worksheets/catatan.xml';

function patched(p: WritePlan) {
  const parts = usersPackage();
  const pkg = readerOfParts(parts);
  const result = patchPackage(pkg, p);
  return { parts, pkg, result, sheet: text(result.changes.set.get(SHEET)) };
}

describe('a sheet the plan writes into keeps everything else byte for byte', () => {
  const p = plan(
    {
      op: 'setValues',
      sheet: ' data kinerja ',
      row: 2,
      col: 2,
      values: [[{ kind: 'date', iso: '2024-12-31' }]],
    },
    { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 4, values: [['baru', 7]] },
    { op: 'setValues', sheet: 'Data Kinerja', row: 5, col: 2, values: [['tertutup gabungan']] },
    { op: 'setColumnWidths', sheet: 'Data Kinerja', widths: [{ col: 2, width: 30 }] },
    {
      op: 'listValidation',
      sheet: 'Data Kinerja',
      row: 4,
      col: 1,
      rows: 2,
      cols: 1,
      source: { values: ['Belum', 'Selesai'] },
      allowBlank: true,
    },
  );
  const { parts, pkg, result, sheet } = patched(p);

  test('the sheet is found through workbook.xml and its rels, whatever its part is called', () => {
    expect(result.sheetsChanged).toEqual(['Data Kinerja']);
    expect(result.sheetsCreated).toEqual([]);
  });

  test('only the sheet and the calc chain bookkeeping change (the date keeps its cell’s own format)', () => {
    expect([...result.changes.set.keys()].sort()).toEqual(
      ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', SHEET].sort(),
    );
    expect([...result.changes.remove]).toEqual(['xl/calcChain.xml']);
    expect(text(result.changes.set.get('xl/_rels/workbook.xml.rels'))).not.toContain('calcChain');
    expect(text(result.changes.set.get('[Content_Types].xml'))).not.toContain('calcChain');
    expect(text(result.changes.set.get('[Content_Types].xml'))).toBe(
      (parts.get('[Content_Types].xml') as string).replace(
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
        '',
      ),
    );
  });

  test('unknown and unmanaged XML is kept exactly, in place', () => {
    for (const [name, kept] of Object.entries(KEPT))
      expect([name, sheet.includes(kept)]).toEqual([name, true]);
    const order = Object.values(KEPT).map((k) => sheet.indexOf(k));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('untouched rows are byte-exact; in a changed row the other cells are too', () => {
    expect(sheet).toContain(ROWS[1]);
    expect(sheet).toContain(ROWS[3]);
    expect(sheet).toContain('<c r="A2" t="s"><v>2</v></c>');
    expect(sheet).toContain('<c r="C2" s="1"><f>C1*2</f><v>10</v></c>');
    // the cell written keeps its own date format (style 2): no new style for it
    expect(sheet).toContain('<c r="B2" s="2"><v>45657</v></c>');
    expect(sheet).toContain(
      '<row r="2" spans="1:3" ht="20.25" customHeight="1" x14ac:dyDescent="0.25"><c r="A2"',
    );
  });

  test('new rows in order, new cells as inline strings; a value for a merged-over cell is ignored', () => {
    expect(sheet).toContain(
      `${ROWS[3]}<row r="6"><c r="D6" t="inlineStr"><is><t>baru</t></is></c><c r="E6"><v>7</v></c></row></sheetData>`,
    );
    expect(sheet).not.toContain('tertutup gabungan');
  });

  test('the used range grows; widths split the <col> range; the validation goes in schema order', () => {
    expect(sheet).toContain('<dimension ref="A1:E6"/>');
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="12.7109375" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="3" max="3" width="12.7109375" customWidth="1"/></cols>',
    );
    expect(sheet).toContain(
      `${KEPT.conditionalFormatting}<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A1:A3 A6:A10 D1"><formula1>"Ya,Tidak"</formula1></dataValidation><dataValidation type="list" allowBlank="1" showErrorMessage="1" error="Pilih salah satu nilai dari daftar." sqref="A4:A5"><formula1>"Belum,Selesai"</formula1></dataValidation></dataValidations>${KEPT.pageMargins}`,
    );
  });

  test('parts not written are copied: shared strings, drawings, comments, printer settings, the other sheet', () => {
    for (const name of [
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet9.xml',
      'xl/workbook.xml',
      'docProps/app.xml',
      'xl/worksheets/_rels/catatan.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/comments1.xml',
      'xl/printerSettings/printerSettings1.bin',
    ]) {
      expect([name, result.changes.set.has(name)]).toEqual([name, false]);
    }
  });

  // exceljs's reader only finds worksheets named sheetN.xml; the parity tests cover it
  test('the streaming reader reads the result', async () => {
    const zip = zipPatched(pkg, result);
    const expected = [
      ['Kode', 'Tanggal', 5],
      ['IK-01', { kind: 'date', iso: '2024-12-31' }, 10],
      ['IK-02', null, 5],
      [],
      [],
      [null, null, null, 'baru', 7],
    ];
    expect((await readSnapshotFromZip(zip)).sheets[0]).toEqual({ name: 'Data Kinerja', rows: expected });
  });
});

describe('other operations on a user sheet', () => {
  test('styles: existing indices stay, new ones are appended with their counts', () => {
    const { result, parts } = patched(
      plan(
        {
          op: 'setStyle',
          sheet: 'Data Kinerja',
          row: 1,
          col: 3,
          rows: 1,
          cols: 1,
          style: { bold: false, fill: 'FFFF00' },
        },
        { op: 'setNumberFormat', sheet: 'Data Kinerja', row: 3, col: 1, rows: 1, cols: 1, format: '0.000' },
      ),
    );
    const before = parts.get('xl/styles.xml') as string;
    const after = text(result.changes.set.get('xl/styles.xml'));
    // every original xf, font and fill is still there at its index
    const xfs = (s: string): string[] =>
      s.slice(s.indexOf('<cellXfs')).match(/<xf [^>]*\/>|<xf [^>]*>.*?<\/xf>/g) ?? [];
    expect(xfs(after).slice(0, 3)).toEqual(xfs(before));
    expect(xfs(after)).toHaveLength(5);
    expect(after).toContain('<cellXfs count="5">');
    expect(after).toContain('<fonts count="3" x14ac:knownFonts="1">');
    expect(after).toContain('<fills count="3">');
    expect(after).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\ mmmm\\ yyyy"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>',
    );
    // the red bold font 1 copied without bold, the rest of it kept
    expect(after).toContain(
      '<font><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>',
    );
    expect(after).toContain(
      '<xf numFmtId="4" fontId="2" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>',
    );
    expect(after).toContain(
      '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    // the dxfs (conditional formats' styles) are untouched
    expect(after).toContain('<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>');
    const sheet = text(result.changes.set.get(SHEET));
    expect(sheet).toContain('<c r="C1" s="3"><v>5</v></c>');
    expect(sheet).toContain('<c r="A3" t="s" s="4"><v>3</v></c>');
    // style-only changes do not drop the calc chain
    expect(result.changes.remove.size).toBe(0);
  });

  test('protectSheet replaces the sheet protection; pageSetup keeps the printer settings link and unnamed attributes', () => {
    const { sheet, result } = patched(
      plan(
        {
          op: 'pageSetup',
          sheet: 'Data Kinerja',
          orientation: 'landscape',
          paperSize: 'A4',
          fitToWidth: true,
          printTitleRows: { from: 1, to: 2 },
        },
        { op: 'protectSheet', sheet: 'Data Kinerja', unlocked: [] },
        { op: 'freezePanes', sheet: 'Data Kinerja', rows: 1, cols: 1 },
        { op: 'autoFilter', sheet: 'Data Kinerja', row: 1, col: 1, rows: 3, cols: 3 },
      ),
    );
    expect(sheet).toContain(
      '<pageSetup paperSize="9" scale="80" orientation="landscape" horizontalDpi="300" verticalDpi="300" r:id="rId2" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain(
      '<sheetPr codeName="Sheet1"><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>',
    );
    expect(sheet).toContain(
      '<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/><autoFilter ref="A1:C3"/><mergeCells',
    );
    expect(sheet).toContain(
      '<sheetView tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="B2" sqref="B2"/></sheetView>',
    );
    const book = text(result.changes.set.get('xl/workbook.xml'));
    expect(book).toContain(
      `<definedNames><definedName name="Target">'Data Kinerja'!$C$1:$C$3</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'Data Kinerja'!$1:$2</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Data Kinerja'!$A$1:$C$3</definedName></definedNames>`,
    );
    expect(result.changes.remove.size).toBe(0);
  });

  test('clearSheet empties cells, merges, validations, conditional formats; keeps the drawing, comments and page frame', async () => {
    const { sheet, result, pkg } = patched(
      plan(
        { op: 'clearSheet', sheet: 'Data Kinerja' },
        { op: 'setValues', sheet: 'Data Kinerja', row: 1, col: 1, values: [['Temuan']] },
      ),
    );
    for (const gone of [
      '<sheetViews',
      '<cols',
      'sheetProtection',
      '<mergeCells',
      'conditionalFormatting',
      'dataValidations',
      'x14:conditionalFormattings',
      'rowBreaks',
      '<pageSetup',
      'IK-01',
    ]) {
      expect([gone, sheet.includes(gone)]).toEqual([gone, false]);
    }
    for (const kept of [
      KEPT.sheetPr,
      KEPT.sheetFormatPr,
      KEPT.pageMargins,
      KEPT.headerFooter,
      KEPT.drawing,
      KEPT.legacyDrawing,
      'x14:sparklineGroups',
    ]) {
      expect([kept, sheet.includes(kept)]).toEqual([kept, true]);
    }
    expect(sheet).toContain('<dimension ref="A1"/>');
    expect(sheet).toContain(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Temuan</t></is></c></row></sheetData>',
    );
    expect((await readSnapshotFromZip(zipPatched(pkg, result))).sheets[0]).toEqual({
      name: 'Data Kinerja',
      rows: [['Temuan']],
    });
  });

  test('a new sheet goes after the others, named in app.xml, without touching the hidden one', () => {
    const { result } = patched(
      plan(
        { op: 'ensureSheet', sheet: 'Temuan', tabColor: 'C00000' },
        { op: 'ensureSheet', sheet: 'lain', hidden: false },
      ),
    );
    expect(result.sheetsCreated).toEqual(['Temuan']);
    const book = text(result.changes.set.get('xl/workbook.xml'));
    expect(book).toContain(
      '<sheets><sheet name="Data Kinerja" sheetId="3" r:id="rId7"/><sheet name="Lain" sheetId="5" r:id="rId2"/><sheet name="Temuan" sheetId="6" r:id="rId6"/></sheets>',
    );
    expect(text(result.changes.set.get('xl/_rels/workbook.xml.rels'))).toContain(
      '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>',
    );
    expect(text(result.changes.set.get('xl/worksheets/sheet3.xml'))).toContain(
      '<sheetPr><tabColor rgb="FFC00000"/></sheetPr>',
    );
    const app = text(result.changes.set.get('docProps/app.xml'));
    expect(app).toContain('<vt:i4>3</vt:i4>');
    expect(app).toContain(
      '<vt:vector size="4" baseType="lpstr"><vt:lpstr>Data Kinerja</vt:lpstr><vt:lpstr>Lain</vt:lpstr><vt:lpstr>Temuan</vt:lpstr><vt:lpstr>Target</vt:lpstr></vt:vector>',
    );
    expect(result.changes.set.has(SHEET)).toBe(false);
    expect(result.changes.remove.size).toBe(0);
  });
});

describe('namespaces as found', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

  test('a main namespace with a prefix (x:) is written with the same prefix', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const parts = usersPackage();
    parts.set('xl/worksheets/sheet9.xml', xml);
    const result = patchPackage(
      readerOfParts(parts),
      plan(
        { op: 'setValues', sheet: 'Lain', row: 1, col: 2, values: [['b']] },
        { op: 'mergeCells', sheet: 'Lain', row: 3, col: 1, rows: 1, cols: 2 },
      ),
    );
    expect(text(result.changes.set.get('xl/worksheets/sheet9.xml'))).toBe(
      `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="B3"/></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>`,
    );
  });

  test('Strict Open XML is refused with one sentence', () => {
    const xml = '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData/></worksheet>';
    expect(() => new SheetDoc(xml, { part: 'xl/worksheets/sheet1.xml', sheet: 'A' })).toThrow(
      expect.objectContaining({ code: 'file/not-xlsx' }) as Error,
    );
  });

  test('rows and cells without r are numbered in order; a new row between them gets its number', () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>`;
    const parts = usersPackage();
    parts.set('xl/worksheets/sheet9.xml', xml);
    const result = patchPackage(
      readerOfParts(parts),
      plan({ op: 'setValues', sheet: 'Lain', row: 1, col: 3, values: [[9]] }),
    );
    expect(text(result.changes.set.get('xl/worksheets/sheet9.xml'))).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>9</v></c></row><row r="2"><c><v>3</v></c></row></sheetData></worksheet>`,
    );
  });
});

describe('shared formulas', () => {
  test('overwriting the master cell gives every other cell of the group its own formula', () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rows = [1, 2, 3, 4]
      .map((r) =>
        r === 1
          ? `<row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C4" si="0">A1*2&amp;"x"</f><v>2</v></c></row>`
          : `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="C${r}" t="str"><f t="shared" si="0"/><v>${r * 2}x</v></c></row>`,
      )
      .join('');
    const parts = usersPackage();
    parts.set(
      'xl/worksheets/sheet9.xml',
      `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
    );
    const result = patchPackage(
      readerOfParts(parts),
      plan({ op: 'setValues', sheet: 'Lain', row: 1, col: 3, values: [['teks']] }),
    );
    const out = text(result.changes.set.get('xl/worksheets/sheet9.xml'));
    expect(out).toContain('<c r="C1" t="inlineStr"><is><t>teks</t></is></c>');
    expect(out).toContain('<c r="C2" t="str"><f>A2*2&amp;"x"</f><v>4x</v></c>');
    expect(out).toContain('<c r="C4" t="str"><f>A4*2&amp;"x"</f><v>8x</v></c>');
    expect(out).not.toContain('t="shared"');
  });
});

describe('a large sheet', () => {
  test('300,000 rows: one row changed, one added; every other row copied in one piece', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 300_000; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>baris ${r}</t></is></c></row>`,
      );
    const body = rows.join('');
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
    const parts = usersPackage();
    parts.set('xl/worksheets/sheet9.xml', xml);
    const result = patchPackage(
      readerOfParts(parts),
      plan(
        { op: 'setValues', sheet: 'Lain', row: 150_000, col: 3, values: [['baru']] },
        { op: 'setValues', sheet: 'Lain', row: 300_001, col: 1, values: [[1]] },
      ),
    );
    const out = text(result.changes.set.get('xl/worksheets/sheet9.xml'));
    const changedRow = `<row r="150000"><c r="A150000"><v>150000</v></c><c r="B150000" t="inlineStr"><is><t>baris 150000</t></is></c><c r="C150000" t="inlineStr"><is><t>baru</t></is></c></row>`;
    const at = body.indexOf('<row r="150000">');
    const next = body.indexOf('<row r="150001">');
    expect(out).toBe(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.slice(0, at)}${changedRow}${body.slice(next)}<row r="300001"><c r="A300001"><v>1</v></c></row></sheetData></worksheet>`,
    );
  });
});
