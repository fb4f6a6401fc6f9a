/**
 * The package scan refuses, in one sentence naming the sheet and the cell or range, what would
 * make a parser allocate without bound although the zip directory looks harmless: a merge or a
 * defined name over a whole sheet, a huge sheetId, a row or column beyond Excel's grid, too
 * many cells. Packages are built here, stored and deflated.
 */
import { deflateSync } from 'fflate';
import { buildZip, type ZipEntrySpec } from '../../../test/fixtures/hostile/build';
import { LakipError } from '../errors';
import { assertPackageScan, scanWorkbookBytes, PackageBudget, type PackageLimits } from './package-scan';

const enc = new TextEncoder();

function workbookXml(sheets: readonly { name: string; sheetId?: string }[], definedNames = ''): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
    sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId ?? i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    `</sheets>${definedNames === '' ? '' : `<definedNames>${definedNames}</definedNames>`}</workbook>`
  );
}

function relsXml(count: number): string {
  let rels = '';
  for (let i = 1; i <= count; i++) {
    rels += `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  }
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

function sheetXml(body: string, extra = ''): string {
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

/** A package; `deflate` compresses its parts (raw deflate, as in a real .xlsx). */
function pkg(
  sheets: readonly { name: string; xml: string; sheetId?: string }[],
  opts: { definedNames?: string; deflate?: boolean } = {},
): Uint8Array {
  const part = (name: string, text: string): ZipEntrySpec =>
    opts.deflate === true
      ? {
          name,
          data: deflateSync(enc.encode(text)),
          declared: { uncompressed: enc.encode(text).length },
          method: 8,
        }
      : { name, data: text };
  return buildZip([
    part('[Content_Types].xml', '<Types/>'),
    part('xl/workbook.xml', workbookXml(sheets, opts.definedNames)),
    part('xl/_rels/workbook.xml.rels', relsXml(sheets.length)),
    ...sheets.map((s, i) => part(`xl/worksheets/sheet${i + 1}.xml`, s.xml)),
  ]);
}

function rows(n: number, cols: number): string {
  let out = '';
  for (let r = 1; r <= n; r++) {
    out += `<row r="${r}">`;
    for (let c = 0; c < cols; c++) out += `<c r="${String.fromCharCode(65 + c)}${r}" t="n"><v>${r}</v></c>`;
    out += '</row>';
  }
  return out;
}

function refusal(bytes: Uint8Array, limits: Partial<PackageLimits> = {}): string {
  const v = scanWorkbookBytes(bytes, 'bom.xlsx', limits);
  if (v.ok) throw new Error('the scan passed it');
  expect(v.code).toBe('file/too-large');
  return v.userMessage;
}

const ok = pkg([
  {
    name: 'Data Kinerja',
    xml: sheetXml(rows(50, 6), '<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>'),
  },
]);

describe('scanPackage', () => {
  test.each([false, true])('passes an ordinary workbook (deflated: %s) and counts its cells', (deflate) => {
    const bytes = pkg(
      [
        {
          name: 'Data Kinerja',
          xml: sheetXml(rows(50, 6), '<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>'),
        },
      ],
      { deflate },
    );
    expect(scanWorkbookBytes(bytes)).toEqual({
      ok: true,
      cells: 300,
      mergedCells: 6,
      gridCells: 350,
      sheets: 1,
    });
  });

  test('the merge bomb: E30:XFD1048576, named by sheet and range, with what to do', () => {
    const bytes = pkg(
      [
        { name: 'Bagian', xml: sheetXml(rows(3, 2)) },
        {
          name: 'Pengaturan',
          xml: sheetXml(rows(30, 5), '<mergeCells count="1"><mergeCell ref="E30:XFD1048576"/></mergeCells>'),
        },
      ],
      { deflate: true },
    );
    expect(refusal(bytes)).toBe(
      'Lembar "Pengaturan" pada file "bom.xlsx" berisi gabungan sel E30:XFD1048576 yang mencakup 17.175.199.860 sel (batas 1.000.000 sel dalam gabungan per lembar), yang akan menghabiskan memori; buka di Excel, hapus gabungan sel itu (Beranda > Gabungkan & Tengahkan > Pisahkan Sel), simpan lalu coba lagi.',
    );
  });

  test('merges add up per sheet', () => {
    const merges = Array.from(
      { length: 11 },
      (_, i) => `<mergeCell ref="A${i * 100 + 1}:J${i * 100 + 100}"/>`,
    ).join('');
    expect(
      refusal(pkg([{ name: 'S', xml: sheetXml('', `<mergeCells>${merges}</mergeCells>`) }]), {
        maxMergedCellsPerSheet: 10_000,
      }),
    ).toMatch(
      /^Lembar "S" pada file "bom.xlsx" berisi gabungan sel A1001:J1100 yang mencakup 1.000 sel \(batas 10.000 sel/,
    );
  });

  test('the defined-name bomb: Pengaturan!$A$1:$XFD$1048576', () => {
    const bytes = pkg([{ name: 'Pengaturan', xml: sheetXml(rows(2, 2)) }], {
      definedNames: '<definedName name="Daftar">Pengaturan!$A$1:$XFD$1048576</definedName>',
    });
    expect(refusal(bytes)).toBe(
      'File "bom.xlsx" memiliki nama rentang "Daftar" yang menunjuk Pengaturan!$A$1:$XFD$1048576 (17.179.869.184 sel, sedangkan batas semua nama rentang bersama-sama 2.000.000 sel) sehingga tidak dapat dibuka dengan aman; buka di Excel, hapus atau perkecil nama itu (Rumus > Pengelola Nama), simpan lalu coba lagi.',
    );
  });

  test('print areas, print titles and whole-column names pass (exceljs keeps them as text); beyond the grid does not', () => {
    const names =
      '<definedName name="_xlnm.Print_Area" localSheetId="0">\'Data Kinerja\'!$A$1:$XFD$1048576</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Data Kinerja\'!$1:$3</definedName>' +
      "<definedName name=\"Kolom\">'Data Kinerja'!$A:$D,'Data Kinerja'!$F$1:$F$20</definedName>";
    expect(
      scanWorkbookBytes(pkg([{ name: 'Data Kinerja', xml: sheetXml(rows(2, 2)) }], { definedNames: names }))
        .ok,
    ).toBe(true);
    expect(
      refusal(
        pkg([{ name: 'S', xml: sheetXml('') }], {
          definedNames: '<definedName name="X">S!$A$1:$A$2000000</definedName>',
        }),
      ),
    ).toMatch(
      /nama rentang "X" yang menunjuk S!\$A\$1:\$A\$2000000 \(di luar batas Excel \(1.048.576 baris, 16.384 kolom sampai XFD\)\)/,
    );
  });

  test('sheetId 2000000000', () => {
    expect(refusal(pkg([{ name: 'Identitas', xml: sheetXml(''), sheetId: '2000000000' }]))).toBe(
      'Lembar "Identitas" pada file "bom.xlsx" bernomor internal (sheetId) 2000000000, di luar batas 65.534 sehingga file ini tidak dapat dibuka dengan aman; buka di Excel, salin lembar-lembarnya ke buku kerja baru (klik kanan tab lembar > Pindahkan atau Salin), simpan lalu coba lagi.',
    );
    expect(scanWorkbookBytes(pkg([{ name: 'Identitas', xml: sheetXml(''), sheetId: '65534' }])).ok).toBe(
      true,
    );
  });

  test('a row 300,000,000', () => {
    expect(
      refusal(
        pkg([
          { name: 'Data Kinerja', xml: sheetXml('<row r="300000000"><c r="A300000000"><v>1</v></c></row>') },
        ]),
      ),
    ).toBe(
      'Lembar "Data Kinerja" pada file "bom.xlsx" berisi baris 300000000, di luar batas Excel (1.048.576 baris, 16.384 kolom sampai XFD), tanda file rusak atau tidak dibuat oleh Excel; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
    );
    // the cell's own reference is checked too, row element or not
    expect(
      refusal(pkg([{ name: 'D', xml: sheetXml('<row r="1"><c r="B300000000"><v>1</v></c></row>') }])),
    ).toMatch(/^Lembar "D" pada file "bom.xlsx" berisi sel B300000000, di luar batas Excel/);
  });

  test('a column ZZZZZZ', () => {
    expect(
      refusal(
        pkg([{ name: 'Renstra', xml: sheetXml('<row r="5"><c r="ZZZZZZ5" t="n"><v>1</v></c></row>') }], {
          deflate: true,
        }),
      ),
    ).toBe(
      'Lembar "Renstra" pada file "bom.xlsx" berisi sel ZZZZZZ5, di luar batas Excel (1.048.576 baris, 16.384 kolom sampai XFD), tanda file rusak atau tidak dibuat oleh Excel; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
    );
    expect(
      scanWorkbookBytes(pkg([{ name: 'R', xml: sheetXml('<row r="5"><c r="XFD5"><v>1</v></c></row>') }])).ok,
    ).toBe(true);
  });

  test('a reference written with entities is read as a parser reads it', () => {
    expect(
      refusal(pkg([{ name: 'R', xml: sheetXml('<row r="5"><c r="&#90;ZZ5"><v>1</v></c></row>') }])),
    ).toMatch(/berisi sel ZZZ5/);
  });

  test('a picture anchored beyond the grid (exceljs makes a column object for every column up to it)', () => {
    const drawing = (col: string): ZipEntrySpec => ({
      name: 'xl/drawings/drawing1.xml',
      data: `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:row>9</xdr:row></xdr:to></xdr:twoCellAnchor></xdr:wsDr>`,
    });
    const withDrawing = (col: string): Uint8Array =>
      buildZip([
        { name: 'xl/workbook.xml', data: workbookXml([{ name: 'S' }]) },
        { name: 'xl/worksheets/sheet1.xml', data: sheetXml('') },
        drawing(col),
      ]);
    expect(scanWorkbookBytes(withDrawing('2')).ok).toBe(true);
    expect(refusal(withDrawing('300000000'))).toBe(
      'File "bom.xlsx" berisi gambar atau objek yang ditambatkan di kolom ke-300.000.001, di luar batas Excel (1.048.576 baris, 16.384 kolom sampai XFD), tanda file rusak atau tidak dibuat oleh Excel; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
    );
  });

  test('a column range beyond XFD, a dimension beyond the grid; a dimension merely larger than the data passes', () => {
    expect(
      refusal(
        pkg([
          {
            name: 'R',
            xml: '<worksheet><cols><col min="1" max="2000000000" width="9"/></cols><sheetData/></worksheet>',
          },
        ]),
      ),
    ).toMatch(/berisi pengaturan kolom sampai kolom ke-2.000.000.000, di luar batas Excel/);
    expect(
      refusal(pkg([{ name: 'R', xml: '<worksheet><dimension ref="A1:A2000000"/><sheetData/></worksheet>' }])),
    ).toMatch(/berisi rentang A1:A2000000/);
    expect(
      scanWorkbookBytes(
        pkg([{ name: 'R', xml: '<worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>' }]),
      ).ok,
    ).toBe(true);
  });

  test('too many cells, across sheets (a small limit), and a realistic 240,000-cell sheet passes the default', () => {
    const bytes = pkg([
      { name: 'Satu', xml: sheetXml(rows(100, 6)) },
      { name: 'Dua', xml: sheetXml(rows(100, 6)) },
    ]);
    expect(refusal(bytes, { maxCells: 1000 })).toBe(
      'File "bom.xlsx" berisi lebih dari 1.000 sel (termasuk sel dalam gabungan; batas itu terlampaui di lembar "Dua"), lebih banyak daripada yang dapat diolah dengan aman; hapus lembar atau baris yang tidak diperlukan, atau bagi datanya ke beberapa file, lalu coba lagi.',
    );
    expect(scanWorkbookBytes(bytes, 'x', { maxCells: 1200 }).ok).toBe(true);
    const big = pkg([{ name: 'Data Kinerja', xml: sheetXml(rows(20_000, 12)) }]);
    expect(scanWorkbookBytes(big)).toMatchObject({ ok: true, cells: 240_000 });
  });

  test('a lone value far down and right counts the rows and cells a reader would hold', () => {
    const bytes = pkg([
      { name: 'S', xml: sheetXml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') },
    ]);
    expect(refusal(bytes, { maxGridCells: 1_000_000 })).toBe(
      'File "bom.xlsx" terlalu panjang atau lebar untuk diolah dengan aman: sampai baris 1.048.576 di lembar "S" isinya (sel terisi maupun kosong di sela-selanya) melewati 1.000.000 sel; hapus baris dan kolom kosong di bawah atau di kanan data (atau data yang tidak diperlukan), simpan lalu coba lagi.',
    );
    expect(scanWorkbookBytes(bytes)).toMatchObject({ ok: true, gridCells: 1_048_576 + 16_384 });
  });

  test('tags cut across inflate pushes are read whole (a 1 MB sheet, deflated)', () => {
    const body = rows(4000, 10) + '<row r="4001"><c r="AAAAA4001"><v>1</v></c></row>';
    expect(refusal(pkg([{ name: 'Besar', xml: sheetXml(body) }], { deflate: true }))).toMatch(
      /^Lembar "Besar" pada file "bom.xlsx" berisi sel AAAAA4001/,
    );
  });

  test('an absurdly long tag (cut across pushes) is refused as damaged, not held', () => {
    const xml = sheetXml(`<row r="1"><c r="A1" x="${'y'.repeat(100_000)}"><v>1</v></c></row>`);
    const v = scanWorkbookBytes(pkg([{ name: 'S', xml }]), 'bom.xlsx', { maxTagBytes: 1000 });
    expect(v).toEqual({
      ok: false,
      code: 'file/damaged',
      userMessage:
        'Lembar "S" pada file "bom.xlsx" rusak atau tidak lengkap (berisi tag XML yang panjangnya lebih dari 1.000 byte) sehingga tidak dapat dibaca; minta salinan baru dari pengirimnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
    });
  });

  test('a part whose deflate data is broken is damaged', () => {
    const bytes = buildZip([
      {
        name: 'xl/workbook.xml',
        data: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
        method: 8,
        declared: { uncompressed: 100 },
      },
    ]);
    expect(scanWorkbookBytes(bytes)).toMatchObject({ ok: false, code: 'file/damaged' });
  });

  test('assertPackageScan throws the sentence as a LakipError', () => {
    expect(() =>
      assertPackageScan(pkg([{ name: 'S', xml: sheetXml(''), sheetId: '99999999' }]), 'a.xlsx'),
    ).toThrow(LakipError);
    expect(assertPackageScan(ok).cells).toBe(300);
  });
});

describe('PackageBudget (shared with the streaming reader)', () => {
  test('rows without r follow the last one; cells without r the last column', () => {
    const b = new PackageBudget({}, 'x.xlsx');
    b.startSheet('S');
    b.row('1048575');
    b.row(undefined);
    b.cell(undefined, undefined);
    b.cell(16_384, undefined);
    expect(() => b.cell(undefined, undefined)).toThrow(/berisi sel XFE1048576, di luar batas Excel/);
    expect(() => b.row(undefined)).toThrow(/berisi baris 1.048.577/);
  });
});
