import { safeFileName, stampedFileName } from './download';

describe('download names', () => {
  const at = new Date(2026, 11, 2, 14, 5, 31);

  test('the tracker is downloaded with the date and time, not as "tracker (1).xlsx"', () => {
    expect(stampedFileName('tracker-2017.xlsx', at)).toBe('tracker-2017 2026-12-02 14.05.xlsx');
    expect(stampedFileName('Tracker LAKIP', at)).toBe('Tracker LAKIP 2026-12-02 14.05.xlsx');
  });

  test('a file downloaded earlier and opened again gets a new stamp, not a second one', () => {
    expect(stampedFileName('tracker-2017 2026-11-30 09.10.xlsx', at)).toBe(
      'tracker-2017 2026-12-02 14.05.xlsx',
    );
    expect(stampedFileName('tracker-2017 2026-11-30 09.10 (2).xlsx', at)).toBe(
      'tracker-2017 2026-12-02 14.05.xlsx',
    );
    expect(stampedFileName('tracker (1).xlsx', at)).toBe('tracker 2026-12-02 14.05.xlsx');
  });

  test('other extensions, and names a file system refuses', () => {
    expect(stampedFileName('Laporan: 2017?', at, '.docx')).toBe('Laporan 2017 2026-12-02 14.05.docx');
    expect(safeFileName('Tabel LAKIP: 2017?')).toBe('Tabel LAKIP 2017.xlsx');
  });
});
