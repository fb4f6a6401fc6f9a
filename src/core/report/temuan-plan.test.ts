import { isLinkValue, sheetsTouched, type WriteOp } from '../plan/plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { rowOf, toSnapshot, validTrackerData } from '../validate/test-fixtures';
import { validateTracker, type ValidationResult } from '../validate/validate';
import { buildTemuanPlan, SEVERITY_STYLE, TEMUAN_HEADER } from './temuan-plan';

function result(): ValidationResult {
  const data = validTrackerData();
  rowOf(data, 'bagian', 0).jenis = 'Bidang'; // error Bagian!C2
  rowOf(data, 'lkjip', 0).realisasi = '82'; // warning LKjIP!F2
  rowOf(data, 'pk', 0).sasaran = null; // error PK!B2
  return validateTracker(toSnapshot(data, ['skTim']));
}

const ops = <K extends WriteOp['op']>(plan: { ops: readonly WriteOp[] }, op: K) =>
  plan.ops.filter((o): o is Extract<WriteOp, { op: K }> => o.op === op);

describe('buildTemuanPlan', () => {
  test('touches the Temuan sheet only, and rebuilds it (ensure, then clear)', () => {
    const plan = buildTemuanPlan(result(), 'Kecamatan Contoh', 2017);
    expect(sheetsTouched(plan)).toEqual(['Temuan']);
    expect(plan.ops.slice(0, 2)).toEqual([
      { op: 'ensureSheet', sheet: 'Temuan', tabColor: 'C00000' },
      { op: 'clearSheet', sheet: 'Temuan' },
    ]);
  });

  test('title, summary, header and one row per finding with a link to the cell', () => {
    const r = result();
    const wb = applyPlanToSnapshot(
      { sheets: [{ name: 'Temuan', rows: [['laporan lama']] }] },
      buildTemuanPlan(r, 'Kecamatan Contoh', 2017),
    );
    const rows = wb.sheets.find((s) => s.name === 'Temuan')?.rows ?? [];
    expect(rows[0]).toEqual(['Temuan Validasi Tracker']);
    expect(rows[1]).toEqual(['Kecamatan Contoh · Tahun Laporan 2017']);
    expect(rows[2]?.[0]).toMatch(
      /^3 galat, 1 peringatan \(4 temuan\)\. Kelengkapan isian wajib: \d+,\d\d% \(/,
    );
    expect(rows[4]).toEqual([...TEMUAN_HEADER]);
    expect(rows.slice(5).map((r) => r.slice(0, 6))).toEqual([
      [1, 'Galat', 'cell/choice', 'Bagian', 'C2', 'Jenis'],
      [2, 'Galat', 'sheet/missing', 'SK Tim SAKIP', '—', null],
      [3, 'Galat', 'cell/required', 'PK', 'B2', 'Sasaran Strategis'],
      [4, 'Peringatan', 'cell/number-as-text', 'LKjIP', 'F2', 'Realisasi'],
    ]);
    expect(rows[5]?.[6]).toBe('Bagian!C2: “Bidang” bukan pilihan yang dikenal untuk Jenis.');
    expect(rows[5]?.[7]).toMatch(/^Pilih salah satu dari/);
  });

  test('Sel links to the cell, to the row, or to the sheet’s A1', () => {
    const r = validateTracker({ sheets: [{ name: 'PK', rows: [['Kode Indikator', 'Sasaran Strategis']] }] });
    const plan = buildTemuanPlan(
      {
        ...r,
        findings: [...r.findings, { code: 'doc/missing', severity: 'warning', sheet: 'Dokumen', row: 9 }],
      },
      '',
      null,
    );
    const body = ops(plan, 'setValues').find((o) => o.row === 6)?.values ?? [];
    const links = body.map((row) => row[4]).filter(isLinkValue);
    expect(links).toContainEqual({ kind: 'link', text: 'baris 9', sheet: 'Dokumen', cell: 'A9' });
    expect(links).toContainEqual({ kind: 'link', text: 'baris 1', sheet: 'PK', cell: 'A1' });
    const sheetLevel = buildTemuanPlan(
      { ...r, findings: [{ code: 'sop/incomplete', severity: 'warning', sheet: 'SOP' }] },
      '',
      null,
    );
    expect(ops(sheetLevel, 'setValues').find((o) => o.row === 6)?.values[0]?.[4]).toEqual({
      kind: 'link',
      text: 'buka sheet',
      sheet: 'SOP',
      cell: 'A1',
    });
  });

  test('errors red, warnings amber, in runs; filter on the header, frozen header, widths, wrapped body', () => {
    const plan = buildTemuanPlan(result(), 'Kecamatan Contoh', 2017);
    const styles = ops(plan, 'setStyle');
    expect(styles).toContainEqual({
      op: 'setStyle',
      sheet: 'Temuan',
      row: 6,
      col: 1,
      rows: 3,
      cols: 8,
      style: SEVERITY_STYLE.error,
    });
    expect(styles).toContainEqual({
      op: 'setStyle',
      sheet: 'Temuan',
      row: 9,
      col: 1,
      rows: 1,
      cols: 8,
      style: SEVERITY_STYLE.warning,
    });
    expect(styles.find((s) => s.row === 6 && s.style.wrap === true)).toBeDefined();
    expect(ops(plan, 'autoFilter')).toEqual([
      { op: 'autoFilter', sheet: 'Temuan', row: 5, col: 1, rows: 5, cols: 8 },
    ]);
    expect(ops(plan, 'freezePanes')).toEqual([{ op: 'freezePanes', sheet: 'Temuan', rows: 5, cols: 0 }]);
    expect(ops(plan, 'setColumnWidths')[0]?.widths).toHaveLength(8);
  });

  test('no finding: one line saying so', () => {
    const plan = buildTemuanPlan(validateTracker(toSnapshot(validTrackerData())), 'Kecamatan Contoh', 2017);
    const wb = applyPlanToSnapshot({ sheets: [] }, plan);
    const rows = wb.sheets[0]?.rows ?? [];
    // What init seeds is not counted (validate/seed-rows.ts).
    expect(rows[2]?.[0]).toBe('Tidak ada temuan. Kelengkapan isian wajib: 100,00% (197 dari 197 sel).');
    expect(rows[5]?.[6]).toMatch(/^Tidak ada temuan/);
    expect(ops(plan, 'autoFilter')[0]?.rows).toBe(1);
  });

  test('at most `limit` rows, with a line saying how many more there are', () => {
    const data = validTrackerData();
    for (let i = 0; i < 30; i++)
      data.tables.bagian?.push({ kode: `B${i}`, nama: `Bagian ${i}`, jenis: 'Bidang' });
    const plan = buildTemuanPlan(validateTracker(toSnapshot(data)), '', null, 25);
    const rows = applyPlanToSnapshot({ sheets: [] }, plan).sheets[0]?.rows ?? [];
    expect(rows[2]?.[0]).toMatch(/Ditampilkan 25 temuan pertama\.$/);
    expect(rows[5 + 24]?.[0]).toBe(25);
    expect(rows[5 + 25]?.[6]).toBe(
      '… dan 5 temuan lain tidak ditampilkan. Perbaiki temuan di atas lalu jalankan validasi lagi.',
    );
  });
});
