import {
  ESAKIP_TRIWULAN,
  KODE_TERPISAH,
  LONG_TRIWULAN,
  PK_WORD,
  POHON_PROGRAM,
  REALISASI_NA,
  RENAKSI_BULANAN,
  RENJA_EVALUASI,
  SOURCE_FIXTURES,
  sampleTracker,
  sourceSnapshot,
  type SourceFixture,
} from '../../../test/support/import-fixtures';
import { P1, P2, pkWithProgramTableSnapshot } from '../../../test/support/pk-program-fixtures';
import { readTrackerModel } from '../model/tracker-model';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { readPkSheet } from '../read/pk-sheet';
import { readTable } from '../read/read-table';
import { schemaById } from '../schema/registry';
import type { SheetId, TableSheetSchema } from '../schema/types';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { importJson, inferQuarterMode, planImport, type ImportOptions, type ImportPreview } from './import';

function preview(f: SourceFixture, options: ImportOptions = {}, tracker = sampleTracker()): ImportPreview {
  return planImport(sourceSnapshot(f), tracker, { sourceName: f.file, ...options });
}

/** The tracker with the PK's Isian Realisasi of indicator `kode` set to `isian` (the column added when missing). */
function withIsian(wb: WorkbookSnapshot, kode: string, isian: string): WorkbookSnapshot {
  const schema = schemaById('pk') as TableSheetSchema;
  const sheet = findSheet(wb, schema.name);
  if (sheet === undefined) throw new Error('no PK');
  const read = readPkSheet(sheet, schema).indicators;
  const header = (read.headerRow ?? 1) - 1;
  const found = read.rows.find((r) => r.raw.get('kodeIndikator') === kode);
  if (found === undefined) throw new Error(`no ${kode} in the PK`);
  const headerCells = sheet.rows[header] ?? [];
  const known = read.columnIndex.get('isianRealisasi');
  const col = known ?? headerCells.length;
  const rows = sheet.rows.map((r, i) => {
    const cells = [...r];
    if (i === header && known === undefined) cells[col] = 'Isian Realisasi';
    if (i === found.excelRow - 1) cells[col] = isian;
    return cells;
  });
  return { ...wb, sheets: wb.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) };
}

/** A tracker row's filled cells by column key. */
function row(wb: WorkbookSnapshot, id: SheetId, excelRow: number): Record<string, CellValue> {
  const schema = schemaById(id) as TableSheetSchema;
  const read = readTable(findSheet(wb, schema.name) as never, schema);
  const found = read.rows.find((r) => r.excelRow === excelRow);
  const out: Record<string, CellValue> = {};
  for (const [k, v] of found?.raw ?? []) if (v !== null) out[k] = v;
  return out;
}

function applied(f: SourceFixture, options: ImportOptions = {}): WorkbookSnapshot {
  const tracker = sampleTracker();
  return applyPlanToSnapshot(tracker, preview(f, options, tracker).plan);
}

describe('planImport: the Renja evaluation form into DPA', () => {
  const p = preview(RENJA_EVALUASI);
  const t = p.tables[0];

  it('adds the program, the kegiatan and the sub kegiatan; skips the bidang urusan and the JUMLAH row', () => {
    expect(t?.counts).toEqual({ read: 5, add: 3, change: 0, skip: 2 });
    expect(
      t?.rows.map((r) => [r.action, r.sourceRows, r.action === 'skip' ? r.reason : r.targetRow]),
    ).toEqual([
      ['skip', [8], 'row/not-program'],
      ['add', [9], 7],
      ['add', [10], 8],
      ['add', [11], 9],
      ['skip', [12], 'row/total'],
    ]);
    expect(t?.problems).toEqual([
      {
        code: 'value/dash',
        row: 10,
        column: 'J',
        message:
          'Sel J10 (Realisasi Kinerja dan Anggaran Triwulan / I / Rp.) berisi "-": dibaca sebagai kosong (belum diisi), bukan 0. Isi 0 bila memang nol.',
      },
    ]);
  });

  it('writes the rows with the rupiah realisasi per quarter, the sub kegiatan under its kegiatan', () => {
    const wb = applied(RENJA_EVALUASI);
    expect(row(wb, 'dpa', 7)).toEqual({
      kodeProgram: '1.01.02',
      program: 'PROGRAM PENGELOLAAN PENDIDIKAN',
      indikatorKeluaran: 'Angka Partisipasi Murni SD',
      satuan: 'Persen',
      target: 98.5,
      pagu: 5_294_655_000,
      realisasiTw1: 1_200_000_000,
      realisasiTw2: 1_300_000_000,
      realisasiTw3: 1_400_000_000,
      realisasiTw4: 1_394_655_000,
    });
    expect(row(wb, 'dpa', 8)).toEqual({
      kodeProgram: '1.01.02.2.01',
      program: 'Pengelolaan Pendidikan Sekolah Dasar',
      indikatorKeluaran: 'Jumlah sekolah dasar yang dikelola',
      satuan: 'Unit',
      target: 120,
      pagu: 2_000_000_000,
      realisasiTw2: 500_000_000,
      realisasiTw3: 500_000_000,
      realisasiTw4: 500_000_000,
    });
    expect(row(wb, 'dpa', 9)).toEqual({
      kodeProgram: '1.01.02.2.01.0001',
      program: 'Pengelolaan Pendidikan Sekolah Dasar',
      subKegiatan: 'Pembangunan Unit Sekolah Baru',
      indikatorKeluaran: 'Jumlah unit sekolah baru',
      satuan: 'Unit',
      target: 2,
      pagu: 1_500_000_000,
      realisasiTw1: 0,
      realisasiTw2: 750_000_000,
      realisasiTw3: 0,
      realisasiTw4: 750_000_000,
    });
  });

  it('infers per-quarter realisasi (values fall) and shows it', () => {
    expect(t?.decisions).toEqual([
      {
        code: 'quarters/cumulative',
        question:
          'Apakah nilai triwulan tabel Evaluasi Renja!A4:S12 kumulatif (sampai dengan triwulan itu) atau per triwulan?',
        inferred: 'per triwulan (nilai triwulan itu saja)',
        chosen: 'per triwulan (nilai triwulan itu saja)',
        evidence:
          'nilai turun dari satu periode ke berikutnya di 2 tempat: nilai kumulatif tidak pernah turun',
        mode: 'per-triwulan',
      },
    ]);
  });
});

