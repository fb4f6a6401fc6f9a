import { FORMAT } from '../layout/formats';
import { linesFor } from '../layout/row-height';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { sheetsTouched, type WriteOp } from '../plan/plan';
import { readTable } from '../read/read-table';
import { readKeyValue } from '../read/read-keyvalue';
import { ALL_SHEETS, LISTS_SHEET, SCHEMAS } from '../schema/registry';
import type { TableSheetSchema } from '../schema/types';
import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import { SOP_STEPS } from '../seed/sop-steps';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { pkWithProgramTableSnapshot } from '../../../test/support/pk-program-fixtures';
import { buildInitPlan } from './init-plan';

const EMPTY: WorkbookSnapshot = { sheets: [] };

function init(wb: WorkbookSnapshot, sample = false): WorkbookSnapshot {
  const plan = buildInitPlan(wb, {
    tahun: 2017,
    unit: 'Kecamatan Pasrujambe',
    kabupaten: 'Lumajang',
    ...(sample ? { sample: SAMPLE_PASRUJAMBE_2017 } : {}),
  });
  return applyPlanToSnapshot(wb, plan);
}

function textLines(v: CellValue | undefined): string[] {
  return typeof v === 'string' ? v.split('\n') : [];
}

function sheet(wb: WorkbookSnapshot, name: string) {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('a new tracker', () => {
  const wb = init(EMPTY);

  test('every Identitas row is as tall as its wrapped lines, not only its line breaks (Peringatan is one line)', () => {
    const plan = buildInitPlan(EMPTY, { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang' });
    const heights = new Map(
      plan.ops.flatMap((o) =>
        o.op === 'setRowHeight' && o.sheet === 'Identitas SOP' ? [[o.row, o.height]] : [],
      ),
    );
    const rows = sheet(wb, 'Identitas SOP').rows;
    rows.forEach((r, i) => {
      if (i < 3 || typeof r[1] !== 'string') return;
      const lines = linesFor(r[1], 80);
      if (lines > 1)
        expect({ row: i + 1, height: heights.get(i + 1) ?? 15 }).toEqual({
          row: i + 1,
          height: lines * 15 + 3,
        });
    });
    const peringatan = rows.findIndex((r) => r[0] === 'Peringatan') + 1;
    expect(heights.get(peringatan)).toBeGreaterThan(15);
  });

  test('has every sheet of the contract, in the contract order', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(ALL_SHEETS.map((s) => s.name));
  });

  test('every table sheet has its header in row 5 with every column, required ones marked *', () => {
    for (const schema of ALL_SHEETS) {
      if (schema.kind !== 'table') continue;
      const read = readTable(sheet(wb, schema.name), schema);
      // Columns read only when a user adds them (the months of a monthly Rencana Aksi) are not written.
      const onRequest = schema.columns.filter((c) => c.onRequest === true).map((c) => c.key);
      expect({
        sheet: schema.name,
        header: read.headerRow,
        missing: read.missingColumns.map((c) => c.key),
      }).toEqual({
        sheet: schema.name,
        header: 5,
        missing: onRequest,
      });
      // The 12 months of Rencana Aksi; PK's Pembilang and Penyebut; Data Kinerja's Pembilang and
      // Penyebut TW I–IV (written by init only when the PK names them).
      const expected =
        schema.id === 'renaksi' || schema.id === 'renaksiBerikut'
          ? 12
          : schema.id === 'pk'
            ? 2
            : schema.id === 'dataKinerja'
              ? 8
              : 0;
      expect([schema.id, onRequest.length]).toEqual([schema.id, expected]);
      const header = sheet(wb, schema.name).rows[4] ?? [];
      for (const c of schema.columns) {
        if (c.onRequest === true) continue;
        const label = header[read.columnIndex.get(c.key) as number];
        expect(label).toBe(c.required ? `${c.label} *` : c.label);
      }
    }
  });

  test('the title rows name the sheet, the unit and the year', () => {
    const pk = sheet(wb, 'PK');
    expect(pk.rows[0]?.[0]).toBe(SCHEMAS.pk.title);
    expect(pk.rows[1]?.[0]).toBe('Kecamatan Pasrujambe · Tahun 2017');
    expect(sheet(wb, 'Renja Tahun Berikut').rows[1]?.[0]).toBe('Kecamatan Pasrujambe · Tahun 2018');
    expect(pk.rows[2]?.[0]).toEqual(expect.stringContaining('wajib diisi'));
  });

  test('the SOP sheet is the grid of the 13 steps by actor, with the mutu baku beside it', () => {
    const read = readTable(sheet(wb, 'SOP'), SCHEMAS.sop);
    expect(read.actorColumns.map((a) => a.label)).toEqual(['Camat', 'Sekcam', 'Kasi/Kasubbag', 'Staf']);
    expect(read.rows).toHaveLength(13);
    read.rows.forEach((row, i) => {
      const step = SOP_STEPS[i]!;
      expect(row.raw.get('no')).toBe(step.no);
      expect(row.raw.get('aktivitas')).toBe(step.aktivitas);
      expect(row.raw.get('waktu')).toBe(step.waktu);
      const marked = [...row.actors].filter(([, v]) => v === '✓').map(([k]) => k);
      expect(marked).toEqual(step.actors);
    });
    expect(sheet(wb, 'SOP').rows[3]?.[2]).toBe('Pelaksana');
  });

  test('the Dokumen sheet is the 14-document checklist for the year, all Belum Ada', () => {
    const read = readTable(sheet(wb, 'Dokumen'), SCHEMAS.dokumen);
    expect(read.rows).toHaveLength(14);
    expect(read.rows.map((r) => r.raw.get('status'))).toEqual(Array(14).fill('Belum Ada'));
    expect(read.rows.map((r) => r.raw.get('sheet'))).toEqual(
      ALL_SHEETS.filter((s): s is TableSheetSchema => s.kind === 'table' && s.documentCode !== undefined).map(
        (s) => s.name,
      ),
    );
    expect(read.rows[12]?.raw.get('nama')).toBe('Renja Tahun 2018');
    expect(read.rows[12]?.raw.get('tahun')).toBe(2018);
  });

  test('Pengaturan and Identitas SOP are filled from the options and the seed', () => {
    const p = readKeyValue(sheet(wb, 'Pengaturan'), SCHEMAS.pengaturan);
    expect(p.missingFields).toEqual([]);
    expect(p.fields.get('namaUnit')?.raw).toBe('Kecamatan Pasrujambe');
    expect(p.fields.get('tahunLaporan')?.raw).toBe(2017);
    expect(p.fields.get('batasTinggi')?.raw).toBe(76);
    const id = readKeyValue(sheet(wb, 'Identitas SOP'), SCHEMAS.identitas);
    expect(id.missingFields).toEqual([]);
    expect(textLines(id.fields.get('dasarHukum')?.raw)).toHaveLength(10);
    expect(textLines(id.fields.get('keterkaitan')?.raw)).toHaveLength(14);
    expect(id.fields.get('pencatatan')?.raw).toContain('soft copy maupun hard copy');
  });

  test('pilihan columns get dropdowns and required-looking columns get formats; headers are frozen', () => {
    const plan = buildInitPlan(EMPTY, { tahun: 2017 });
    const dropdowns = plan.ops.filter(
      (o): o is Extract<WriteOp, { op: 'listValidation' }> => o.op === 'listValidation',
    );
    const pkMetode = dropdowns.find((d) => d.sheet === 'PK' && d.col === 6);
    expect(pkMetode?.source).toEqual({ values: ['Kumulatif', 'Nilai Akhir', 'Rata-rata'] });
    const pkPj = dropdowns.find((d) => d.sheet === 'PK' && d.col === 11);
    expect(pkPj?.source).toEqual({ range: 'Bagian!$A$6:$A$105' });
    expect(plan.ops).toContainEqual({ op: 'freezePanes', sheet: 'PK', rows: 5, cols: 0 });
    expect(plan.ops).toContainEqual(
      expect.objectContaining({ op: 'setNumberFormat', sheet: 'PK', col: 10, format: FORMAT.rupiah }),
    );
    // No list is longer than Excel's inline limit, so no lists sheet is needed.
    expect(sheetsTouched(plan)).not.toContain(LISTS_SHEET);
  });
});

describe('upgrading in place', () => {
  test('a second run plans nothing', () => {
    const once = init(EMPTY, true);
    const plan = buildInitPlan(once, { tahun: 2017, sample: SAMPLE_PASRUJAMBE_2017 });
    expect(plan.ops).toEqual([]);
  });

  test('cells typed by a user survive, cell by cell; missing sheets and columns are added', () => {
    const base = init(EMPTY);
    // A user fills cells, deletes a column header's sheet, adds their own column, removes a sheet.
    const pkRows = sheet(base, 'PK').rows.map((r) => [...r]);
    pkRows[5] = [
      'IK-01',
      'Sasaran',
      'Indikator',
      'nilai',
      'Positif',
      'Rata-rata',
      82,
      '5.01.01',
      'Program',
      1000,
      'PEM',
      'catatan saya',
    ];
    pkRows[4] = [...(pkRows[4] ?? []).slice(0, 10), 'Penanggung Jawab *', 'Catatan Saya'];
    // Drop the Anggaran column header: the user deleted the column.
    const header = pkRows[4];
    header.splice(9, 1, null);
    const typed: WorkbookSnapshot = {
      sheets: base.sheets
        .filter((s) => s.name !== 'IKI')
        .map((s) => (s.name === 'PK' ? { name: 'PK', rows: pkRows } : s))
        .concat([{ name: 'Catatan Sekcam', rows: [['rapat 3 Januari'], [42]] }]),
    };
    const after = init(typed);
    // Every cell the user had is unchanged.
    for (const s of typed.sheets) {
      const now = sheet(after, s.name);
      s.rows.forEach((row, r) =>
        row.forEach((cell: CellValue, c) => {
          if (cell !== null)
            expect({ sheet: s.name, r, c, v: now.rows[r]?.[c] }).toEqual({ sheet: s.name, r, c, v: cell });
        }),
      );
    }
    expect(after.sheets.map((s) => s.name)).toContain('IKI');
    const pk = readTable(sheet(after, 'PK'), SCHEMAS.pk);
    // Only the on-request columns (Pembilang, Penyebut) are not added.
    expect(pk.missingColumns.map((c) => c.key)).toEqual(['pembilang', 'penyebut']);
    // The missing column is appended after the last header cell, not put back in the hole.
    expect(pk.columnIndex.get('anggaran')).toBe(12);
    expect(pk.extraColumns.map((e) => e.label)).toEqual(['Catatan Saya']);
    // And the next run changes nothing.
    expect(buildInitPlan(after, { tahun: 2017 }).ops).toEqual([]);
  });

  test('a sheet with data but no recognisable header is left alone and said so', () => {
    const wb: WorkbookSnapshot = { sheets: [{ name: 'DPA', rows: [['sesuatu'], ['lain']] }] };
    const plan = buildInitPlan(wb, { tahun: 2017 });
    expect(plan.ops.some((o) => o.sheet === 'DPA')).toBe(false);
    expect(plan.notes.join(' ')).toMatch(/Sheet DPA .* tidak diubah/);
  });

  test('a key–value sheet missing fields gets them appended below, without changing typed values', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        {
          name: 'Pengaturan',
          rows: [['Pengaturan'], ['Nama Unit Kerja', 'Kecamatan Tempeh'], ['Tahun Laporan', 2019]],
        },
      ],
    };
    const after = init(wb);
    const p = readKeyValue(sheet(after, 'Pengaturan'), SCHEMAS.pengaturan);
    expect(p.missingFields).toEqual([]);
    expect(p.fields.get('namaUnit')?.raw).toBe('Kecamatan Tempeh');
    expect(p.fields.get('tahunLaporan')?.raw).toBe(2019);
    expect(p.fields.get('kabupaten')?.row).toBe(4);
    // The unit and year of the existing tracker win over the options.
    expect(sheet(after, 'PK').rows[1]?.[0]).toBe('Kecamatan Tempeh · Tahun 2019');
  });

  test('a sheet with a header and no data gets the default rows, in its own column order', () => {
    const wb: WorkbookSnapshot = {
      sheets: [{ name: 'Bagian', rows: [['Nama Bagian', 'Kode Bagian', 'Catatan', 'Jenis']] }],
    };
    const after = init(wb);
    const bagian = sheet(after, 'Bagian');
    expect(bagian.rows[0]).toEqual(['Nama Bagian', 'Kode Bagian', 'Catatan', 'Jenis', 'Nama Kepala', 'NIP']);
    const first = bagian.rows[1] ?? [];
    expect(first[0]).toBe('Subbagian Umum dan Kepegawaian');
    expect(first[1]).toBe('UMPEG');
    expect(first[2] ?? null).toBeNull();
    expect(first[3]).toBe('Subbagian');
    expect(readTable(bagian, SCHEMAS.bagian).rows).toHaveLength(7);
  });
});

