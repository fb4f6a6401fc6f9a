import { isLakipError } from '../errors';
import { sheetsTouched, type WriteOp } from '../plan/plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { findSchemaSheet } from '../read/tracker';
import { SCHEMAS } from '../schema/registry';
import { findSheet, type WorkbookSnapshot } from '../snapshot';
import { sampleSnapshot } from '../../../test/support/tracker-fixtures';
import { setCell, text, trackerWithoutData } from '../../../test/support/format-fixtures';
import { bagianSheetName, isFormatFile, readFormatMarker } from './format-marker';
import { buildBagianSheetPlan, buildFormatPlan, formatFileName, listFormatBagian } from './format-plan';

const tracker = trackerWithoutData();

function formatOf(kode: string, wb: WorkbookSnapshot = tracker): WorkbookSnapshot {
  return applyPlanToSnapshot({ sheets: [] }, buildFormatPlan(wb, kode, '2018-01-08T09:00:00').plan);
}

function opsOf<K extends WriteOp['op']>(
  ops: readonly WriteOp[],
  op: K,
  sheet: string,
): Extract<WriteOp, { op: K }>[] {
  return ops.filter((o): o is Extract<WriteOp, { op: K }> => o.op === op && o.sheet === sheet);
}

describe('buildFormatPlan', () => {
  const made = buildFormatPlan(tracker, 'PELAYANAN', '2018-01-08T09:00:00');
  const format = applyPlanToSnapshot({ sheets: [] }, made.plan);

  test('a new workbook: Data Kinerja first, then Pengaturan', () => {
    expect(made.indicators).toBe(2);
    expect(made.bagian).toEqual({ kode: 'PELAYANAN', nama: 'Seksi Pelayanan Umum' });
    expect(made.fileName).toBe('format-data-kinerja-2017-PELAYANAN.xlsx');
    expect(format.sheets.map((s) => s.name)).toEqual(['Data Kinerja', 'Pengaturan']);
  });

  test('Data Kinerja: title rows 1–3, header in row 5, one row per indicator the bagian answers for, prefilled from the PK', () => {
    const dk = findSheet(format, 'Data Kinerja');
    expect(dk?.rows[0]?.[0]).toBe('Format Data Kinerja — Seksi Pelayanan Umum');
    expect(dk?.rows[1]?.[0]).toBe(
      'Kecamatan Pasrujambe · Tahun 2017 · Triwulan Berjalan 4 · Kode Bagian PELAYANAN',
    );
    expect(text(dk?.rows[2]?.[0])).toMatch(
      /^Untuk Seksi Pelayanan Umum: isi kolom putih — Realisasi TW I sampai TW IV/,
    );
    expect(text(dk?.rows[2]?.[0])).toContain('Kolom abu-abu berasal dari Perjanjian Kinerja dan dikunci');
    expect(dk?.rows[4]).toEqual([
      'Bagian *',
      'Kode Indikator *',
      'Indikator',
      'Satuan',
      'Target',
      'Polaritas',
      'Metode Agregasi',
      'Realisasi TW I *',
      'Realisasi TW II *',
      'Realisasi TW III *',
      'Realisasi TW IV *',
      'Faktor Pendukung',
      'Faktor Penghambat',
      'Upaya Perbaikan',
      'Bukti Dukung',
      'Status Data',
    ]);
    expect(dk?.rows.slice(5).map((r) => r.slice(0, 11))).toEqual([
      [
        'PELAYANAN',
        'IK-01',
        'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan',
        'nilai',
        82,
        'Positif',
        'Rata-rata',
        null,
        null,
        null,
        null,
      ],
      [
        'PELAYANAN',
        'IK-04',
        'Persentase pelayanan administrasi terpadu kecamatan (PATEN) yang diselesaikan tepat waktu',
        '%',
        95,
        'Positif',
        'Rata-rata',
        null,
        null,
        null,
        null,
      ],
    ]);
  });

  test('the PK columns are locked; exactly the bagian columns of the indicator rows are unlocked', () => {
    const protect = opsOf(made.plan.ops, 'protectSheet', 'Data Kinerja');
    expect(protect).toEqual([
      {
        op: 'protectSheet',
        sheet: 'Data Kinerja',
        unlocked: [{ sheet: 'Data Kinerja', row: 6, col: 8, rows: 2, cols: 9 }],
      },
    ]);
    expect(opsOf(made.plan.ops, 'protectSheet', 'Pengaturan')).toEqual([
      { op: 'protectSheet', sheet: 'Pengaturan', unlocked: [] },
    ]);
    const grey = opsOf(made.plan.ops, 'setStyle', 'Data Kinerja').find((o) => o.row === 6 && o.col === 1);
    expect(grey).toMatchObject({ rows: 2, cols: 7, style: { fill: 'EDEDED' } });
  });

  test('Status Data has a dropdown; the texts are written with the text format', () => {
    expect(opsOf(made.plan.ops, 'listValidation', 'Data Kinerja')).toEqual([
      expect.objectContaining({ row: 6, col: 16, rows: 2, cols: 1, source: { values: ['Draf', 'Final'] } }),
    ]);
    const data = opsOf(made.plan.ops, 'setValues', 'Data Kinerja').find((o) => o.row === 6);
    expect(data?.numberFormats?.[0]?.slice(0, 8)).toEqual([
      '@',
      '@',
      '@',
      '@',
      'General',
      '@',
      '@',
      'General',
    ]);
  });

  test('Pengaturan: the tracker settings for reference and the marker naming the bagian', () => {
    const marker = readFormatMarker(format);
    expect(marker).toEqual({
      bagian: 'PELAYANAN',
      namaBagian: 'Seksi Pelayanan Umum',
      tahunLaporan: 2017,
      triwulanBerjalan: 4,
    });
    expect(isFormatFile(format)).toBe(true);
    expect(isFormatFile(tracker)).toBe(false);
    const p = findSheet(format, 'Pengaturan');
    expect(p?.rows.find((r) => r[0] === 'Nama Unit Kerja')?.[1]).toBe('Kecamatan Pasrujambe');
    expect(p?.rows.find((r) => r[0] === 'Tanggal Format')?.[1]).toEqual({ kind: 'date', iso: '2018-01-08' });
  });

  test('Triwulan Berjalan 2: only Realisasi TW I and TW II, both required', () => {
    const tw2 = setCell(tracker, 'Pengaturan', rowOfLabel(tracker, 'Triwulan Berjalan'), 2, 2);
    const dk = findSheet(formatOf('PEM', tw2), 'Data Kinerja');
    const header = dk?.rows[4] ?? [];
    expect(header.filter((h) => text(h).startsWith('Realisasi'))).toEqual([
      'Realisasi TW I *',
      'Realisasi TW II *',
    ]);
    expect(text(dk?.rows[2]?.[0])).toContain('Realisasi TW I sampai TW II');
  });

  test('a bagian is found by Kode or Nama Bagian, any case', () => {
    expect(buildFormatPlan(tracker, 'seksi pemerintahan').bagian.kode).toBe('PEM');
    expect(buildFormatPlan(tracker, 'pmd').indicators).toBe(1);
  });

  test('an unknown bagian is a usage error naming the codes that exist; a bagian with no indicator gives 0', () => {
    let error: unknown;
    try {
      buildFormatPlan(tracker, 'XYZ');
    } catch (e) {
      error = e;
    }
    expect(isLakipError(error) && error.code === 'usage' && error.userMessage).toBe(
      'Bagian "XYZ" tidak ada di sheet Bagian tracker; kode yang ada: UMPEG, PERKEU, PEM, TRANTIB, PMD, KESSOS, PELAYANAN.',
    );
    expect(buildFormatPlan(tracker, 'KESSOS').indicators).toBe(0);
    expect(findSheet(formatOf('KESSOS'), 'Data Kinerja')?.rows.length).toBe(5);
  });

  test('a tracker without a PK cannot give formats', () => {
    const noPk: WorkbookSnapshot = { sheets: tracker.sheets.filter((s) => s.name !== 'PK') };
    expect(() => buildFormatPlan(noPk, 'PEM')).toThrow(/belum punya sheet PK/);
  });
});