describe('planImport: the e-SAKIP quarterly template into Data Kinerja', () => {
  const p = preview(ESAKIP_TRIWULAN);
  const t = p.tables[0];

  it('changes the typed row (old → new listed) and adds the others, units into Satuan', () => {
    expect(t?.counts).toEqual({ read: 3, add: 2, change: 1, skip: 0 });
    const change = t?.rows[0];
    expect(change?.action === 'change' ? change.changes : []).toEqual([
      { field: 'realisasiTw2', label: 'Realisasi TW II', old: 35, new: 40 },
      { field: 'realisasiTw3', label: 'Realisasi TW III', old: null, new: 60 },
      { field: 'realisasiTw4', label: 'Realisasi TW IV', old: null, new: 79 },
      { field: 'faktorPenghambat', label: 'Faktor Penghambat', old: null, new: 'Anggaran terbatas' },
      { field: 'upayaPerbaikan', label: 'Upaya Perbaikan', old: null, new: 'Pelatihan daring' },
      { field: 'buktiDukung', label: 'Bukti Dukung', old: null, new: 'https://contoh.go.id/bukti/ik01' },
    ]);
    expect(p.plan.notes).toEqual([
      'Impor: 2 baris ditambahkan, 1 baris diubah.',
      'Data Kinerja baris 6: Realisasi TW II 35 → 40.',
      'Pemetaan kolom diingat di sheet tersembunyi Peta Impor untuk impor berikutnya.',
    ]);
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'dataKinerja', 6)).toEqual({
      bagian: 'SEKRE',
      kodeIndikator: 'IK-01',
      indikator: 'Jumlah pemuda terlatih',
      satuan: 'Orang',
      target: 80,
      realisasiTw1: 20,
      realisasiTw2: 40,
      realisasiTw3: 60,
      realisasiTw4: 79,
      faktorPenghambat: 'Anggaran terbatas',
      upayaPerbaikan: 'Pelatihan daring',
      buktiDukung: 'https://contoh.go.id/bukti/ik01',
      sumber: 'esakip-triwulan.xlsx · Sheet1!A2:Q2',
    });
    // The bagian comes from the PK's Penanggung Jawab of the indicator.
    expect(row(wb, 'dataKinerja', 7)).toEqual({
      bagian: 'SEKRE',
      kodeIndikator: 'IK-02',
      indikator: 'Persentase cabang olahraga berprestasi',
      satuan: 'Persen',
      target: 100,
      realisasiTw1: 100,
      realisasiTw2: 100,
      realisasiTw3: 100,
      realisasiTw4: 100,
      sumber: 'esakip-triwulan.xlsx · Sheet1!A3:Q3',
    });
    expect(row(wb, 'dataKinerja', 8)).toEqual({
      bagian: 'SEKRE',
      kodeIndikator: 'IK-03',
      indikator: 'Indeks kepuasan layanan kepemudaan',
      satuan: 'Angka',
      target: 0.9,
      realisasiTw1: 0.2,
      realisasiTw2: 0.45,
      realisasiTw3: 0.7,
      realisasiTw4: 0.88,
      sumber: 'esakip-triwulan.xlsx · Sheet1!A4:Q4',
    });
  });

  it('infers cumulative realisasi and warns where the PK’s Metode Agregasi would sum it', () => {
    expect(t?.decisions.map((d) => [d.code, d.inferred, d.chosen, d.evidence])).toEqual([
      [
        'quarters/cumulative',
        'kumulatif (nilai sampai dengan periode itu)',
        'kumulatif (nilai sampai dengan periode itu)',
        'nilai tidak pernah turun, dan nilai terakhir mendekati target pada 3 dari 3 indikator',
      ],
    ]);
    expect(t?.problems.map((x) => [x.code, x.row, x.column])).toEqual([
      ['value/dash', 3, 'O'],
      ['value/dash', 3, 'P'],
      ['value/not-available', 4, 'Q'],
      ['realisasi/metode', 2, ''],
    ]);
    expect(t?.problems[3]?.message).toBe(
      'Baris 2: realisasi dibaca kumulatif (nilai sampai dengan periode itu), tetapi Isian Realisasi indikator IK-01 "Per Triwulan" dan Metode Agregasinya "Kumulatif" menjumlahkan triwulan: capaian akan salah. Isi kolom Isian Realisasi indikator ini di PK dengan "Kumulatif s.d. Triwulan" (atau Isian Realisasi Triwulan di Pengaturan bila semua indikator diisi begitu), atau impor dengan pilihan per triwulan.',
    );
  });

  it('no warning when the PK says IK-01 is typed Kumulatif s.d. Triwulan: the import fits its Isian Realisasi', () => {
    // The same cumulative figures; IK-01 (Kumulatif) now reads its last quarter as the year's figure.
    const tracker = withIsian(sampleTracker(), 'IK-01', 'Kumulatif s.d. Triwulan');
    const fits = preview(ESAKIP_TRIWULAN, {}, tracker).tables[0];
    expect(fits?.problems.map((x) => x.code)).toEqual(['value/dash', 'value/dash', 'value/not-available']);
  });

  it('per-quarter figures into an indicator typed Kumulatif s.d. Triwulan: the other way round', () => {
    const tracker = withIsian(sampleTracker(), 'IK-01', 'Kumulatif s.d. Triwulan');
    const chosen = preview(ESAKIP_TRIWULAN, { quarterMode: 'per-triwulan' }, tracker).tables[0];
    const ik01 = chosen?.problems.filter((x) => x.code === 'realisasi/metode' && x.row === 2);
    expect(ik01?.map((x) => x.message)).toEqual([
      'Baris 2: realisasi dibaca per triwulan (nilai triwulan itu saja), tetapi Isian Realisasi indikator IK-01 "Kumulatif s.d. Triwulan" (angka triwulan terakhir dianggap angka sampai akhir tahun): capaian akan salah. Isi kolom Isian Realisasi indikator ini di PK dengan "Per Triwulan", atau impor dengan pilihan kumulatif.',
    ]);
  });

  it('takes the user’s choice over the inference, and --triwulan imports one quarter only', () => {
    const chosen = preview(ESAKIP_TRIWULAN, { quarterMode: 'per-triwulan' }).tables[0];
    expect(chosen?.decisions[0]?.chosen).toBe('per triwulan (nilai triwulan itu saja) (pilihan pengguna)');
    expect(chosen?.problems.filter((x) => x.code === 'realisasi/metode').map((x) => x.row)).toEqual([3, 4]);
    const q2 = preview(ESAKIP_TRIWULAN, { triwulan: 2 }).tables[0];
    const first = q2?.rows[0];
    expect(first?.action === 'change' ? first.changes.map((c) => c.field) : []).toEqual([
      'realisasiTw2',
      'faktorPenghambat',
      'upayaPerbaikan',
      'buktiDukung',
    ]);
    const added = q2?.rows[1];
    expect(added?.action === 'add' ? Object.keys(added.values) : []).toEqual([
      'kodeIndikator',
      'indikator',
      'target',
      'realisasiTw2',
      'satuan',
      'bagian',
      'sumber',
    ]);
  });
});

