import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openXlsxFile } from '../../adapters/xlsx/file';
import type { ValidationJson } from '../../core/report/validation-json';
import type { CellValue } from '../../core/snapshot';
import { runCliIn, type CliRun } from '../test-io';
import { internalLinks, sheetXmlOf } from '../../../test/support/xlsx-parts';

let dir: string;
let sampleTracker: string;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date('2018-02-10T08:00:00Z'));
}

function freshTracker(name: string): string {
  const file = path.join(dir, name);
  copyFileSync(sampleTracker, file);
  return file;
}

/** Sets cells of an .xlsx file with exceljs, as a user typing in Excel would. */
async function edit(file: string, cells: readonly [string, string, ExcelJS.CellValue][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [sheet, address, value] of cells) {
    const ws = wb.getWorksheet(sheet);
    if (ws === undefined) throw new Error(`no sheet ${sheet}`);
    ws.getCell(address).value = value;
  }
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-validate-'));
  const init = await cli('init', 'sample.xlsx', '--sample');
  expect(init.code).toBe(0);
  sampleTracker = path.join(dir, 'sample.xlsx');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lakip validate FILE', () => {
  test('the sample: exit 0, a summary grouped by sheet with counts and completeness', async () => {
    freshTracker('clean.xlsx');
    const run = await cli('validate', 'clean.xlsx');
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out.slice(0, 2)).toEqual([
      'Validasi clean.xlsx — Kecamatan Pasrujambe, Tahun Laporan 2017',
      // Completeness counts what the user fills: the seeded SOP, Dokumen, Bagian and Identitas do not count.
      // 1.088 = 1.144 less Target TW I–IV of the sample's 7 + 7 Rencana Aksi rows (56), optional since #14;
      // 1.027 = 1.088 less Kode Program/Kegiatan, Program/Kegiatan and Anggaran of the 7 PK rows (21),
      // optional since #14, and the Target TW I–IV of the 10 Rencana Aksi Individu rows (40), optional
      // by the Rencana Aksi rule: 1.088 − 21 − 40 = 1.027.
      'Hasil: 0 galat, 2 peringatan. Kelengkapan isian wajib: 100,00% (1.027 dari 1.027 sel).',
    ]);
    expect(run.out).toContain('SOP — 2 peringatan');
    expect(run.out.join('\n')).toContain(
      'SOP!K10: baru 4 dari 13 langkah SOP yang Selesai; bila SOP tidak diselesaikan, pelaporan akan terhambat.',
    );
    expect(run.out).toContain('Kelengkapan per sheet (sel wajib yang harus Anda isi, yang sudah terisi):');
    expect(run.out.filter((l) => /^ {2}\S.* {2}100,00% {2}\(/.test(l))).toHaveLength(16);
    expect(run.out.filter((l) => l.endsWith('(diisi otomatis oleh lakip init)'))).toHaveLength(4);
    expect(run.out.at(-1)).toBe(
      'Tidak ada galat. 2 peringatan di atas perlu diperhatikan, tetapi tidak menghalangi ekspor.',
    );
  });

  test('errors: exit 1, each at its cell with the value and a saran; the file is not changed without --report', async () => {
    const file = freshTracker('errors.xlsx');
    await edit(file, [
      ['PK', 'B9', null],
      ['Bagian', 'C8', 'Bidang'],
      ['Data Kinerja', 'L11', null],
    ]);
    const before = readFileSync(file);
    const run = await cli('validate', 'errors.xlsx');
    expect(run.code).toBe(1);
    const text = run.out.join('\n');
    expect(run.out[1]).toBe(
      // 1.026 ÷ 1.027 = 99,9026… % → 99,90 %.
      'Hasil: 2 galat, 3 peringatan. Kelengkapan isian wajib: 99,90% (1.026 dari 1.027 sel).',
    );
    expect(text).toContain('Bagian — 1 galat\n');
    expect(text).toContain('  • Galat: Bagian!C8: “Bidang” bukan pilihan yang dikenal untuk Jenis.');
    // 7 PK rows × 8 required columns = 56 (77 before #14 made the three program columns optional); 55 ÷ 56 = 98,21 %.
    expect(text).toContain('PK — 1 galat; kelengkapan 98,21%');
    expect(text).toContain(
      '  • Galat: PK!B9: Sasaran Strategis wajib diisi tetapi kosong.\n    Saran: Isi Sasaran Strategis di sel PK!B9.',
    );
    expect(text).toContain(
      "'Data Kinerja'!L11: capaian 98,88% di bawah 100%, tetapi Upaya Perbaikan belum diisi.",
    );
    // The user's own mistakes come first, the warnings after them; the last line says galat remain.
    expect(text.indexOf('PK!B9')).toBeLessThan(text.indexOf("'Data Kinerja'!L11"));
    expect(text.indexOf('GALAT — perbaiki lebih dulu (2):')).toBeLessThan(text.indexOf('PERINGATAN ('));
    expect(run.out.at(-1)).toBe(
      'Masih ada 2 galat: perbaiki dulu sel yang disebut di bagian Galat, lalu jalankan lagi lakip validate errors.xlsx. Selama galat masih ada, tabel LAKIP yang diekspor ditandai DRAF.',
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('a new, empty tracker: the one galat on top, the normal "no data yet" warnings one line per sheet, completeness of what the user fills', async () => {
    expect(
      (
        await cli(
          'init',
          'baru.xlsx',
          '--tahun',
          '2024',
          '--unit',
          'Kecamatan Contoh',
          '--kabupaten',
          'Lumajang',
        )
      ).code,
    ).toBe(0);
    const run = await cli('validate', 'baru.xlsx');
    expect(run.code).toBe(1);
    // An empty sheet counts its required columns once: Rencana Aksi Individu's Target TW I–IV are
    // optional now (#14), 122 − 4 = 118; 3 / 118 × 100 = 2,54 %.
    expect(run.out[1]).toBe(
      // 115 = 122 less the PK's three program columns of its one expected row (optional since #14) and
      // the four Target TW of the one Rencana Aksi Individu row (optional by the Rencana Aksi rule);
      // 3 ÷ 115 = 2,6087… % → 2,61 %.
      'Hasil: 1 galat, 30 peringatan. Kelengkapan isian wajib: 2,61% (3 dari 115 sel).',
    );
    expect(run.out.slice(2, 6)).toEqual([
      '',
      'GALAT — perbaiki lebih dulu (1):',
      '',
      'Pengaturan — 1 galat; kelengkapan 75,00%',
    ]);
    expect(run.out[6]).toBe('  • Galat: Pengaturan!B8: Tahun Awal Renstra wajib diisi tetapi kosong.');
    expect(run.out).toContain(
      '  • Dokumen: 14 dokumen masih berstatus Belum Ada (Cascading Kinerja, SK Tim SAKIP, IKU Tahun 2024, IKI Tahun 2024, dan 10 lainnya).',
    );
    expect(run.out).toContain('  • PK: sheet belum berisi data (status dokumen: Belum Ada).');
    expect(run.out.filter((l) => l.includes('Setelah dokumen diterima'))).toEqual([]);
    expect(run.out.length).toBeLessThan(65);
    expect(run.out.at(-1)).toMatch(/^Masih ada 1 galat: /);
  });

  test('--json prints the contract’s shape on stdout', async () => {
    const file = freshTracker('json.xlsx');
    await edit(file, [['PK', 'G9', 'sembilan lima']]);
    const run = await cli('validate', 'json.xlsx', '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out.join('\n')) as ValidationJson;
    expect(Object.keys(json)).toEqual(['summary', 'completeness', 'findings']);
    expect(json.summary).toEqual({
      errors: 1,
      warnings: 2,
      total: 3,
      listed: 3,
      truncated: false,
      byCode: { 'sop/incomplete': 1, 'sop/duplicate-step': 1, 'cell/type': 1 },
    });
    expect(json.findings.find((f) => f.code === 'cell/type')).toEqual({
      code: 'cell/type',
      severity: 'error',
      sheet: 'PK',
      row: 9,
      column: 'Target',
      cell: 'G9',
      value: 'sembilan lima',
      expected: 'bilangan, mis. 1.234,5',
      message: 'PK!G9: “sembilan lima” tidak dapat dibaca sebagai bilangan, mis. 1.234,5.',
      saran: 'Ganti isi sel dengan bilangan, mis. 1.234,5.',
    });
    expect(json.completeness.total).toMatchObject({ sheet: 'Total', required: 1027, filled: 1027, ratio: 1 });
    expect(run.err).toEqual([]);
  });

  test('--report rebuilds the Temuan sheet (links, red and amber rows, filter) and changes no other sheet', async () => {
    const file = freshTracker('report.xlsx');
    await edit(file, [
      ['PK', 'B9', null],
      ['LKjIP', 'F6', '80,25'],
    ]);
    const before = (await openXlsxFile(file)).snapshot;
    const run = await cli('validate', 'report.xlsx', '--report');
    expect(run.code).toBe(1);
    expect(run.out.at(-1)).toBe(
      'Sheet Temuan ditulis ulang di report.xlsx (4 temuan, dengan tautan ke setiap sel). Sheet dibuat: Temuan. Sheet lain tidak diubah.',
    );

    const after = (await openXlsxFile(file)).snapshot;
    const others = (s: typeof after) => s.sheets.filter((x) => x.name !== 'Temuan');
    expect(others(after)).toEqual(others(before));
    const temuan = after.sheets.find((s) => s.name === 'Temuan')?.rows ?? [];
    expect(temuan[4]).toEqual([
      'No',
      'Tingkat',
      'Kategori',
      'Kode',
      'Sheet',
      'Sel',
      'Kolom',
      'Pesan',
      'Saran',
    ]);
    expect(temuan.slice(5).map((r) => r.slice(0, 6))).toEqual([
      [1, 'Peringatan', 'Pelaksanaan SOP', 'sop/incomplete', 'SOP', 'K10'],
      [2, 'Peringatan', 'Pelaksanaan SOP', 'sop/duplicate-step', 'SOP', 'B15'],
      [3, 'Galat', 'Isian sel', 'cell/required', 'PK', 'B9'],
      [4, 'Peringatan', 'Isian sel', 'cell/number-as-text', 'LKjIP', 'F6'],
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Temuan');
    // The link is written as Excel writes an internal link (`location`), which exceljs does not read.
    expect(ws?.getCell('F8').value).toBe('B9');
    expect(internalLinks(sheetXmlOf(readFileSync(file), 'Temuan')).get('F8')).toBe("'PK'!B9");
    const fill = (address: string) =>
      (ws?.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('B8')).toBe('FFFFC7CE');
    expect(fill('B9')).toBe('FFFFEB9C');
    expect(ws?.autoFilter).toBe('A5:I9');

    // Fixed and validated again: the sheet is rebuilt, not appended to.
    await edit(file, [
      ['PK', 'B9', 'Meningkatnya kualitas pelayanan publik kecamatan'],
      ['LKjIP', 'F6', 80.25],
    ]);
    const again = await cli('validate', 'report.xlsx', '--report');
    expect(again.code).toBe(0);
    const rebuilt = (await openXlsxFile(file)).snapshot.sheets.find((s) => s.name === 'Temuan')?.rows ?? [];
    expect(rebuilt.slice(5).map((r) => r[3])).toEqual(['sop/incomplete', 'sop/duplicate-step']); // Kode
    expect(rebuilt.length).toBe(7);
  });

  test('--json with --report: JSON on stdout, the note on stderr', async () => {
    freshTracker('both.xlsx');
    const run = await cli('validate', 'both.xlsx', '--json', '--report');
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.out.join('\n')) as unknown).not.toThrow();
    expect(run.err).toEqual([
      'Sheet Temuan ditulis ulang di both.xlsx (2 temuan, dengan tautan ke setiap sel). Sheet dibuat: Temuan. Sheet lain tidak diubah.',
    ]);
  });

  test("a workbook whose only tracker-named sheet is the user's own PK: one sentence, not an error per missing sheet", async () => {
    const fixture = path.join(
      __dirname,
      '..',
      '..',
      '..',
      'test',
      'fixtures',
      'real-world',
      'pk-milik-pengguna.xlsx',
    );
    copyFileSync(fixture, path.join(dir, 'kantor.xlsx'));
    const run = await cli('validate', 'kantor.xlsx');
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'kantor.xlsx bukan tracker LAKIP: sheet PK di file ini tersusun sendiri, bukan susunan sheet tracker, dan sheet tracker lain tidak ada. Buat tracker dengan: lakip init kantor.xlsx (sheet Anda tidak diubah).',
    ]);
    expect(readFileSync(path.join(dir, 'kantor.xlsx')).equals(readFileSync(fixture))).toBe(true);
  });

  test('a workbook that is not a tracker, a damaged file, a missing file, a wrong name: exit 2 with one sentence, nothing written', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'bukan tracker';
    await plain.xlsx.writeFile(path.join(dir, 'plain.xlsx'));
    const notTracker = await cli('validate', 'plain.xlsx', '--report');
    expect(notTracker.code).toBe(2);
    expect(notTracker.err).toEqual([
      'plain.xlsx bukan tracker LAKIP: tidak ada satu pun sheet tracker (Pengaturan, SOP, PK …). Buat tracker dengan: lakip init plain.xlsx',
    ]);
    expect((await openXlsxFile(path.join(dir, 'plain.xlsx'))).snapshot.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
    ]);

    writeFileSync(path.join(dir, 'damaged.xlsx'), 'ini bukan file zip');
    const damaged = await cli('validate', 'damaged.xlsx', '--report');
    expect(damaged.code).toBe(2);
    expect(damaged.err).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'damaged.xlsx'), 'utf8')).toBe('ini bukan file zip');

    const missing = await cli('validate', 'tidak-ada.xlsx');
    expect(missing.code).toBe(2);
    expect(missing.err).toHaveLength(1);

    // An existing file named otherwise is judged by its content: the guard says what it is.
    copyFileSync(
      path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'hostile', 'lama.xls'),
      path.join(dir, 'lama.xls'),
    );
    const oldXls = await cli('validate', 'lama.xls');
    expect(oldXls.code).toBe(2);
    expect(oldXls.err).toEqual([
      expect.stringMatching(/berformat \.xls lama .*simpan ulang sebagai/) as string,
    ]);

    const wrongName = await cli('validate', 'tracker.xls');
    expect(wrongName).toMatchObject({
      code: 2,
      err: [expect.stringContaining('bukan nama file .xlsx') as string],
    });
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('validate', 'a.xlsx', '--tahun', '2017')).code).toBe(2);
    for (const r of [notTracker, damaged, missing]) expect(r.err.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('--help', async () => {
    const run = await cli('validate', '--help');
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Pemakaian: lakip validate FILE \[--json\] \[--report\]/);
  });
});

test('lakip demo validates the demo tracker, writes its Temuan sheet and prints the short result', async () => {
  const run = await cli('demo', 'demo-validate');
  expect(run.code).toBe(0);
  expect(run.out).toContain(
    '2. Tracker diperiksa dan hasilnya ditulis ke sheet Temuan: 0 galat, 2 peringatan. Kelengkapan isian wajib: 100,00% (1.027 dari 1.027 sel).',
  );
  const snapshot = (await openXlsxFile(path.join(dir, 'demo-validate', 'tracker-pasrujambe-2017.xlsx')))
    .snapshot;
  const temuan = snapshot.sheets.find((s) => s.name === 'Temuan')?.rows ?? [];
  expect(temuan.slice(5).map((r: readonly CellValue[]) => r[3])).toEqual([
    'sop/incomplete',
    'sop/duplicate-step',
  ]);
});