describe('A/B indicators: Data Kinerja gets Pembilang/Penyebut TW I–IV only when the PK names them', () => {
  const RATIO_LABELS = [
    'Pembilang TW I',
    'Pembilang TW II',
    'Pembilang TW III',
    'Pembilang TW IV',
    'Penyebut TW I',
    'Penyebut TW II',
    'Penyebut TW III',
    'Penyebut TW IV',
  ];
  const header = (wb: WorkbookSnapshot, name: string): readonly CellValue[] => sheet(wb, name).rows[4] ?? [];

  test('a tracker whose PK names no Pembilang or Penyebut: nothing added, and a rerun plans nothing', () => {
    const base = init(EMPTY, true);
    expect(
      header(base, 'Data Kinerja').filter((c) => typeof c === 'string' && RATIO_LABELS.includes(c)),
    ).toEqual([]);
    expect(buildInitPlan(base, { tahun: 2017 }).ops).toEqual([]);
  });

  test('the Sekcam types the PK headers Pembilang and Penyebut and names one indicator’s numbers: the eight columns are appended', () => {
    const base = init(EMPTY, true);
    const pkRows = sheet(base, 'PK').rows.map((r) => [...r]);
    // PK columns A–L; the two headers typed in M5:N5 and IK-04's names (row 9) below them.
    (pkRows[4] as CellValue[]).push('Pembilang', 'Penyebut');
    (pkRows[8] as CellValue[]).push('Jumlah berkas selesai tepat waktu', 'Jumlah berkas masuk');
    const wb = { sheets: base.sheets.map((s) => (s.name === 'PK' ? { name: 'PK', rows: pkRows } : s)) };
    const plan = buildInitPlan(wb, { tahun: 2017 });
    // Data Kinerja's 16 columns A–P: the eight go to Q5:X5, and nothing else of the sheet is written.
    expect(plan.notes).toContain(
      'Sheet Data Kinerja: ditambahkan kolom Pembilang TW I, Pembilang TW II, Pembilang TW III, Pembilang TW IV, Penyebut TW I, Penyebut TW II, Penyebut TW III, Penyebut TW IV di Q5 (setelah kolom terakhir).',
    );
    const after = applyPlanToSnapshot(wb, plan);
    expect(header(after, 'Data Kinerja').slice(16)).toEqual(RATIO_LABELS);
    expect(sheetsTouched(plan).filter((name) => name !== 'Data Kinerja')).toEqual([]);
    expect(buildInitPlan(after, { tahun: 2017 }).ops).toEqual([]);

    // The same PK in a workbook without Data Kinerja: the new sheet has them after Diimpor.
    const noData = { sheets: wb.sheets.filter((s) => s.name !== 'Data Kinerja') };
    const made = applyPlanToSnapshot(noData, buildInitPlan(noData, { tahun: 2017 }));
    expect(header(made, 'Data Kinerja').slice(15)).toEqual(['Diimpor', ...RATIO_LABELS]);
  });
});