describe('planImport: the monthly Rencana Aksi', () => {
  it('sums the months of each quarter (per-month values inferred) into new Rencana Aksi rows', () => {
    const p = preview(RENAKSI_BULANAN);
    expect(p.tables[0]?.decisions.map((d) => [d.code, d.chosen, d.evidence])).toEqual([
      [
        'months/cumulative',
        'per bulan (nilai bulan itu saja)',
        'jumlah nilai mendekati target pada 2 dari 2 indikator; nilai triwulan = jumlah tiga bulannya',
      ],
    ]);
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'renaksi', 6)).toEqual({
      kodeIndikator: 'IK-01',
      rencanaAksi: 'Pelaksanaan survei kepuasan',
      satuan: 'Kali',
      targetTw1: 3,
      targetTw2: 3,
      targetTw3: 3,
      targetTw4: 3,
      penanggungJawab: 'SEKRE',
    });
    expect(row(wb, 'renaksi', 7)).toEqual({
      kodeIndikator: 'IK-02',
      rencanaAksi: 'Patroli ketertiban umum',
      satuan: 'Kali',
      targetTw1: 12,
      targetTw2: 12,
      targetTw3: 12,
      targetTw4: 12,
      penanggungJawab: 'TRANTIB',
    });
  });

  it('takes the quarter’s last month when the user says the months are cumulative', () => {
    const p = preview(RENAKSI_BULANAN, { quarterMode: 'kumulatif' });
    const first = p.tables[0]?.rows[0];
    expect(first?.action === 'add' ? first.values : {}).toEqual({
      kodeIndikator: 'IK-01',
      rencanaAksi: 'Pelaksanaan survei kepuasan',
      satuan: 'Kali',
      penanggungJawab: 'SEKRE',
      targetTw1: 1,
      targetTw2: 1,
      targetTw3: 1,
      targetTw4: 1,
    });
  });
});

