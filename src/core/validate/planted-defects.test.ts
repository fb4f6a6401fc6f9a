/**
 * The sample with one defect of every finding code planted: each is reported at the right
 * sheet and cell, and nothing else appears. The sample's header is in row 5 and its data
 * starts in row 6 (Pengaturan: fields from row 4).
 */
import { FINDING_CODES, type FindingCode, type Severity } from '../findings/finding';
import { describeFinding, placeOf } from '../findings/messages';
import { EditableWorkbook, sampleSnapshot } from '../../../test/support/tracker-fixtures';
import { validateTracker } from './validate';

interface Planted {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** The cell reported; null for a finding about a sheet or a column. */
  readonly cell: string | null;
  /** Already in the sample (its own warnings), nothing to plant. */
  readonly plant: (wb: EditableWorkbook) => void;
}

const date = (iso: string) => ({ kind: 'date', iso }) as const;

/** The headers of the optional A/B columns, typed right of the sample's PK and Data Kinerja. */
function ratioHeaders(wb: EditableWorkbook): void {
  wb.set('PK', 'M5', 'Pembilang').set('PK', 'N5', 'Penyebut');
  ['Q', 'R', 'S', 'T'].forEach((c, i) => wb.set('Data Kinerja', `${c}5`, `Pembilang TW ${ROMAN[i] ?? ''}`));
  ['U', 'V', 'W', 'X'].forEach((c, i) => wb.set('Data Kinerja', `${c}5`, `Penyebut TW ${ROMAN[i] ?? ''}`));
}