describe('the sample', () => {
  const wb = init(EMPTY, true);
  test('fills every document sheet and Data Kinerja', () => {
    for (const schema of ALL_SHEETS) {
      if (schema.kind !== 'table') continue;
      expect({ sheet: schema.name, rows: readTable(sheet(wb, schema.name), schema).rows.length > 0 }).toEqual(
        {
          sheet: schema.name,
          rows: true,
        },
      );
    }
  });
  test('the SOP progress and the document checklist come from the sample', () => {
    const sop = readTable(sheet(wb, 'SOP'), SCHEMAS.sop);
    expect(sop.rows.filter((r) => r.raw.get('status') === 'Selesai')).toHaveLength(
      SAMPLE_PASRUJAMBE_2017.sopProgress.filter((p) => p.status === 'Selesai').length,
    );
    const dok = readTable(sheet(wb, 'Dokumen'), SCHEMAS.dokumen);
    expect(
      dok.rows.filter((r) => r.raw.get('status') === 'Diterima' || r.raw.get('status') === 'Diverifikasi')
        .length,
    ).toBe(12);
  });
});

describe("a sheet in the user's own layout that shares a tracker name", () => {
  // A "PK" the user keeps for something else: two labels in common with the tracker's PK at most.
  const ownPk = {
    name: 'PK',
    rows: [
      ['Rekap PK Kasi 2023'],
      [],
      ['No', 'Nama Pejabat', 'Indikator Kinerja', 'Target', 'Keterangan'],
      [1, 'Siti Aminah', 'Desa tertib administrasi', 90, 'ditandatangani 2 Januari'],
      [2, 'Agus Wibowo', 'Posyandu aktif', 75, null],
    ] as CellValue[][],
  };

  test('init writes nothing into it, makes no second header block, and says which sheet and what to do', () => {
    const wb: WorkbookSnapshot = { sheets: [ownPk] };
    const plan = buildInitPlan(wb, { tahun: 2023, unit: 'Kecamatan Pasrujambe' });
    expect(plan.ops.filter((o) => o.sheet === 'PK')).toEqual([]);
    // Every other sheet of the tracker is made.
    expect(sheetsTouched(plan)).toEqual(expect.arrayContaining(['Pengaturan', 'SOP', 'DPA', 'Data Kinerja']));
    const note = plan.notes.find((n) => n.startsWith('Sheet PK '));
    expect(note).toMatch(/Sheet PK dibiarkan, tidak diubah: isinya tersusun sendiri/);
    expect(note).toMatch(
      /ganti nama sheet itu \(mis\. "PK Saya"\), jalankan init lagi agar sheet PK tracker dibuat, lalu bawa datanya masuk/,
    );
    expect(note).toMatch(
      /lalu bawa datanya masuk dengan tab Impor di panel atau lakip import TRACKER TRACKER --sheet "PK Saya": kolomnya dipetakan ke sheet PK dan pratinjaunya ditampilkan sebelum ada yang ditulis\.$/,
    );
    const after = applyPlanToSnapshot(wb, plan);
    expect(sheet(after, 'PK').rows).toEqual(ownPk.rows);
  });

  test('the same for a key–value sheet without one label of ours; its year is not taken', () => {
    const own = {
      name: 'Pengaturan',
      rows: [
        ['Printer', 'Epson L3110'],
        ['Tahun', 2015],
      ] as CellValue[][],
    };
    const plan = buildInitPlan({ sheets: [own] }, { tahun: 2023 });
    expect(plan.ops.filter((o) => o.sheet === 'Pengaturan')).toEqual([]);
    expect(plan.notes.join('\n')).toMatch(/Sheet Pengaturan dibiarkan, tidak diubah/);
    const pk = plan.ops.find((o) => o.op === 'setValues' && o.sheet === 'PK' && o.row === 2);
    expect(pk).toMatchObject({ values: [['Unit Kerja (isi di sheet Pengaturan) · Tahun 2023']] });
  });

  test('a tracker sheet of an older version (most columns there) is still upgraded', () => {
    const base = init(EMPTY);
    const pkRows = sheet(base, 'PK').rows.map((r) => [...r]);
    // 6 of 12 columns gone (Target … Penanggung Jawab, and Isian Realisasi, which older versions lacked), 6 left
    (pkRows[4] as CellValue[]).splice(6, 6, null, null, null, null, null, null);
    const wb = { sheets: base.sheets.map((s) => (s.name === 'PK' ? { name: 'PK', rows: pkRows } : s)) };
    const plan = buildInitPlan(wb, { tahun: 2017 });
    expect(plan.notes.join('\n')).toMatch(/Sheet PK: ditambahkan kolom Target, Kode Program\/Kegiatan/);
    // With fewer than half of the columns left, it is no longer taken for the tracker's PK.
    (pkRows[4] as CellValue[])[5] = null;
    expect(buildInitPlan(wb, { tahun: 2017 }).notes.join('\n')).toMatch(/Sheet PK dibiarkan, tidak diubah/);
  });
});