describe('planImport: realisasi that is not available ("n/a")', () => {
  const tracker = sampleTracker();
  const p = preview(REALISASI_NA, {}, tracker);
  const t = p.tables[0];

  it('writes n/a, N/A, tidak tersedia, n.a. and NA into Data Kinerja as typed, not as a problem', () => {
    // IK-01 is typed in the tracker (TW I 20, TW II 35): the source's TW II "n/a" replaces 35.
    const change = t?.rows[0];
    expect(change?.action === 'change' ? change.changes : []).toEqual([
      { field: 'realisasiTw2', label: 'Realisasi TW II', old: 35, new: 'n/a' },
    ]);
    // IK-02 is new: its four quarters are four spellings of the one list, written as typed.
    const added = t?.rows[1];
    expect(added?.action === 'add' ? [added.targetRow, added.values] : []).toEqual([
      7,
      {
        kodeIndikator: 'IK-02',
        indikator: 'Persentase cabang olahraga berprestasi',
        satuan: 'Persen',
        target: 100,
        realisasiTw1: 'N/A',
        realisasiTw2: 'Tidak Tersedia',
        realisasiTw3: 'n.a.',
        realisasiTw4: 'NA',
        bagian: 'SEKRE',
        sumber: 'realisasi-tidak-tersedia.xlsx · Realisasi!A3:H3',
      },
    ]);
    expect(t?.problems.map((x) => x.code)).not.toContain('value/not-available');
    expect(p.plan.notes[1]).toBe('Data Kinerja baris 6: Realisasi TW II 35 → “n/a”.');
  });

  it('gives a capaian that cannot be computed for want of the figure — never 0', () => {
    // Triwulan Berjalan 4: IK-01 lacks TW II (n/a), IK-02 lacks all four; IK-03 has no Data Kinerja row.
    const model = readTrackerModel(applyPlanToSnapshot(tracker, p.plan));
    expect(model.indicators().map((i) => [i.kode, i.realisasi, i.capaian])).toEqual([
      ['IK-01', undefined, { kind: 'undefined', problem: 'realisasi-tidak-tersedia', missing: [2] }],
      ['IK-02', undefined, { kind: 'undefined', problem: 'realisasi-tidak-tersedia', missing: [1, 2, 3, 4] }],
      ['IK-03', undefined, { kind: 'undefined', problem: 'tanpa-data-kinerja' }],
    ]);
  });

  it('plans nothing when imported again', () => {
    const again = planImport(sourceSnapshot(REALISASI_NA), applyPlanToSnapshot(tracker, p.plan), {
      sourceName: REALISASI_NA.file,
    });
    expect(again.tables[0]?.rows.map((r) => (r.action === 'skip' ? r.reason : r.action))).toEqual([
      'row/same',
      'row/same',
    ]);
  });
});

describe('planImport: a PK pasted from Word', () => {
  const p = preview(PK_WORD);
  const [indicators, programs] = p.tables;

  it('carries the merged sasaran down, reports text targets, adds without a code and asks for it', () => {
    expect(
      indicators?.rows.map((r) => [r.action, r.sourceRows[0], r.action === 'skip' ? r.reason : r.targetRow]),
    ).toEqual([
      ['add', 39, 9],
      ['add', 40, 10],
      ['change', 41, 8],
      ['add', 42, 11],
    ]);
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'pk', 9)).toEqual({
      sasaran: 'Meningkatnya partisipasi pemuda',
      indikator: 'Jumlah organisasi kepemudaan yang aktif',
    });
    expect(row(wb, 'pk', 10)).toEqual({
      sasaran: 'Meningkatnya partisipasi pemuda',
      indikator: 'Persentase pemuda yang mengikuti pelatihan',
      satuan: '%',
      target: 21.5,
    });
    expect(row(wb, 'pk', 8).target).toBe(0.9);
    expect(row(wb, 'pk', 11)).toEqual({
      sasaran: 'Meningkatnya prestasi olahraga',
      indikator: 'Jumlah kelompok pemuda binaan',
    });
    expect(indicators?.problems.map((x) => [x.code, x.row, x.column])).toEqual([
      ['value/text-target', 39, 'D'],
      ['value/text-target', 42, 'D'],
    ]);
    expect(indicators?.decisions.map((d) => [d.code, d.question])).toEqual([
      ['table/target', 'Ke sheet mana tabel PK 2026!A38:D42 diimpor: PK, Cascading, Renja-RKT?'],
      [
        'key/missing',
        '3 baris baru dari tabel PK 2026!A38:D42 tidak punya Kode Indikator: kode apa yang dipakai?',
      ],
    ]);
  });

  it('reads the program table into DPA: codes split from the names, rupiah text read, JUMLAH skipped', () => {
    expect(programs?.counts).toEqual({ read: 3, add: 1, change: 1, skip: 1 });
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'dpa', 7)).toEqual({
      kodeProgram: '2.13.01',
      program: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      pagu: 5_294_655_000,
    });
    expect(row(wb, 'dpa', 6).pagu).toBe(750_000_000);
    expect(p.plan.notes).toContain('DPA baris 6: Pagu (Rp) 700.000.000 → 750.000.000.');
  });
});

