/**
 * For tests only: a PackageReader over .xlsx bytes and the patched package zipped again, with
 * fflate (the zip half of the patching writer is written separately).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { PackageReader, PatchResult } from '../../src/adapters/xlsx/package/types';

export function readerOf(data: Uint8Array): PackageReader {
  const files = unzipSync(data);
  return { names: Object.keys(files), read: (name) => files[name] };
}

export function zipPatched(pkg: PackageReader, result: PatchResult): Buffer {
  const out: Zippable = {};
  const { set, remove } = result.changes;
  for (const name of pkg.names) {
    if (remove.has(name)) continue;
    const bytes = set.get(name) ?? pkg.read(name);
    if (bytes !== undefined) out[name] = bytes;
  }
  for (const [name, bytes] of set) if (!(name in out) && !remove.has(name)) out[name] = bytes;
  return Buffer.from(zipSync(out));
}

export function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Pieces of a user's sheet that the patch must keep byte for byte, written the way Excel writes them. */
export const KEPT = {
  sheetPr: '<sheetPr codeName="Sheet1"><outlinePr summaryBelow="0"/></sheetPr>',
  sheetViews:
    '<sheetViews><sheetView tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>',
  sheetFormatPr: '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>',
  sheetProtection:
    '<sheetProtection algorithmName="SHA-512" hashValue="abc=" saltValue="def=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
  conditionalFormatting:
    '<conditionalFormatting sqref="C1:C3"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
  pageMargins: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  pageSetup:
    '<pageSetup paperSize="5" scale="80" orientation="portrait" horizontalDpi="300" verticalDpi="300" r:id="rId2"/>',
  headerFooter: '<headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>',
  rowBreaks: '<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>',
  drawing: '<drawing r:id="rId1"/>',
  legacyDrawing: '<legacyDrawing r:id="rId3"/>',
  extLst:
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0001-0000-0000-000000000000}"><x14:dataBar minLength="0" maxLength="100"/></x14:cfRule><xm:sqref>C1:C3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst>',
} as const;

export const ROWS = {
  1: '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>5</v></c></row>',
  2: '<row r="2" spans="1:3" ht="20.25" customHeight="1" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>2</v></c><c r="B2" s="2"><v>45366</v></c><c r="C2" s="1"><f>C1*2</f><v>10</v></c></row>',
  3: '<row r="3" spans="1:3" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>3</v></c><c r="C3" s="1"><f>C2-C1</f><v>5</v></c></row>',
} as const;

/**
 * A user's workbook as Excel writes it, with what exceljs drops: a drawing, comments, printer
 * settings, a calc chain, x14 conditional formats, a manual page break, sheet protection — and
 * a worksheet part with a non-standard name (`xl/worksheets/catatan.xml`).
 */
export function usersPackage(): Map<string, string | Uint8Array> {
  const ws = (rows: string, extra = ''): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">${extra}`;
  const catatan =
    ws('') +
    KEPT.sheetPr +
    '<dimension ref="A1:C3"/>' +
    KEPT.sheetViews +
    KEPT.sheetFormatPr +
    '<cols><col min="1" max="3" width="12.7109375" customWidth="1"/></cols>' +
    `<sheetData>${ROWS[1]}${ROWS[2]}${ROWS[3]}</sheetData>` +
    KEPT.sheetProtection +
    '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>' +
    KEPT.conditionalFormatting +
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A1:A10 D1"><formula1>"Ya,Tidak"</formula1></dataValidation></dataValidations>' +
    KEPT.pageMargins +
    KEPT.pageSetup +
    KEPT.headerFooter +
    KEPT.rowBreaks +
    KEPT.drawing +
    KEPT.legacyDrawing +
    KEPT.extLst +
    '</worksheet>';
  const lain = `${ws('')}<dimension ref="A1"/><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  return new Map<string, string | Uint8Array>([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="${CT}.printerSettings"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/catatan.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet9.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/comments1.xml" ContentType="${CT}.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'docProps/app.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Lembar Kerja</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Rentang Bernama</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Data Kinerja</vt:lpstr><vt:lpstr>Lain</vt:lpstr><vt:lpstr>Target</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>',
    ],
    [
      'docProps/core.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Pengguna</dc:creator></cp:coreProperties>',
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20490" windowHeight="7650"/></bookViews><sheets><sheet name="Data Kinerja" sheetId="3" r:id="rId7"/><sheet name="Lain" sheetId="5" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="Target">'Data Kinerja'!$C$1:$C$3</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId7" Type="${REL}/worksheet" Target="worksheets/catatan.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet9.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\ mmmm\\ yyyy"/></numFmts><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
    ],
    [
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="4" uniqueCount="4"><si><t>Kode</t></si><si><t>Tanggal</t></si><si><t>IK-01</t></si><si><t>IK-02</t></si></sst>`,
    ],
    [
      'xl/calcChain.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="${MAIN}"><c r="C2" i="3"/><c r="C3"/></calcChain>`,
    ],
    ['xl/worksheets/catatan.xml', catatan],
    ['xl/worksheets/sheet9.xml', lain],
    [
      'xl/worksheets/_rels/catatan.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId4" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
    ],
    [
      'xl/drawings/drawing1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>',
    ],
    [
      'xl/drawings/vmlDrawing1.vml',
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>',
    ],
    [
      'xl/comments1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<comments xmlns="${MAIN}"><authors><author>Pengguna</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>catatan pengguna</t></r></text></comment></commentList></comments>`,
    ],
    ['xl/printerSettings/printerSettings1.bin', new Uint8Array([0, 1, 2, 3, 250, 251, 252])],
  ]);
}

/** A PackageReader over parts given as text or bytes. */
export function readerOfParts(parts: ReadonlyMap<string, string | Uint8Array>): PackageReader {
  const bytes = new Map(
    [...parts].map(([n, v]) => [n, typeof v === 'string' ? new TextEncoder().encode(v) : v]),
  );
  return { names: [...bytes.keys()], read: (name) => bytes.get(name) };
}
