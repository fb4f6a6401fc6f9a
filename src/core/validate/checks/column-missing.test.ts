import { buildContext } from '../context';
import { runCheck, toSnapshot, validTrackerData } from '../../../../test/support/tracker-fixtures';
import type { Finding } from '../../findings/finding';
import { describeFinding } from '../../findings/messages';
import { SCHEMAS } from '../../schema/registry';
import { validateTracker } from '../validate';
import { checkColumnMissing } from './column-missing';

function withHeader(sheet: string, change: (header: (string | null)[]) => void, tw = 4) {
  const data = validTrackerData();
  data.pengaturan.triwulanBerjalan = tw;
  const wb = toSnapshot(data);
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const header = [...(s.rows[0] ?? [])] as (string | null)[];
      change(header);
      return { name: s.name, rows: [header, ...s.rows.slice(1)] };
    }),
  };
}

describe('column/missing', () => {
  test('all headers present', () => {
    expect(runCheck(checkColumnMissing)).toEqual([]);
  });
  test('a required header that is not found is an error on the header row', () => {
    const wb = withHeader('PK', (h) => (h[6] = 'Target Tahunan'));
    expect(checkColumnMissing(buildContext(wb))).toEqual([
      {
        code: 'column/missing',
        severity: 'error',
        sheet: 'PK',
        row: 1,
        column: 'Target',
        detail: { problem: 'header' },
      },
    ]);
  });
  test('an optional header may be absent; a quarterly one only up to Triwulan Berjalan', () => {
    expect(checkColumnMissing(buildContext(withHeader('DPA', (h) => (h[11] = null))))).toEqual([]);
    const q4 = withHeader('Data Kinerja', (h) => (h[8] = null), 4);
    expect(checkColumnMissing(buildContext(q4))).toMatchObject([{ column: 'Realisasi TW IV' }]);
    const q2 = withHeader('Data Kinerja', (h) => (h[8] = null), 2);
    expect(checkColumnMissing(buildContext(q2))).toEqual([]);
  });
  test('Kode Induk of Cascading is a required header even though some rows may leave it empty', () => {
    expect(checkColumnMissing(buildContext(withHeader('Cascading', (h) => (h[1] = null))))).toMatchObject([
      { sheet: 'Cascading', column: 'Kode Induk' },
    ]);
  });
  test('a sheet with content but no recognisable header is one finding listing the required columns', () => {
    const wb = toSnapshot(validTrackerData());
    const broken = {
      sheets: wb.sheets.map((s) =>
        s.name === 'Bagian' ? { name: 'Bagian', rows: [['Daftar bagian kami'], ['PERKEU', 'Keuangan']] } : s,
      ),
    };
    expect(checkColumnMissing(buildContext(broken))).toEqual([
      {
        code: 'column/missing',
        severity: 'error',
        sheet: 'Bagian',
        detail: { problem: 'no-header', columns: ['Kode Bagian', 'Nama Bagian', 'Jenis'] },
      },
    ]);
  });
  test("a sheet in the user's own layout that shares two labels is one finding, not one per column or row", () => {
    const wb = toSnapshot(validTrackerData());
    const own = {
      sheets: wb.sheets.map((s) =>
        s.name === 'PK'
          ? {
              name: 'PK',
              rows: [
                ['No', 'Nama Pejabat', 'Indikator Kinerja', 'Target'],
                [1, 'Siti Aminah', 'Desa tertib administrasi', 'sembilan puluh'],
              ],
            }
          : s,
      ),
    };
    const pk = validateTracker(own).findings.filter((f) => f.sheet === 'PK');
    expect(pk).toEqual([
      {
        code: 'column/missing',
        severity: 'error',
        sheet: 'PK',
        detail: {
          problem: 'no-header',
          // The required headers only (Isian Realisasi is optional).
          columns: SCHEMAS.pk.columns.filter((c) => c.required === true).map((c) => c.label),
        },
      },
    ]);
    expect(describeFinding(pk[0] as Finding).saran).toMatch(
      /^Bila ini tabel Anda sendiri, ganti nama sheet-nya \(mis\. "PK Saya"\), jalankan "lakip init" agar sheet PK tracker dibuat, lalu salin datanya ke sana\./,
    );
  });
  test('a key–value sheet without one label of ours is one finding', () => {
    const wb = toSnapshot(validTrackerData());
    const own = {
      sheets: wb.sheets.map((s) =>
        s.name === 'Pengaturan' ? { name: 'Pengaturan', rows: [['Printer', 'Epson L3110']] } : s,
      ),
    };
    expect(checkColumnMissing(buildContext(own))).toEqual([
      {
        code: 'column/missing',
        severity: 'error',
        sheet: 'Pengaturan',
        detail: { problem: 'no-fields', columns: expect.arrayContaining(['Nama Unit Kerja']) as unknown },
      },
    ]);
  });
  test('a required key–value label absent from column A', () => {
    const wb = toSnapshot(validTrackerData());
    const kv = {
      sheets: wb.sheets.map((s) =>
        s.name === 'Pengaturan' ? { name: s.name, rows: s.rows.filter((r) => r[0] !== 'Kabupaten') } : s,
      ),
    };
    expect(checkColumnMissing(buildContext(kv))).toEqual([
      {
        code: 'column/missing',
        severity: 'error',
        sheet: 'Pengaturan',
        column: 'Kabupaten',
        detail: { problem: 'field' },
      },
    ]);
  });
});