describe('planImport: a long table', () => {
  it('pivots one row per quarter into one Data Kinerja row per indicator', () => {
    const p = preview(LONG_TRIWULAN);
    const t = p.tables[0];
    expect(t?.counts).toEqual({ read: 6, add: 2, change: 4, skip: 0 });
    expect(t?.rows.map((r) => [r.action, r.sourceRows])).toEqual([
      ['change', [2, 3, 4, 5]],
      ['add', [6, 7]],
    ]);
    expect(t?.decisions[0]?.inferred).toBe('kumulatif (nilai sampai dengan periode itu)');
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'dataKinerja', 6)).toMatchObject({
      realisasiTw1: 20,
      realisasiTw2: 40,
      realisasiTw3: 60,
      realisasiTw4: 80,
    });
    expect(row(wb, 'dataKinerja', 7)).toEqual({
      bagian: 'SEKRE',
      kodeIndikator: 'IK-02',
      indikator: 'Persentase cabang olahraga berprestasi',
      satuan: 'Persen',
      target: 40,
      realisasiTw1: 10,
      realisasiTw2: 20,
      sumber: 'realisasi-per-baris.xlsx · Realisasi!A6:G6 (+1 baris)',
    });
  });
});

describe('planImport: a program tree', () => {
  it('skips the bidang urusan, changes the known program, adds the kegiatan and its sub kegiatan', () => {
    const p = preview(POHON_PROGRAM);
    const t = p.tables[0];
    expect(t?.rows.map((r) => [r.action, r.key])).toEqual([
      ['skip', '2.13'],
      ['change', '2.13.02'],
      ['add', '2.13.02.2.01'],
      ['add', '2.13.02.2.01.0001'],
    ]);
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'dpa', 8)).toEqual({
      kodeProgram: '2.13.02.2.01.0001',
      program: 'Penyelenggaraan Pemilihan Pemuda Pelopor',
      subKegiatan: 'Seleksi Pemuda Pelopor Tingkat Kabupaten',
      indikatorKeluaran: 'Jumlah peserta seleksi',
      satuan: 'Orang',
      target: 100,
      pagu: 100_000_000,
    });
  });
});

describe('planImport: a code split over columns', () => {
  it('joins the parts under the merged "Kode" into one Kode Program/Kegiatan', () => {
    const p = preview(KODE_TERPISAH);
    const t = p.tables[0];
    expect(
      t?.proposal.columns.map((c) => [c.column.letter, c.column.codePart === true, c.fieldLabel]).slice(0, 6),
    ).toEqual([
      ['A', false, 'Kode Program/Kegiatan'],
      ['B', true, 'Kode Program/Kegiatan'],
      ['C', true, 'Kode Program/Kegiatan'],
      ['D', true, 'Kode Program/Kegiatan'],
      ['E', true, 'Kode Program/Kegiatan'],
      ['F', false, 'Program/Kegiatan'],
    ]);
    expect(t?.rows.map((r) => [r.action, r.key])).toEqual([
      ['skip', '2.13'],
      ['change', '2.13.02'],
      ['add', '2.13.02.2.01'],
      ['add', '2.13.02.2.01.0001'],
    ]);
    const wb = applyPlanToSnapshot(sampleTracker(), p.plan);
    expect(row(wb, 'dpa', 8)).toEqual({
      kodeProgram: '2.13.02.2.01.0001',
      program: 'Penyelenggaraan Pemilihan Pemuda Pelopor',
      subKegiatan: 'Seleksi Pemuda Pelopor Tingkat Kabupaten',
      indikatorKeluaran: 'Jumlah peserta seleksi',
      satuan: 'Orang',
      target: 100,
      pagu: 100_000_000,
    });
  });
});