/** The tracker with the PK's Isian Realisasi of one indicator set. */
function withIsian(wb: WorkbookSnapshot, kode: string, isian: string): WorkbookSnapshot {
  const pk = findSchemaSheet(wb, SCHEMAS.pk);
  const headerRow = pk?.rows.findIndex((r) => r.some((v) => text(v) === 'Isian Realisasi')) ?? -1;
  const col = (pk?.rows[headerRow] ?? []).findIndex((v) => text(v) === 'Isian Realisasi') + 1;
  const row = (pk?.rows.findIndex((r) => text(r[0]) === kode) ?? -2) + 1;
  return setCell(wb, SCHEMAS.pk.name, row, col, isian);
}

describe('buildFormatPlan: Isian Realisasi per indicator', () => {
  test('an indicator typed cumulatively: a grey column Isian Realisasi after Metode Agregasi, from the PK or Pengaturan', () => {
    // IK-01 of PELAYANAN is Kumulatif s.d. Triwulan in the PK; IK-04's PK cell is empty, so Pengaturan's Per Triwulan.
    const made = buildFormatPlan(
      withIsian(tracker, 'IK-01', 'Kumulatif s.d. Triwulan'),
      'PELAYANAN',
      '2018-01-08T09:00:00',
    );
    const dk = findSheet(applyPlanToSnapshot({ sheets: [] }, made.plan), 'Data Kinerja');
    expect(dk?.rows[4]?.slice(5, 9)).toEqual([
      'Polaritas',
      'Metode Agregasi',
      'Isian Realisasi',
      'Realisasi TW I *',
    ]);
    expect(dk?.rows.slice(5).map((r) => [r[1], r[7]])).toEqual([
      ['IK-01', 'Kumulatif s.d. Triwulan'],
      ['IK-04', 'Per Triwulan'],
    ]);
    expect(text(dk?.rows[2]?.[0])).toContain(
      '(kosong = belum dilaporkan, 0 = realisasi nol) menurut kolom Isian Realisasi (Per Triwulan: angka triwulan itu saja; Kumulatif s.d. Triwulan: angka sejak Januari sampai akhir triwulan itu), Faktor Pendukung',
    );
    // 8 grey columns now (7 + Isian Realisasi); the bagian's 9 columns start at column 9.
    expect(opsOf(made.plan.ops, 'protectSheet', 'Data Kinerja')).toEqual([
      {
        op: 'protectSheet',
        sheet: 'Data Kinerja',
        unlocked: [{ sheet: 'Data Kinerja', row: 6, col: 9, rows: 2, cols: 9 }],
      },
    ]);
    const grey = opsOf(made.plan.ops, 'setStyle', 'Data Kinerja').find((o) => o.row === 6 && o.col === 1);
    expect(grey).toMatchObject({ rows: 2, cols: 8, style: { fill: 'EDEDED' } });
  });

  test('Pengaturan Kumulatif s.d. Triwulan: every row says so; all Per Triwulan: no column, the layout as before', () => {
    const kumulatif = setCell(
      tracker,
      'Pengaturan',
      rowOfLabel(tracker, 'Isian Realisasi Triwulan'),
      2,
      'Kumulatif s.d. Triwulan',
    );
    const dk = findSheet(formatOf('PELAYANAN', kumulatif), 'Data Kinerja');
    expect(dk?.rows.slice(5).map((r) => r[7])).toEqual([
      'Kumulatif s.d. Triwulan',
      'Kumulatif s.d. Triwulan',
    ]);
    const perTriwulan = findSheet(
      formatOf('PELAYANAN', withIsian(tracker, 'IK-01', 'Per Triwulan')),
      'Data Kinerja',
    );
    expect(perTriwulan?.rows[4]).not.toContain('Isian Realisasi');
    expect(perTriwulan?.rows[4]?.[7]).toBe('Realisasi TW I *');
  });
});

