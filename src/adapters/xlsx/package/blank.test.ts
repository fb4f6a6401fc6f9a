import ExcelJS from 'exceljs';
import { readSnapshotFromZip } from '../stream-read';
import { blankPackage } from './blank';
import { text, zipPatched } from '../../../../test/support/package-parts';
import { patchPackage } from './patch';

test('the blank package: the parts of an empty workbook, dated and signed', () => {
  const pkg = blankPackage({ now: new Date(Date.UTC(2018, 0, 8, 9, 0, 0)) });
  expect([...pkg.names].sort()).toEqual(
    [
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ].sort(),
  );
  const core = text(pkg.read('docProps/core.xml'));
  expect(core).toContain('<dc:creator>LAKIP Tracker</dc:creator>');
  expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2018-01-08T09:00:00Z</dcterms:created>');
  expect(pkg.read('xl/worksheets/sheet1.xml')).toBeUndefined();
});

test('a new file is the blank package patched with a plan that starts with ensureSheet', async () => {
  const pkg = blankPackage();
  const result = patchPackage(pkg, {
    notes: [],
    ops: [
      { op: 'ensureSheet', sheet: 'Data Kinerja', tabColor: '1F4E78' },
      { op: 'ensureSheet', sheet: 'Daftar', hidden: true },
      { op: 'setValues', sheet: 'Data Kinerja', row: 1, col: 1, values: [['Kode', 12]] },
    ],
  });
  expect(result.sheetsCreated).toEqual(['Data Kinerja', 'Daftar']);
  const zip = zipPatched(pkg, result);
  expect(await readSnapshotFromZip(zip)).toEqual({
    sheets: [
      { name: 'Data Kinerja', rows: [['Kode', 12]] },
      { name: 'Daftar', rows: [], hidden: true },
    ],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(zip as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  expect(wb.worksheets.map((w) => [w.name, w.state, w.properties.tabColor?.argb])).toEqual([
    ['Data Kinerja', 'visible', 'FF1F4E78'],
    ['Daftar', 'hidden', undefined],
  ]);
  expect(text(result.changes.set.get('docProps/app.xml'))).toContain(
    '<vt:vector size="2" baseType="lpstr"><vt:lpstr>Data Kinerja</vt:lpstr><vt:lpstr>Daftar</vt:lpstr></vt:vector>',
  );
});