describe('planImport: safety', () => {
  it.each(SOURCE_FIXTURES.map((f) => [f.file, f] as const))(
    '%s: the preview changes nothing, applying twice is idempotent',
    (_, f) => {
      const tracker = sampleTracker();
      const source = sourceSnapshot(f);
      const before = JSON.stringify(tracker);
      const sourceBefore = JSON.stringify(source);
      const first = planImport(source, tracker, { sourceName: f.file });
      expect(JSON.stringify(tracker)).toBe(before);
      expect(JSON.stringify(source)).toBe(sourceBefore);
      expect(first.plan.ops.length).toBeGreaterThan(0);
      const once = applyPlanToSnapshot(tracker, first.plan);
      const second = planImport(source, once, { sourceName: f.file });
      expect(second.plan.ops).toEqual([]);
      expect(second.tables.flatMap((t) => t.rows.filter((r) => r.action !== 'skip'))).toEqual([]);
      // The plan writes only into the tracker's own sheets, never into a sheet of the source.
      const sourceSheets = new Set(source.sheets.map((s) => s.name));
      expect(first.plan.ops.filter((op) => sourceSheets.has(op.sheet))).toEqual([]);
    },
  );

  it('skips a table without a target, and a tracker without the sheet', () => {
    const p = planImport(
      {
        sheets: [
          {
            name: 'Daftar',
            rows: [
              ['Nama Pegawai', 'Golongan'],
              ['Budi', 'III/a'],
            ],
          },
        ],
      },
      sampleTracker(),
    );
    expect(p.tables).toEqual([]);
    expect(p.plan.notes).toEqual(['Tidak ada tabel yang dikenali di berkas sumber.']);
    const noSheet = planImport(sourceSnapshot(LONG_TRIWULAN), { sheets: [] });
    expect(noSheet.tables[0]?.rows.map((r) => (r.action === 'skip' ? [r.reason, r.message] : []))).toEqual([
      ['table/no-sheet', 'Tracker tidak punya sheet Data Kinerja: jalankan lakip init dulu.'],
    ]);
    expect(noSheet.plan.ops).toEqual([]);
  });

  it('a correction (the --peta shape) decides the target: nothing is asked again', () => {
    const mapping = { tables: [{ sheet: 'PK 2026', headerRow: 45, target: 'renja' as const }] };
    const p = preview(PK_WORD, { mapping });
    expect(p.tables[1]?.proposal.target).toBe('renja');
    expect(p.tables[1]?.decisions.map((d) => d.code)).toEqual([]);
  });
});

describe('importJson', () => {
  it('prints the shape of issue #12', () => {
    const json = importJson(preview(LONG_TRIWULAN)) as { tables: unknown[] };
    expect(Object.keys(json)).toEqual(['source', 'tables']);
    expect(json.tables[0]).toEqual({
      sheet: 'Realisasi',
      range: 'A1:G7',
      headerRows: [1, 1],
      target: 'Data Kinerja',
      columns: [
        { column: 'A', label: 'Kode Indikator', field: 'Kode Indikator', confidence: 0.9 },
        { column: 'B', label: 'Indikator Kinerja', field: 'Indikator', confidence: 0.9 },
        { column: 'C', label: 'Satuan', field: 'Satuan', confidence: 0.9 },
        { column: 'D', label: 'Target', field: 'Target', confidence: 0.9 },
        { column: 'E', label: 'Triwulan', field: null, confidence: 0.9 },
        { column: 'F', label: 'Realisasi', field: 'Realisasi TW (menurut kolom triwulan)', confidence: 0.9 },
        { column: 'G', label: 'Keterangan', field: null, confidence: 0 },
      ],
      rows: { read: 6, add: 2, change: 4, skip: 0 },
      problems: [
        {
          code: 'realisasi/metode',
          row: 2,
          column: '',
          message:
            'Baris 2, 3, 4, 5: realisasi dibaca kumulatif (nilai sampai dengan periode itu), tetapi Isian Realisasi indikator IK-01 "Per Triwulan" dan Metode Agregasinya "Kumulatif" menjumlahkan triwulan: capaian akan salah. Isi kolom Isian Realisasi indikator ini di PK dengan "Kumulatif s.d. Triwulan" (atau Isian Realisasi Triwulan di Pengaturan bila semua indikator diisi begitu), atau impor dengan pilihan per triwulan.',
        },
      ],
    });
  });
});

describe('inferQuarterMode', () => {
  it('reads cumulative, per-quarter and undecided series', () => {
    expect(inferQuarterMode([{ values: [20, 40, 60, 79], target: 80 }]).inferred).toBe('kumulatif');
    expect(inferQuarterMode([{ values: [20, 20, 20, 20], target: 80 }]).inferred).toBe('per-triwulan');
    expect(inferQuarterMode([{ values: [30, 10, 25, 15], target: 80 }]).inferred).toBe('per-triwulan');
    expect(inferQuarterMode([{ values: [5, 6, undefined, undefined], target: 80 }])).toEqual({
      inferred: null,
      evidence:
        'nilai tidak pernah turun, tetapi tidak jelas apakah nilai terakhir atau jumlahnya yang mendekati target',
    });
    expect(
      inferQuarterMode([{ values: [5, undefined, undefined, undefined], target: 80 }]).inferred,
    ).toBeNull();
  });
});