/** A Data Kinerja row's Pembilang (Q–T) and Penyebut (U–X) of TW I–IV. */
function ratioNumbers(
  wb: EditableWorkbook,
  row: number,
  a: readonly (number | null)[],
  b: readonly (number | null)[],
): void {
  ['Q', 'R', 'S', 'T'].forEach((c, i) => wb.set('Data Kinerja', `${c}${row}`, a[i] ?? null));
  ['U', 'V', 'W', 'X'].forEach((c, i) => wb.set('Data Kinerja', `${c}${row}`, b[i] ?? null));
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const PLANTED: readonly Planted[] = [
  {
    code: 'sheet/missing',
    severity: 'error',
    sheet: 'SK Tim SAKIP',
    cell: null,
    plant: (wb) => wb.removeSheet('SK Tim SAKIP'),
  },
  {
    // Rencana Aksi Individu is Diterima in the Dokumen checklist: an empty sheet is then an error.
    code: 'sheet/empty',
    severity: 'error',
    sheet: 'Rencana Aksi Individu',
    cell: null,
    plant: (wb) => {
      for (let row = 6; row <= 15; row++) wb.clearRow('Rencana Aksi Individu', row);
    },
  },
  {
    code: 'column/missing',
    severity: 'error',
    sheet: 'IKI',
    cell: null,
    plant: (wb) => wb.set('IKI', 'I5', null),
  },
  {
    code: 'column/duplicate',
    severity: 'error',
    sheet: 'Dokumen',
    cell: 'M5',
    plant: (wb) => wb.set('Dokumen', 'M5', 'Catatan'),
  },
  {
    code: 'cell/required',
    severity: 'error',
    sheet: 'PK',
    cell: 'B9',
    plant: (wb) => wb.set('PK', 'B9', null),
  },
  {
    code: 'cell/type',
    severity: 'error',
    sheet: 'Renstra',
    cell: 'F10',
    plant: (wb) => wb.set('Renstra', 'F10', 'tujuh puluh'),
  },
  {
    code: 'cell/number-as-text',
    severity: 'warning',
    sheet: 'LKjIP',
    cell: 'F6',
    plant: (wb) => wb.set('LKjIP', 'F6', '80,25'),
  },
  {
    code: 'cell/choice',
    severity: 'error',
    sheet: 'Bagian',
    cell: 'C8',
    plant: (wb) => wb.set('Bagian', 'C8', 'Bidang'),
  },
  {
    code: 'cell/range',
    severity: 'error',
    sheet: 'DPA',
    cell: 'G10',
    plant: (wb) => wb.set('DPA', 'G10', -412_360_000),
  },
  {
    // A 2010 date in a 2017 tracker (Tahun Laporan ± 1 is expected).
    code: 'cell/date-range',
    severity: 'warning',
    sheet: 'Dokumen',
    cell: 'I6',
    plant: (wb) => wb.set('Dokumen', 'I6', date('2010-01-05')),
  },
  {
    code: 'cell/formula-error',
    severity: 'error',
    sheet: 'Cascading',
    cell: 'H7',
    plant: (wb) => wb.set('Cascading', 'H7', { kind: 'error', code: '#N/A' }),
  },
  {
    code: 'cell/formula-text',
    severity: 'warning',
    sheet: 'Data Kinerja',
    cell: 'M6',
    plant: (wb) => wb.set('Data Kinerja', 'M6', '=Laporan survei IKM'),
  },
  // LKjIP row 13 (2016, IK-01) becomes a second (2015, IK-01).
  {
    code: 'row/duplicate-key',
    severity: 'error',
    sheet: 'LKjIP',
    cell: 'A13',
    plant: (wb) => wb.set('LKjIP', 'A13', 2015),
  },
  {
    code: 'ref/unknown',
    severity: 'error',
    sheet: 'IKU',
    cell: 'H12',
    plant: (wb) => wb.set('IKU', 'H12', 'KEUANGAN'),
  },
  // IK-05 loses its Rencana Aksi row.
  {
    code: 'ref/uncovered',
    severity: 'error',
    sheet: 'PK',
    cell: 'A10',
    plant: (wb) => wb.clearRow('Rencana Aksi', 10),
  },
  // IKU says IK-05 is negative; the PK (row 10) says positive.
  {
    code: 'ref/mismatch',
    severity: 'warning',
    sheet: 'PK',
    cell: 'E10',
    plant: (wb) => wb.set('IKU', 'F10', 'Negatif'),
  },
  // IK-03 (Kumulatif, target 10): 3 + 2 + 3 + 3 = 11.
  {
    code: 'sum/mismatch',
    severity: 'warning',
    sheet: 'Rencana Aksi',
    cell: 'G8',
    plant: (wb) => wb.set('Rencana Aksi', 'G8', 3),
  },
  {
    // IK-03 (negative) with formula Target/Realisasi and realisasi 0 in every quarter.
    code: 'calc/undefined',
    severity: 'warning',
    sheet: 'Data Kinerja',
    cell: 'I8',
    plant: (wb) => {
      wb.set('Pengaturan', 'B13', 'Target/Realisasi');
      for (const c of ['F8', 'G8', 'H8', 'I8']) wb.set('Data Kinerja', c, 0);
    },
  },
  {
    // A realisasi typed as 9E+307 in every quarter: each a valid number, their sum beyond a double.
    code: 'calc/overflow',
    severity: 'error',
    sheet: 'Data Kinerja',
    cell: 'F9',
    plant: (wb) => {
      for (const c of ['F9', 'G9', 'H9', 'I9']) wb.set('Data Kinerja', c, 9e307);
    },
  },
  {
    // IK-01 (Rata-rata, target 82) typed 50 / 100 / 150 / 200 under Isian Per Triwulan: never
    // falling, mean (50 + 100 + 150 + 200) / 4 = 125 ≥ 1,5 × 82 = 123 — running figures, it seems.
    code: 'calc/isian-realisasi',
    severity: 'warning',
    sheet: 'Data Kinerja',
    cell: 'I6',
    plant: (wb) => {
      for (const [c, v] of [
        ['F6', 50],
        ['G6', 100],
        ['H6', 150],
        ['I6', 200],
      ] as const)
        wb.set('Data Kinerja', c, v);
    },
  },
  {
    // A sheet Kategori Capaian with one band (its Tidak Ada Target row is no band): fewer than two.
    code: 'calc/kategori',
    severity: 'error',
    sheet: 'Kategori Capaian',
    cell: null,
    plant: (wb) =>
      wb.addSheet('Kategori Capaian', [
        ['Batas Bawah (%)', 'Kategori'],
        [90, 'Baik'],
        [null, 'Tidak Ada Target'],
      ]),
  },
  // IK-06 (98,88 %) without Upaya Perbaikan.
  // A/B indicators: the sample has no Pembilang/Penyebut columns, so each plant types their
  // headers (PK M5:N5, Data Kinerja Q5:X5 = Pembilang TW I–IV, Penyebut TW I–IV).
  // IK-02 (7 desa, Nilai Akhir): A 0, 0, 1, 6; B 7, 7, 7, 7. TW III typed 0 while 1 ÷ 7 × 100
  // = 14,29 (TW IV typed 85,71 vs 6 ÷ 7 × 100 = 85,714…: within 0,005, agrees).
  {
    code: 'calc/ratio-mismatch',
    severity: 'warning',
    sheet: 'Data Kinerja',
    cell: 'H7',
    plant: (wb) => {
      ratioHeaders(wb);
      wb.set('PK', 'M7', 'Jumlah desa yang menetapkan APBDes tepat waktu').set('PK', 'N7', 'Jumlah desa');
      ratioNumbers(wb, 7, [0, 0, 1, 6], [7, 7, 7, 7]);
    },
  },
  // IK-05 (Musrenbang): 130 of 160 invited each quarter, Penyebut TW IV left empty.
  {
    code: 'cell/ratio-incomplete',
    severity: 'error',
    sheet: 'Data Kinerja',
    cell: 'X10',
    plant: (wb) => {
      ratioHeaders(wb);
      wb.set('PK', 'M10', 'Jumlah peserta unsur masyarakat yang hadir');
      wb.set('PK', 'N10', 'Jumlah undangan unsur masyarakat');
      ratioNumbers(wb, 10, [130, 130, 130, 130], [160, 160, 160, null]);
    },
  },
  // IK-06 (attendance): days present of 2.000 days each quarter, giving the typed 97,2; 96,45;
  // 96,8; 97,15 (annual 7.752 ÷ 8.000 × 100 = 96,9 = their mean), the PK naming neither number.
  {
    code: 'calc/ratio-unlabelled',
    severity: 'warning',
    sheet: 'PK',
    cell: 'M11',
    plant: (wb) => {
      ratioHeaders(wb);
      ratioNumbers(wb, 11, [1944, 1929, 1936, 1943], [2000, 2000, 2000, 2000]);
    },
  },
  {
    code: 'analysis/missing',
    severity: 'warning',
    sheet: 'Data Kinerja',
    cell: 'L11',
    plant: (wb) => wb.set('Data Kinerja', 'L11', null),
  },
  {
    code: 'sop/no-actor',
    severity: 'error',
    sheet: 'SOP',
    cell: 'C6',
    plant: (wb) => wb.set('SOP', 'C6', null),
  },
  // The seed's steps 9 and 10 are identical (row 15 repeats row 14).
  { code: 'sop/duplicate-step', severity: 'warning', sheet: 'SOP', cell: 'B15', plant: () => undefined },
  {
    // Step 7 Selesai, with its evidence, while step 5 is in Proses.
    code: 'sop/out-of-order',
    severity: 'warning',
    sheet: 'SOP',
    cell: 'K12',
    plant: (wb) =>
      wb
        .set('SOP', 'K12', 'Selesai')
        .set('SOP', 'L12', date('2018-02-20'))
        .set('SOP', 'M12', date('2018-02-20'))
        .set('SOP', 'N12', 60)
        .set('SOP', 'O12', 'rapat.pdf')
        .set('SOP', 'P12', 'Ya'),
  },
  {
    code: 'sop/over-time',
    severity: 'warning',
    sheet: 'SOP',
    cell: 'N7',
    plant: (wb) => wb.set('SOP', 'N7', 75),
  },
  {
    code: 'sop/date-order',
    severity: 'error',
    sheet: 'SOP',
    cell: 'M8',
    plant: (wb) => wb.set('SOP', 'M8', date('2018-01-05')),
  },
  {
    code: 'sop/missing-evidence',
    severity: 'error',
    sheet: 'SOP',
    cell: 'P9',
    plant: (wb) => wb.set('SOP', 'P9', 'Tidak'),
  },
  // Steps 5–13 are not Selesai in the sample; the finding sits on step 5's Status.
  { code: 'sop/incomplete', severity: 'warning', sheet: 'SOP', cell: 'K10', plant: () => undefined },
  // IKI Belum Ada while SOP step 4 (analysis) is Selesai: an error.
  {
    code: 'doc/missing',
    severity: 'error',
    sheet: 'Dokumen',
    cell: 'H9',
    plant: (wb) => wb.set('Dokumen', 'H9', 'Belum Ada'),
  },
  {
    code: 'doc/no-evidence',
    severity: 'error',
    sheet: 'Dokumen',
    cell: 'K12',
    plant: (wb) => wb.set('Dokumen', 'K12', 'Tidak'),
  },
];

type Place = [FindingCode, Severity, string, string | null];
const placeOfPlanted = (p: Planted): Place => [p.code, p.severity, p.sheet, p.cell];
const BASELINE: readonly FindingCode[] = ['sop/incomplete', 'sop/duplicate-step'];

describe('a defect of every code planted in the sample', () => {
  test('the list plants every code of the contract once', () => {
    expect(PLANTED.map((p) => p.code).sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });

  test('all at once: every defect reported at its sheet and cell, in the stable order, and nothing else', () => {
    const wb = new EditableWorkbook(sampleSnapshot());
    for (const p of PLANTED) p.plant(wb);
    const result = validateTracker(wb.snapshot());
    const found: Place[] = result.findings.map((f) => [f.code, f.severity, f.sheet, f.cell ?? null]);
    expect(found).toEqual([
      ['cell/choice', 'error', 'Bagian', 'C8'],
      ['sop/no-actor', 'error', 'SOP', 'C6'],
      ['sop/over-time', 'warning', 'SOP', 'N7'],
      ['sop/date-order', 'error', 'SOP', 'M8'],
      ['sop/missing-evidence', 'error', 'SOP', 'P9'],
      ['sop/incomplete', 'warning', 'SOP', 'K10'],
      ['sop/out-of-order', 'warning', 'SOP', 'K12'],
      ['sop/duplicate-step', 'warning', 'SOP', 'B15'],
      ['column/duplicate', 'error', 'Dokumen', 'M5'],
      ['cell/date-range', 'warning', 'Dokumen', 'I6'],
      ['doc/missing', 'error', 'Dokumen', 'H9'],
      ['doc/no-evidence', 'error', 'Dokumen', 'K12'],
      ['cell/formula-error', 'error', 'Cascading', 'H7'],
      ['sheet/missing', 'error', 'SK Tim SAKIP', null],
      ['ref/unknown', 'error', 'IKU', 'H12'],
      ['column/missing', 'error', 'IKI', null],
      ['cell/type', 'error', 'Renstra', 'F10'],
      ['cell/required', 'error', 'PK', 'B9'],
      ['ref/uncovered', 'error', 'PK', 'A10'],
      ['ref/mismatch', 'warning', 'PK', 'E10'],
      ['calc/ratio-unlabelled', 'warning', 'PK', 'M11'],
      ['sum/mismatch', 'warning', 'Rencana Aksi', 'G8'],
      ['cell/range', 'error', 'DPA', 'G10'],
      ['sheet/empty', 'error', 'Rencana Aksi Individu', null],
      ['cell/number-as-text', 'warning', 'LKjIP', 'F6'],
      ['row/duplicate-key', 'error', 'LKjIP', 'A13'],
      ['calc/isian-realisasi', 'warning', 'Data Kinerja', 'I6'],
      ['cell/formula-text', 'warning', 'Data Kinerja', 'M6'],
      ['calc/ratio-mismatch', 'warning', 'Data Kinerja', 'H7'],
      ['calc/undefined', 'warning', 'Data Kinerja', 'I8'],
      ['calc/overflow', 'error', 'Data Kinerja', 'F9'],
      ['cell/ratio-incomplete', 'error', 'Data Kinerja', 'X10'],
      ['analysis/missing', 'warning', 'Data Kinerja', 'L11'],
      ['calc/kategori', 'error', 'Kategori Capaian', null],
    ]);
    expect([...found].sort()).toEqual(PLANTED.map(placeOfPlanted).sort());
    expect(result.counts).toEqual(Object.fromEntries(Object.keys(FINDING_CODES).map((c) => [c, 1])));
    expect(result.errors).toBe(PLANTED.filter((p) => p.severity === 'error').length);
    expect(result.findings.find((f) => f.code === 'column/missing')).toMatchObject({
      row: 5,
      column: 'Sumber Data',
    });
  });

  test.each(PLANTED.map((p) => [p.code, p] as const))(
    '%s alone: reported at its place, the message names it',
    (_code, p) => {
      const wb = new EditableWorkbook(sampleSnapshot());
      p.plant(wb);
      const result = validateTracker(wb.snapshot());
      const others = result.findings.filter((f) => f.code !== p.code);
      expect(others.map((f) => f.code).sort()).toEqual(BASELINE.filter((c) => c !== p.code).sort());
      const mine = result.findings.filter((f) => f.code === p.code);
      expect(mine.map((f) => [f.code, f.severity, f.sheet, f.cell ?? null])).toEqual([placeOfPlanted(p)]);
      const finding = mine[0]!;
      const { message, saran } = describeFinding(finding);
      expect(message).toContain(p.cell === null ? p.sheet : placeOf(finding));
      expect(saran.length).toBeGreaterThan(10);
    },
  );
});
