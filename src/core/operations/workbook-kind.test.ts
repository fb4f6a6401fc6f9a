import { blankFormat, emptyWorkbook, newTracker } from './fixtures.test-helper';
import { classifyWorkbook } from './workbook-kind';

test('a tracker, a bagian format and a workbook of neither are told apart by one rule', () => {
  expect(classifyWorkbook(newTracker())).toEqual({ kind: 'tracker' });
  expect(classifyWorkbook(blankFormat())).toEqual({
    kind: 'format',
    format: {
      bagian: 'PMD',
      namaBagian: 'Seksi Pemberdayaan Masyarakat dan Desa',
      tahunLaporan: 2017,
      triwulanBerjalan: 4,
    },
  });
  expect(classifyWorkbook(emptyWorkbook())).toEqual({ kind: 'none', ownSheets: [] });
});

test("a user's own sheet named PK does not make a tracker; it is named", () => {
  const own = {
    sheets: [
      {
        name: 'PK',
        rows: [
          ['Nama pegawai', 'Jabatan'],
          ['Budi', 'Staf'],
        ],
      },
    ],
  };
  expect(classifyWorkbook(own)).toEqual({ kind: 'none', ownSheets: ['PK'] });
});