describe('planImport: the mapping memory', () => {
  it('remembers a corrected layout in the tracker and reuses it for next year’s file without asking', () => {
    const tracker = sampleTracker();
    const mapping = {
      tables: [{ sheet: 'PK 2026', headerRow: 38, target: 'iku' as const, columns: { D: null } }],
    };
    const first = planImport(sourceSnapshot(PK_WORD), tracker, { sourceName: 'pk-2026.xlsx', mapping });
    const after = applyPlanToSnapshot(tracker, first.plan);
    const memory = findSheet(after, 'Peta Impor');
    expect(memory?.rows.slice(0, 2)).toEqual([
      ['Tata Letak', 'Sheet Tujuan', 'Kolom', 'Hitungan Periode', 'Dipelajari dari'],
      [
        'A=no|B=sasaran strategis|C=indikator kinerja utama|D=target',
        'IKU',
        '{"A":null,"B":"sasaran","C":"indikator","D":null}',
        null,
        'pk-2026.xlsx · PK 2026!A38:D42',
      ],
    ]);
    expect(first.plan.ops.find((op) => op.op === 'ensureSheet')).toEqual({
      op: 'ensureSheet',
      sheet: 'Peta Impor',
      hidden: true,
    });
    // Next year: the same layout on a sheet with another name.
    const nextYear = {
      sheets: sourceSnapshot(PK_WORD).sheets.map((s) => ({ ...s, name: 'PK 2027' })),
    };
    const second = planImport(nextYear, after, { sourceName: 'pk-2027.xlsx' });
    const [indicators] = second.tables;
    expect(indicators?.remembered).toBe(true);
    expect(indicators?.proposal.target).toBe('iku');
    // Nothing asked: the target and the columns are remembered, and the rows are there already.
    expect(indicators?.decisions).toEqual([]);
    expect(indicators?.rows.map((r) => (r.action === 'skip' ? r.reason : r.action))).toEqual([
      'row/same',
      'row/same',
      'row/same',
      'row/same',
    ]);
    expect(indicators?.proposal.columns.map((c) => c.field)).toEqual([null, 'sasaran', 'indikator', null]);
    // Remembered the same: nothing more is written to the memory.
    expect(second.plan.ops.filter((op) => op.sheet === 'Peta Impor')).toEqual([]);
  });

  it('remembers how the periods are counted', () => {
    const tracker = sampleTracker();
    const first = planImport(sourceSnapshot(RENAKSI_BULANAN), tracker, { quarterMode: 'kumulatif' });
    const after = applyPlanToSnapshot(tracker, first.plan);
    expect(findSheet(after, 'Peta Impor')?.rows[1]?.[3]).toBe('kumulatif');
    const second = planImport(sourceSnapshot(RENAKSI_BULANAN), after);
    expect(second.tables[0]?.decisions[0]?.chosen).toBe(
      'kumulatif (nilai sampai dengan periode itu) (diingat dari impor sebelumnya)',
    );
  });
});