describe('init --tahun on a tracker of another year', () => {
  const tracker2024 = init({ sheets: [] });
  test('the year is not changed, and the note says so and how to start the new year', () => {
    const wb = applyPlanToSnapshot(
      { sheets: [] },
      buildInitPlan({ sheets: [] }, { tahun: 2024, unit: 'Kecamatan Pasrujambe' }),
    );
    const plan = buildInitPlan(wb, { tahun: 2025, tahunGiven: true });
    expect(plan.ops).toEqual([]);
    expect(plan.notes).toEqual([
      'Tahun Laporan tracker ini 2024 (sheet Pengaturan), jadi tahun 2025 yang diminta tidak dipakai: tracker tetap untuk tahun 2024 dan tahunnya tidak diubah. Satu file tracker untuk satu tahun; untuk tahun 2025 buat file baru, mis. lakip init tracker-2025.xlsx --tahun 2025 --unit "Kecamatan Pasrujambe"',
    ]);
  });
  test('no note when the year was not asked for, or is the same', () => {
    expect(buildInitPlan(tracker2024, { tahun: 2030 }).notes).toEqual([]);
    expect(buildInitPlan(tracker2024, { tahun: 2017, tahunGiven: true }).notes).toEqual([]);
  });
});

test('init on a PK with its program table below the indicators writes into none of the program rows', () => {
  const wb = pkWithProgramTableSnapshot();
  const plan = buildInitPlan(wb, { tahun: 2017 });
  // Rows 5–7 of the PK are the program table's header and rows (test/support/pk-program-fixtures.ts).
  const writes = plan.ops.filter(
    (o): o is Extract<WriteOp, { op: 'setValues' }> => o.op === 'setValues' && o.sheet === 'PK',
  );
  expect(writes.filter((o) => o.row + o.values.length - 1 >= 5)).toEqual([]);
  const after = applyPlanToSnapshot(wb, plan);
  expect(sheet(after, 'PK').rows.slice(4, 7)).toEqual(sheet(wb, 'PK').rows.slice(4, 7));
});

