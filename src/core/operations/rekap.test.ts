import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { blankFormat } from '../../../test/support/operation-fixtures';
import { alpha, beta, delta2016, gamma } from '../../../test/support/rekap-fixtures';
import { normaliseKode, normaliseName } from '../rekap/match';
import { KATEGORI_FILL, MISSING_FILL, REKAP_SHEETS, rekapPlacement } from '../rekap/sheets';
import { cellAt, findSheet, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';

/** The cell at a 1-based Excel row and column. */
const at1 = (s: SheetSnapshot, row: number, col: number) => cellAt(s, row - 1, col - 1);
import { buildRekap, rekapJson, rekapPlan, summariseTracker, type TrackerFacts } from './rekap';

const damaged: TrackerFacts = {
  kind: 'skip',
  skip: {
    file: 'rusak.xlsx',
    reason: 'File "rusak.xlsx" rusak atau tidak lengkap sehingga tidak dapat dibaca.',
  },
};

function inputs(): TrackerFacts[] {
  return [
    summariseTracker(gamma(), 'gamma.xlsx'),
    damaged,
    summariseTracker(alpha(), 'alpha.xlsx'),
    summariseTracker(delta2016(), 'delta-2016.xlsx'),
    summariseTracker(beta(), 'beta.xlsx'),
  ];
}

describe('normalising kode and name', () => {
  test('kode: trim, case, spaces and zero-width characters; punctuation counts', () => {
    expect(normaliseKode(' iku-01\u200B ')).toBe('iku-01');
    expect(normaliseKode('IKU - 01')).toBe('iku-01');
    expect(normaliseKode('IKU.01')).toBe('iku.01');
  });
  test('name: case, spaces and punctuation', () => {
    expect(normaliseName('persentase  Pelayanan (KTP el).')).toBe('persentase pelayanan ktp el');
    expect(normaliseName('Persentase pelayanan KTP-el')).toBe('persentase pelayanan ktp el');
  });
});

describe('buildRekap', () => {
  const rekap = buildRekap(inputs());

  test('the year of most trackers; another year and a damaged file skipped with one sentence each', () => {
    expect(rekap.tahun).toBe(2017);
    expect(rekap.units.map((u) => u.unit)).toEqual(['Kecamatan Alpha', 'Kecamatan Beta', 'Kecamatan Gamma']);
    expect(rekap.skipped).toEqual([
      {
        file: 'delta-2016.xlsx',
        reason:
          'delta-2016.xlsx (Kecamatan Delta) tidak direkap: Tahun Laporan-nya 2016, bukan 2017 seperti tracker lainnya; rekap tahun 2016 terpisah dengan tracker tahun itu.',
      },
      damaged.kind === 'skip' ? damaged.skip : { file: '', reason: '' },
    ]);
  });

  test('capaian by hand: both negative formulas, matching by kode and by name, an indicator one unit lacks', () => {
    const rows = rekap.indicators.map((i) => ({
      kode: i.kode,
      indikator: i.indikator,
      capaian: i.capaian,
      kategori: i.kategori,
      by: i.matchedBy,
      rataRata: i.rataRata,
      tertinggi: i.tertinggi,
      terendah: i.terendah,
      missing: i.missing,
    }));
    expect(rows).toEqual([
      {
        kode: 'IKU-01',
        indikator: 'Persentase pelayanan KTP-el',
        // Alpha 80 ÷ 100; Beta 100 ÷ 100 (kode ' iku-01 ' with a zero-width space); Gamma 40 ÷ 50 by name.
        capaian: [80, 100, 80],
        kategori: ['Tinggi', 'Sangat Tinggi', 'Tinggi'],
        by: ['first', 'kode', 'nama'],
        rataRata: 86.6666666666667,
        tertinggi: 100,
        terendah: 80,
        missing: [],
      },
      {
        kode: 'IKU-02',
        indikator: 'Angka kemiskinan',
        // Alpha (2×10 − 12) ÷ 10 = 80; Beta 10 ÷ 8 = 125; Gamma (2×10 − 15) ÷ 10 = 50.
        capaian: [80, 125, 50],
        kategori: ['Tinggi', 'Sangat Tinggi', 'Sangat Rendah'],
        by: ['first', 'kode', 'kode'],
        rataRata: 85,
        tertinggi: 125,
        terendah: 50,
        missing: [],
      },
      {
        kode: 'IKU-03',
        indikator: 'Indeks kepuasan masyarakat',
        // Alpha 80 ÷ 80; Beta lacks it; Gamma (60+60+70+70)/4 = 65 ÷ 80 = 81,25.
        capaian: [100, null, 81.25],
        kategori: ['Sangat Tinggi', null, 'Tinggi'],
        by: ['first', null, 'nama'],
        rataRata: 90.625,
        tertinggi: 100,
        terendah: 81.25,
        missing: ['Kecamatan Beta'],
      },
      {
        kode: 'IKU-09',
        indikator: 'Jumlah desa tertib administrasi',
        capaian: [null, 50, null],
        kategori: [null, 'Sangat Rendah', null],
        by: [null, 'first', null],
        rataRata: 50,
        tertinggi: 50,
        terendah: 50,
        missing: ['Kecamatan Alpha', 'Kecamatan Gamma'],
      },
    ]);
  });

  test('anggaran, SOP and documents per unit', () => {
    expect(rekap.units.map((u) => [u.anggaran.pagu, u.anggaran.realisasi])).toEqual([
      [200000000, 150000000],
      [100000000, 80000000],
      [50000000, 45000000],
    ]);
    expect(rekap.units.map((u) => u.sop)).toEqual([
      { done: 2, total: 3, last: { no: 2, aktivitas: 'Menyusun format', tanggal: '2018-01-12' } },
      { done: 1, total: 2, last: { no: 1, aktivitas: 'Rapat persiapan', tanggal: '2018-01-20' } },
      { done: 0, total: 1, last: null },
    ]);
    expect(rekap.units.map((u) => u.dokumen)).toEqual([
      { received: 2, verified: 1, total: 3 },
      { received: 3, verified: 2, total: 3 },
      { received: 0, verified: 0, total: 1 },
    ]);
  });

  test('one sentence per indicator naming the best and the lowest unit', () => {
    expect(rekap.sentences).toEqual([
      'Capaian indikator Persentase pelayanan KTP-el (IKU-01) tertinggi di Kecamatan Beta (100,00%) dan terendah di Kecamatan Alpha dan Kecamatan Gamma (80,00%); rata-rata 86,67%.',
      'Capaian indikator Angka kemiskinan (IKU-02) tertinggi di Kecamatan Beta (125,00%) dan terendah di Kecamatan Gamma (50,00%); rata-rata 85,00%.',
      'Capaian indikator Indeks kepuasan masyarakat (IKU-03) tertinggi di Kecamatan Alpha (100,00%) dan terendah di Kecamatan Gamma (81,25%); rata-rata 90,63%.',
      'Capaian indikator Jumlah desa tertib administrasi (IKU-09) hanya dapat dihitung di Kecamatan Beta: 50,00%.',
    ]);
  });

  test('the JSON has exactly the contract’s shape', () => {
    expect(rekapJson(rekap)).toEqual({
      tahun: 2017,
      units: ['Kecamatan Alpha', 'Kecamatan Beta', 'Kecamatan Gamma'],
      indicators: [
        {
          kode: 'IKU-01',
          indikator: 'Persentase pelayanan KTP-el',
          capaian: { 'Kecamatan Alpha': 80, 'Kecamatan Beta': 100, 'Kecamatan Gamma': 80 },
        },
        {
          kode: 'IKU-02',
          indikator: 'Angka kemiskinan',
          capaian: { 'Kecamatan Alpha': 80, 'Kecamatan Beta': 125, 'Kecamatan Gamma': 50 },
        },
        {
          kode: 'IKU-03',
          indikator: 'Indeks kepuasan masyarakat',
          capaian: { 'Kecamatan Alpha': 100, 'Kecamatan Beta': null, 'Kecamatan Gamma': 81.25 },
        },
        {
          kode: 'IKU-09',
          indikator: 'Jumlah desa tertib administrasi',
          capaian: { 'Kecamatan Alpha': null, 'Kecamatan Beta': 50, 'Kecamatan Gamma': null },
        },
      ],
      anggaran: {
        'Kecamatan Alpha': { pagu: 200000000, realisasi: 150000000 },
        'Kecamatan Beta': { pagu: 100000000, realisasi: 80000000 },
        'Kecamatan Gamma': { pagu: 50000000, realisasi: 45000000 },
      },
      skipped: rekap.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    });
  });

  test('the same trackers in another order give the same rekap and plan', () => {
    const reversed = buildRekap([...inputs()].reverse());
    expect(reversed).toEqual(rekap);
    expect(rekapPlan(reversed)).toEqual(rekapPlan(rekap));
  });

  test('a second tracker of one unit is skipped, the first by file name kept', () => {
    const again = buildRekap([
      summariseTracker(alpha(), 'b-alpha-salinan.xlsx'),
      summariseTracker(alpha(), 'a-alpha.xlsx'),
    ]);
    expect(again.units.map((u) => u.file)).toEqual(['a-alpha.xlsx']);
    expect(again.skipped).toEqual([
      {
        file: 'b-alpha-salinan.xlsx',
        reason:
          'b-alpha-salinan.xlsx tidak direkap: unit kerja Kecamatan Alpha sudah direkap dari a-alpha.xlsx; sertakan satu tracker saja untuk setiap kecamatan.',
      },
    ]);
  });

  test("a bagian's data format is not a kecamatan's tracker: skipped with one sentence", () => {
    expect(summariseTracker(blankFormat(), 'format-pmd.xlsx')).toEqual({
      kind: 'skip',
      skip: {
        file: 'format-pmd.xlsx',
        reason:
          'format-pmd.xlsx adalah format data kinerja bagian PMD, bukan tracker kecamatan, jadi tidak direkap; rekap memakai tracker setiap kecamatan.',
      },
    });
  });

  test('a workbook that is not a tracker is skipped with one sentence', () => {
    expect(summariseTracker({ sheets: [{ name: 'Sheet1', rows: [['Data'], [1]] }] }, 'lain.xlsx')).toEqual({
      kind: 'skip',
      skip: {
        file: 'lain.xlsx',
        reason:
          'lain.xlsx bukan tracker LAKIP (tidak ada sheet tracker yang dikenali), jadi tidak direkap.',
      },
    });
  });
});

describe('the rekap workbook', () => {
  const rekap = buildRekap(inputs());
  const book: WorkbookSnapshot = applyPlanToSnapshot({ sheets: [] }, rekapPlan(rekap));
  const sheet = (name: string) => {
    const s = findSheet(book, name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    return s;
  };

  test('four sheets, in order', () => {
    expect(book.sheets.map((s) => s.name)).toEqual(Object.values(REKAP_SHEETS));
  });

  test('Rekap Capaian: header, one capaian column per unit, numbers as numbers, an empty cell where a unit lacks it', () => {
    const s = sheet(REKAP_SHEETS.capaian);
    const table = rekap.tables[0];
    if (table === undefined) throw new Error('no table');
    const { headerRow, firstDataRow } = rekapPlacement(table);
    expect(s.rows[headerRow - 1]).toEqual([
      'Kode Indikator',
      'Indikator Kinerja',
      'Satuan',
      'Kecamatan Alpha',
      'Kecamatan Beta',
      'Kecamatan Gamma',
      'Rata-rata',
      'Tertinggi',
      'Terendah',
      'Keterangan',
    ]);
    const row = (i: number) => s.rows[firstDataRow - 1 + i]?.slice(0, 9);
    expect(row(0)).toEqual([
      'IKU-01',
      'Persentase pelayanan KTP-el',
      '%',
      80,
      100,
      80,
      86.6666666666667,
      100,
      80,
    ]);
    expect(row(2)).toEqual([
      'IKU-03',
      'Indeks kepuasan masyarakat',
      '%',
      100,
      null,
      81.25,
      90.625,
      100,
      81.25,
    ]);
    expect(at1(s, firstDataRow + 2, 10)).toBe(
      'Tidak ada di Kecamatan Beta. Dicocokkan menurut nama indikator di Kecamatan Gamma.',
    );
  });

  test('kategori by colour, grey where the unit lacks the indicator, the legend under the table, print-ready', () => {
    const plan = rekapPlan(rekap);
    const sheetName = REKAP_SHEETS.capaian;
    const table = rekap.tables[0];
    if (table === undefined) throw new Error('no table');
    const { headerRow, firstDataRow } = rekapPlacement(table);
    const fillAt = (row: number, col: number): string | undefined => {
      let fill: string | undefined;
      for (const op of plan.ops) {
        if (op.op !== 'setStyle' || op.sheet !== sheetName) continue;
        if (row >= op.row && row < op.row + op.rows && col >= op.col && col < op.col + op.cols)
          fill = op.style.fill ?? fill;
      }
      return fill;
    };
    // IKU-03: Alpha Sangat Tinggi, Beta lacks it, Gamma Tinggi.
    expect(fillAt(firstDataRow + 2, 4)).toBe(KATEGORI_FILL['Sangat Tinggi']);
    expect(fillAt(firstDataRow + 2, 5)).toBe(MISSING_FILL);
    expect(fillAt(firstDataRow + 2, 6)).toBe(KATEGORI_FILL.Tinggi);
    // IKU-02 Gamma: Sangat Rendah.
    expect(fillAt(firstDataRow + 1, 6)).toBe(KATEGORI_FILL['Sangat Rendah']);
    const s = sheet(sheetName);
    const legendRow = firstDataRow + rekap.indicators.length + 1;
    expect(at1(s, legendRow, 1)).toBe('Warna kategori capaian:');
    expect(at1(s, legendRow + 1, 2)).toBe('Kategori Sangat Tinggi');
    expect(fillAt(legendRow + 1, 1)).toBe(KATEGORI_FILL['Sangat Tinggi']);
    for (const name of Object.values(REKAP_SHEETS)) {
      const setup = plan.ops.find((op) => op.op === 'pageSetup' && op.sheet === name);
      expect(setup).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
    }
    expect(plan.ops.find((op) => op.op === 'pageSetup' && op.sheet === sheetName)).toMatchObject({
      printTitleRows: { from: headerRow, to: headerRow },
    });
    const formats = plan.ops.find(
      (op) => op.op === 'setValues' && op.sheet === sheetName && op.row === firstDataRow,
    );
    expect(formats?.op === 'setValues' ? formats.numberFormats?.[0]?.[3] : undefined).toBe('[$-421]#,##0.00');
  });

  test('Rekap Anggaran: per unit and a Jumlah row whose serapan is Σ realisasi ÷ Σ pagu', () => {
    const s = sheet(REKAP_SHEETS.anggaran);
    const table = rekap.tables[1];
    if (table === undefined) throw new Error('no table');
    const { firstDataRow, totalRow } = rekapPlacement(table);
    expect(s.rows.slice(firstDataRow - 1, firstDataRow + 2)).toEqual([
      [1, 'Kecamatan Alpha', 200000000, 150000000, 75, 50000000],
      [2, 'Kecamatan Beta', 100000000, 80000000, 80, 20000000],
      [3, 'Kecamatan Gamma', 50000000, 45000000, 90, 5000000],
    ]);
    // 275 ÷ 350 × 100 = 78,5714285714286 (not the average of 75, 80 and 90).
    expect(s.rows[(totalRow ?? 0) - 1]).toEqual([
      'Jumlah',
      null,
      350000000,
      275000000,
      78.5714285714286,
      75000000,
    ]);
  });

  test('Rekap SOP dan Dokumen and Rekap Pemeriksaan per unit', () => {
    const sop = sheet(REKAP_SHEETS.sop);
    const t = rekap.tables[2];
    if (t === undefined) throw new Error('no table');
    const first = rekapPlacement(t).firstDataRow;
    expect(sop.rows[first - 1]).toEqual([
      1,
      'Kecamatan Alpha',
      2,
      3,
      '2. Menyusun format',
      { kind: 'date', iso: '2018-01-12' },
      2,
      1,
      3,
    ]);
    expect(sop.rows[first + 1]).toEqual([3, 'Kecamatan Gamma', 0, 1, 'belum ada', null, 0, 0, 1]);
    const p = sheet(REKAP_SHEETS.pemeriksaan);
    const pt = rekap.tables[3];
    if (pt === undefined) throw new Error('no table');
    const at = rekapPlacement(pt);
    expect(at.headerRow).toBe(5);
    expect(p.rows[at.headerRow - 1]?.slice(0, 6)).toEqual([
      'No',
      'Unit Kerja',
      'Galat',
      'Peringatan',
      'Kelengkapan (%)',
      'Status',
    ]);
    rekap.units.forEach((u, i) => {
      const row = p.rows[at.firstDataRow - 1 + i];
      expect(row?.slice(0, 4)).toEqual([i + 1, u.unit, u.pemeriksaan.galat, u.pemeriksaan.peringatan]);
      // Every finding is counted in exactly one group column pair.
      const groups = (row ?? []).slice(6).reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
      expect(groups).toBe(u.pemeriksaan.galat + u.pemeriksaan.peringatan);
    });
    const texts = p.rows.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('2 file tidak direkap:');
    for (const s of rekap.skipped) expect(texts).toContain(s.reason);
  });
});
