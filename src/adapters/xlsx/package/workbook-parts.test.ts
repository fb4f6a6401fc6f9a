import { readerOfParts, usersPackage } from '../../../../test/support/package-parts';
import { relsPartOf, resolveTarget, updateAppXml, WorkbookParts } from './workbook-parts';

test('relationship targets resolve against the source part', () => {
  expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
  expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/catatan.xml')).toBe('xl/worksheets/catatan.xml');
  expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe(
    'xl/drawings/drawing1.xml',
  );
  expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
});

test('sheets are found through workbook.xml and its relationships', () => {
  const book = new WorkbookParts(readerOfParts(usersPackage()));
  expect(book.sheets.map((s) => [s.name, s.part, s.state, s.index])).toEqual([
    ['Data Kinerja', 'xl/worksheets/catatan.xml', 'visible', 0],
    ['Lain', 'xl/worksheets/sheet9.xml', 'hidden', 1],
  ]);
  expect(book.date1904).toBe(false);
  expect(book.definedName('_xlnm.Print_Titles', 0)).toBeUndefined();
});

test('removing the calc chain drops the part, its relationship and its content type', () => {
  const book = new WorkbookParts(readerOfParts(usersPackage()));
  book.removeCalcChain();
  const changes = book.changes();
  expect([...changes.remove]).toEqual(['xl/calcChain.xml']);
  expect([...changes.set.keys()].sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
});

test('app.xml: new sheet names go after the worksheets, before named ranges; an unclear layout is left alone', () => {
  const sheets = [
    { name: 'A', created: false },
    { name: 'B & C', created: true },
  ] as unknown as Parameters<typeof updateAppXml>[1];
  const app =
    '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>A</vt:lpstr><vt:lpstr>Nama</vt:lpstr></vt:vector></TitlesOfParts></Properties>';
  expect(updateAppXml(app, sheets)).toBe(
    app
      .replace(
        '<vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Named',
        '<vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named',
      )
      .replace(
        '<vt:vector size="2" baseType="lpstr"><vt:lpstr>A</vt:lpstr>',
        '<vt:vector size="3" baseType="lpstr"><vt:lpstr>A</vt:lpstr><vt:lpstr>B &amp; C</vt:lpstr>',
      ),
  );
  expect(updateAppXml(app.replace('<vt:i4>1</vt:i4>', '<vt:i4>5</vt:i4>'), sheets)).toBeUndefined();
});