describe('init --kategori-capaian on a tracker that already has the sheet Kategori Capaian', () => {
  const OPTIONS = { tahun: 2017, unit: 'Kecamatan Pasrujambe', kategoriCapaian: true } as const;
  /** A tracker made with the sheet: header in row 5, the five starting kategori in rows 6–10. */
  const made = (): WorkbookSnapshot => applyPlanToSnapshot(EMPTY, buildInitPlan(EMPTY, OPTIONS));
  /** The office's seven kategori, in its own order, with a Tidak Ada Target row and its own Keterangan column C. */
  const SEVEN: CellValue[][] = [
    [95, 'Istimewa', 'di atas target'],
    [0, 'Sangat Kurang', null],
    [85, 'Sangat Baik', null],
    [75, 'Baik', null],
    ['-', 'Tidak Ada Target', 'target kosong'],
    [65, 'Cukup', null],
    [50, 'Kurang', null],
  ];
  const typed = (wb: WorkbookSnapshot, rows: CellValue[][]): WorkbookSnapshot => ({
    sheets: wb.sheets.map((s) =>
      s.name === 'Kategori Capaian' ? { ...s, rows: [...s.rows.slice(0, 5), ...rows] } : s,
    ),
  });

  test('the office’s seven kategori stay as typed, cell by cell; nothing is written into the sheet; the note says so', () => {
    const before = typed(made(), SEVEN);
    const plan = buildInitPlan(before, OPTIONS);
    expect(sheetsTouched(plan)).not.toContain('Kategori Capaian');
    expect(plan.notes).toEqual([
      'Sheet Kategori Capaian sudah ada (7 baris terisi): kategori yang Anda ketik dibiarkan, tidak diganti dengan lima kategori dari Batas di Pengaturan.',
    ]);
    const after = applyPlanToSnapshot(before, plan);
    expect(sheet(after, 'Kategori Capaian').rows).toEqual(sheet(before, 'Kategori Capaian').rows);
  });

  test('without the flag the sheet is not touched either, and nothing is said', () => {
    const before = typed(made(), SEVEN);
    const plan = buildInitPlan(before, { tahun: 2017, unit: 'Kecamatan Pasrujambe' });
    expect(sheetsTouched(plan)).not.toContain('Kategori Capaian');
    expect(plan.notes).toEqual([]);
  });

  test('a sheet with its header and no row yet gets the five starting kategori 91 / 76 / 66 / 51 / 0', () => {
    const before = typed(made(), []);
    const plan = buildInitPlan(before, OPTIONS);
    expect(plan.notes).toEqual(['Sheet Kategori Capaian: diisi 5 baris awal karena belum ada data.']);
    const rows = sheet(applyPlanToSnapshot(before, plan), 'Kategori Capaian').rows;
    expect(rows.slice(5, 10).map((r) => r.slice(0, 2))).toEqual([
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi'],
      [66, 'Sedang'],
      [51, 'Rendah'],
      [0, 'Sangat Rendah'],
    ]);
  });
});