describe('planImport: into a PK with its program table below the indicators', () => {
  // test/support/pk-program-fixtures.ts: PK rows 2–3 the indicators IK-01 (target 100) and
  // IK-02 (target 80), row 4 empty, row 5 the program table's header, rows 6–7 P1 and P2.
  const pkSchema = schemaById('pk') as TableSheetSchema;
  const mapping = { tables: [{ sheet: '*', target: 'pk' as const }] };
  function pkSource(rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
    return {
      sheets: [
        {
          name: 'PK 2026',
          rows: [['Kode Indikator', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target'], ...rows],
        },
      ],
    };
  }
  const ik01 = ['IK-01', 'Sasaran Uji', 'Indikator IK-01', '%', 95];
  const ik03 = ['IK-03', 'Sasaran Uji', 'Indikator IK-03', '%', 70];
  const ik04 = ['IK-04', 'Sasaran Uji', 'Indikator IK-04', '%', 60];
  const pkRows = (wb: WorkbookSnapshot): CellValue[][] =>
    (findSheet(wb, 'PK')?.rows ?? []).map((r) => [...r]);

  it('adds a new indicator right below the last one (row 4), above the program table, which stays as typed', () => {
    const tracker = pkWithProgramTableSnapshot();
    const p = planImport(pkSource([ik01, ik03]), tracker, { mapping });
    const t = p.tables[0];
    // IK-01 is the tracker's row 2 (target 100 → 95); IK-03 is new and goes to row 3 + 1 = 4.
    expect(t?.rows.map((r) => [r.action, r.key, r.action === 'skip' ? r.reason : r.targetRow])).toEqual([
      ['change', 'IK-01', 2],
      ['add', 'IK-03', 4],
    ]);
    expect(t?.problems).toEqual([]);
    const after = applyPlanToSnapshot(tracker, p.plan);
    // The program table's rows 5–7 are exactly as before.
    expect(pkRows(after).slice(4, 7)).toEqual(pkRows(tracker).slice(4, 7));
    const read = readPkSheet(findSheet(after, 'PK') as never, pkSchema);
    expect(
      read.indicators.rows.map((r) => [r.excelRow, r.raw.get('kodeIndikator'), r.raw.get('target')]),
    ).toEqual([
      [2, 'IK-01', 95],
      [3, 'IK-02', 80],
      [4, 'IK-03', 70],
    ]);
    expect(read.programs?.headerRow).toBe(5);
    expect(read.programs?.rows.map((r) => [r.raw.get('program'), r.raw.get('anggaran')])).toEqual([
      [P1, 150_000_000],
      [P2, 55_000_000],
    ]);
    // IK-01's Data Kinerja TW IV 90 (Nilai Akhir) against the new target: 90 / 95 × 100 = 94,74 %.
    const ind = readTrackerModel(after)
      .indicators()
      .find((i) => i.kode === 'IK-01');
    expect(ind?.capaian.kind === 'ok' ? Math.round(ind.capaian.value * 100) / 100 : ind?.capaian).toBe(94.74);
    // Imported again: nothing to do.
    const again = planImport(pkSource([ik01, ik03]), after, { mapping });
    expect(again.tables[0]?.rows.map((r) => (r.action === 'skip' ? r.reason : r.action))).toEqual([
      'row/same',
      'row/same',
    ]);
  });

  it('a Data Kinerja row found by its indicator name: the program table’s cells are never taken for indicators', () => {
    // Row 7 of the PK holds P2 | 55.000.000 | "Dana Dekonsentrasi" in the columns of Kode Indikator,
    // Sasaran and Indikator Kinerja: read as an indicator row, "Dana Dekonsentrasi" would get the code P2.
    const source: WorkbookSnapshot = {
      sheets: [
        {
          name: 'Realisasi',
          rows: [
            ['Indikator Kinerja', 'Realisasi TW I', 'Realisasi TW II'],
            ['Indikator IK-02', 80, 80],
            ['Dana Dekonsentrasi', 10, 20],
          ],
        },
      ],
    };
    const p = planImport(source, pkWithProgramTableSnapshot(), {
      mapping: { tables: [{ sheet: '*', target: 'dataKinerja' }] },
    });
    expect(p.tables[0]?.rows.map((r) => [r.action, r.key, r.action === 'skip' ? r.reason : null])).toEqual([
      ['change', 'IK-02', null],
      ['skip', null, 'row/no-key'],
    ]);
    // IK-02 is found by its name in the PK's indicators (its Data Kinerja row 3 gets the name only).
    const first = p.tables[0]?.rows[0];
    expect(first?.action === 'change' ? [first.targetRow, first.changes.map((c) => c.field)] : []).toEqual([
      3,
      ['indikator'],
    ]);
  });

  it('refuses new indicators that do not fit above the program table, and never writes over it', () => {
    const tracker = pkWithProgramTableSnapshot();
    // Two new indicators (IK-03, IK-04), one empty row (row 4) between row 3 and the program header.
    const p = planImport(pkSource([ik01, ik03, ik04]), tracker, { mapping });
    const t = p.tables[0];
    expect(t?.rows.map((r) => [r.action, r.key, r.action === 'skip' ? r.reason : r.targetRow])).toEqual([
      ['change', 'IK-01', 2],
      ['skip', 'IK-03', 'table/no-room'],
      ['skip', 'IK-04', 'table/no-room'],
    ]);
    expect(t?.counts).toEqual({ read: 3, add: 0, change: 1, skip: 2 });
    const message =
      'PK punya tabel program tepat di bawah indikator (judulnya di baris 5): 2 baris indikator baru tidak muat, karena hanya ada 1 baris kosong di atasnya, dan impor tidak menimpa tabel program. Sisakan 2 baris kosong antara baris indikator terakhir (baris 3) dan tabel program, atau pindahkan tabel program ke bawah, lalu impor lagi.';
    expect(t?.problems).toEqual([{ code: 'pk/program-table', row: 0, column: '', message }]);
    expect(p.plan.notes).toContain(message);
    expect(t?.rows[1]?.action === 'skip' ? t.rows[1].message : '').toBe(
      'Baris 3: tidak ditambahkan, karena baris indikator baru tidak muat di atas tabel program PK.',
    );
    // The only PK write is IK-01's Target (row 2, column G).
    expect(p.plan.ops.filter((op) => op.sheet === 'PK')).toEqual([
      { op: 'setValues', sheet: 'PK', row: 2, col: 7, values: [[95]] },
    ]);
    const after = applyPlanToSnapshot(tracker, p.plan);
    const rows = pkRows(after);
    expect(rows.slice(2)).toEqual(pkRows(tracker).slice(2));
    expect(rows.length).toBe(7);

    // With no empty row at all (the program header right below IK-02), even one new indicator is refused.
    const tight = {
      sheets: tracker.sheets.map((s) =>
        s.name === 'PK' ? { ...s, rows: s.rows.filter((_, i) => i !== 3) } : s,
      ),
    };
    const one = planImport(pkSource([ik03]), tight, { mapping });
    expect(one.tables[0]?.problems.map((x) => x.message)).toEqual([
      'PK punya tabel program tepat di bawah indikator (judulnya di baris 4): 1 baris indikator baru tidak muat, karena tidak ada baris kosong di atasnya, dan impor tidak menimpa tabel program. Sisakan 1 baris kosong antara baris indikator terakhir (baris 3) dan tabel program, atau pindahkan tabel program ke bawah, lalu impor lagi.',
    ]);
    expect(one.plan.ops.filter((op) => op.sheet === 'PK')).toEqual([]);
  });
});