function rowOfLabel(wb: WorkbookSnapshot, label: string): number {
  const sheet = findSchemaSheet(wb, SCHEMAS.pengaturan);
  return (sheet?.rows.findIndex((r) => text(r[0]).replace(/\s*\*$/, '') === label) ?? -2) + 1;
}

describe('listFormatBagian and formatFileName', () => {
  test('every bagian with the number of PK indicators it answers for', () => {
    expect(listFormatBagian(tracker).map((b) => [b.kode, b.indicators])).toEqual([
      ['UMPEG', 1],
      ['PERKEU', 1],
      ['PEM', 1],
      ['TRANTIB', 1],
      ['PMD', 1],
      ['KESSOS', 0],
      ['PELAYANAN', 2],
    ]);
  });

  test('a Penanggung Jawab that names no bagian of the sheet is listed as written', () => {
    const pkSheet = findSheet(tracker, 'PK');
    const pjCol = (pkSheet?.rows[4] ?? []).findIndex((h) => text(h).startsWith('Penanggung Jawab')) + 1;
    const changed = setCell(tracker, 'PK', 6, pjCol, 'Seksi Baru');
    expect(
      listFormatBagian(changed)
        .map((b) => [b.kode, b.indicators])
        .slice(-2),
    ).toEqual([
      ['PELAYANAN', 1],
      ['Seksi Baru', 1],
    ]);
  });

  test.each([
    ['PEM', 2017, 'format-data-kinerja-2017-PEM.xlsx'],
    ['Seksi Baru/2', 2017, 'format-data-kinerja-2017-Seksi-Baru-2.xlsx'],
    ['PEM', null, 'format-data-kinerja-PEM.xlsx'],
  ])('%s %s → %s', (kode, tahun, name) => {
    expect(formatFileName(kode, tahun)).toBe(name);
  });
});

describe('buildBagianSheetPlan', () => {
  test('adds the sheet Data Kinerja KODE to the tracker and touches no other sheet; a second run plans nothing', () => {
    const made = buildBagianSheetPlan(tracker, 'TRANTIB');
    expect(made.sheet).toBe('Data Kinerja TRANTIB');
    expect(sheetsTouched(made.plan)).toEqual(['Data Kinerja TRANTIB']);
    const after = applyPlanToSnapshot(tracker, made.plan);
    expect(after.sheets.slice(0, tracker.sheets.length)).toEqual(tracker.sheets);
    expect(findSheet(after, 'Data Kinerja TRANTIB')?.rows[5]?.slice(0, 2)).toEqual(['TRANTIB', 'IK-03']);
    expect(buildBagianSheetPlan(after, 'TRANTIB').plan.ops).toEqual([]);
  });

  test('the sheet name stays within Excel’s 31 characters and forbidden characters', () => {
    expect(bagianSheetName('PEM')).toBe('Data Kinerja PEM');
    expect(bagianSheetName('A/B:C')).toBe('Data Kinerja A-B-C');
    expect(bagianSheetName('SEKSI-KESEJAHTERAAN-SOSIAL').length).toBeLessThanOrEqual(31);
  });

  test('the sample tracker (with data) gets the same format', () => {
    expect(buildFormatPlan(sampleSnapshot(), 'TRANTIB').indicators).toBe(1);
  });
});
