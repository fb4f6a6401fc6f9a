import { isLinkValue, sheetsTouched, type WriteOp } from '../plan/plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { rowOf, toSnapshot, validTrackerData } from '../../../test/support/tracker-fixtures';
import { validateTracker, type ValidationResult } from '../validate/validate';
import { FINDING_CATEGORIES, findingCategory, findingGroup } from '../findings/categories';
import { FINDING_CODES, type FindingCode } from '../findings/finding';
import { sampleFinding } from '../../../test/support/finding-samples';
import { linesFor } from '../layout/row-height';
import { buildTemuanPlan, SEVERITY_STYLE, TEMUAN_HEADER } from './temuan-plan';

function result(): ValidationResult {
  const data = validTrackerData();
  rowOf(data, 'bagian', 0).jenis = 'Bidang'; // error Bagian!C2
  rowOf(data, 'lkjip', 0).realisasi = '82'; // warning LKjIP!F2
  rowOf(data, 'pk', 0).sasaran = null; // error PK!B2
  return validateTracker(toSnapshot(data, ['skTim']));
}

const PESAN = TEMUAN_HEADER.indexOf('Pesan');
const SEL = TEMUAN_HEADER.indexOf('Sel');

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
    expect(rows.slice(5).map((r) => r.slice(0, 7))).toEqual([
      [1, 'Galat', 'Isian sel', 'cell/choice', 'Bagian', 'C2', 'Jenis'],
      [2, 'Galat', 'Kelengkapan sheet', 'sheet/missing', 'SK Tim SAKIP', '—', null],
      [3, 'Galat', 'Isian sel', 'cell/required', 'PK', 'B2', 'Sasaran Strategis'],
      [4, 'Peringatan', 'Isian sel', 'cell/number-as-text', 'LKjIP', 'F2', 'Realisasi'],
    ]);
    expect(rows[5]?.[PESAN]).toBe('Bagian!C2: “Bidang” bukan pilihan yang dikenal untuk Jenis.');
    expect(rows[5]?.[PESAN + 1]).toMatch(/^Pilih salah satu dari/);
  });

  test('Sel links to the cell, to the row, or to the sheet’s A1', () => {
    // A PK header with half of its columns (still the tracker's PK: read/tracker-layout.ts) and no rows.
    const header = [
      'Kode Indikator',
      'Sasaran Strategis',
      'Indikator Kinerja',
      'Satuan',
      'Polaritas',
      'Target',
    ];
    const r = validateTracker({ sheets: [{ name: 'PK', rows: [header] }] });
    const plan = buildTemuanPlan(
      {
        ...r,
        findings: [
          ...r.findings,
          sampleFinding('doc/missing', { severity: 'warning', sheet: 'Dokumen', row: 9 }),
        ],
      },
      '',
      null,
    );
    const body = ops(plan, 'setValues').find((o) => o.row === 6)?.values ?? [];
    const links = body.map((row) => row[SEL]).filter(isLinkValue);
    expect(links).toContainEqual({ kind: 'link', text: 'baris 9', sheet: 'Dokumen', cell: 'A9' });
    expect(links).toContainEqual({ kind: 'link', text: 'baris 1', sheet: 'PK', cell: 'A1' });
    const sheetLevel = buildTemuanPlan(
      { ...r, findings: [sampleFinding('sop/incomplete', { severity: 'warning', sheet: 'SOP' })] },
      '',
      null,
    );
    expect(ops(sheetLevel, 'setValues').find((o) => o.row === 6)?.values[0]?.[SEL]).toEqual({
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
      cols: 9,
      style: SEVERITY_STYLE.error,
    });
    expect(styles).toContainEqual({
      op: 'setStyle',
      sheet: 'Temuan',
      row: 9,
      col: 1,
      rows: 1,
      cols: 9,
      style: SEVERITY_STYLE.warning,
    });
    expect(styles.find((s) => s.row === 6 && s.style.wrap === true)).toBeDefined();
    expect(ops(plan, 'autoFilter')).toEqual([
      { op: 'autoFilter', sheet: 'Temuan', row: 5, col: 1, rows: 5, cols: 9 },
    ]);
    expect(ops(plan, 'freezePanes')).toEqual([{ op: 'freezePanes', sheet: 'Temuan', rows: 5, cols: 0 }]);
    expect(ops(plan, 'setColumnWidths')[0]?.widths).toHaveLength(9);
  });

  test('no finding: one line saying so', () => {
    const plan = buildTemuanPlan(validateTracker(toSnapshot(validTrackerData())), 'Kecamatan Contoh', 2017);
    const wb = applyPlanToSnapshot({ sheets: [] }, plan);
    const rows = wb.sheets[0]?.rows ?? [];
    // What init seeds is not counted (validate/seed-rows.ts); nor the Rencana Aksi quarters, optional
    // since an empty quarter means nothing planned: 197 − 3 rows × 4 quarters = 185; nor Kode
    // Program/Kegiatan, Program/Kegiatan and Anggaran of the 2 PK rows, optional (#14): 185 − 6 = 179;
    // nor the Target TW of the 1 Rencana Aksi Individu row, optional by the same rule: 179 − 4 = 175.
    expect(rows[2]?.[0]).toBe('Tidak ada temuan. Kelengkapan isian wajib: 100,00% (175 dari 175 sel).');
    expect(rows[5]?.[PESAN]).toMatch(/^Tidak ada temuan/);
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
    expect(rows[5 + 25]?.[PESAN]).toBe(
      '… dan 5 temuan lain tidak ditampilkan. Perbaiki temuan di atas lalu jalankan validasi lagi.',
    );
  });

  test('every code has its Indonesian category beside it, one label per code group', () => {
    for (const code of Object.keys(FINDING_CODES) as FindingCode[]) {
      const plan = buildTemuanPlan(
        { ...result(), findings: [sampleFinding(code, { severity: FINDING_CODES[code], sheet: 'SOP' })] },
        '',
        null,
      );
      const row = ops(plan, 'setValues').find((o) => o.row === 6)?.values[0] ?? [];
      expect(row[TEMUAN_HEADER.indexOf('Kode')]).toBe(code);
      expect(row[TEMUAN_HEADER.indexOf('Kategori')]).toBe(FINDING_CATEGORIES[findingGroup(code)]);
    }
    expect(findingCategory('sop/incomplete')).toBe('Pelaksanaan SOP');
    expect(findingCategory('doc/missing')).toBe('Kelengkapan dokumen');
  });

  test('a row whose Pesan or Saran wraps gets the height of its lines (LibreOffice does not grow it)', () => {
    const plan = buildTemuanPlan(result(), 'Kecamatan Contoh', 2017);
    const body = ops(plan, 'setValues').find((o) => o.row === 6)?.values ?? [];
    const heights = new Map(ops(plan, 'setRowHeight').map((o) => [o.row, o.height]));
    body.forEach((line, i) => {
      const [pesan, saran] = [line[PESAN], line[PESAN + 1]].map((v) => (typeof v === 'string' ? v : ''));
      const lines = Math.max(linesFor(pesan ?? '', 70), linesFor(saran ?? '', 60));
      if (lines > 1) expect(heights.get(6 + i)).toBeGreaterThanOrEqual(lines * 15);
      else expect(heights.has(6 + i)).toBe(false);
    });
    expect([...heights.values()].some((h) => h > 15)).toBe(true);
  });
});
