import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openXlsxFile } from '../../adapters/xlsx/file';
import { readSnapshotFromZip } from '../../adapters/xlsx/stream-read';
import { ALL_SHEETS } from '../../core/schema/registry';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { runCli } from '../main';
import { captureIo } from '../test-io';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lakip-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return (await openXlsxFile(file)).snapshot;
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

test('init writes a tracker with every sheet of the contract', async () => {
  const io = captureIo(dir);
  expect(await runCli(['init', 'tracker.xlsx', '--tahun', '2019', '--unit', 'Kecamatan Tempeh'], io)).toBe(0);
  expect(io.stdout.join('\n')).toContain('Tracker dibuat: tracker.xlsx');
  const snap = await snapshotOf(path.join(dir, 'tracker.xlsx'));
  for (const schema of ALL_SHEETS) expect(snap.sheets.map((s) => s.name)).toContain(schema.name);
  const pk = snap.sheets.find((s) => s.name === 'PK');
  expect(pk?.rows[1]?.[0]).toBe('Kecamatan Tempeh · Tahun 2019');
});

test('what init wrote reads back as the plan said: formats, dropdowns, frozen header, widths', async () => {
  await runCli(['init', 't.xlsx', '--sample'], captureIo(dir));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 't.xlsx'));
  const pk = wb.getWorksheet('PK');
  expect(pk).toBeDefined();
  if (!pk) return;
  expect(pk.getCell('A5').value).toBe('Kode Indikator *');
  expect(pk.getCell('J6').numFmt).toBe('[$-421]#,##0');
  expect(pk.getCell('G6').value).toBe(82);
  expect(pk.getCell('F6').dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"Kumulatif,Nilai Akhir,Rata-rata"'],
  });
  expect(pk.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  expect(pk.getColumn(3).width).toBe(36);
  expect(pk.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  const sop = wb.getWorksheet('SOP');
  expect(sop?.getCell('C6').value).toBe('✓');
  expect(sop?.getCell('M6').value).toEqual(new Date(Date.UTC(2018, 0, 8)));
});

test('init twice: the second run changes nothing, not even the file', async () => {
  const io = captureIo(dir);
  await runCli(['init', 't.xlsx', '--sample'], io);
  const file = path.join(dir, 't.xlsx');
  const before = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  const io2 = captureIo(dir);
  expect(await runCli(['init', 't.xlsx', '--sample'], io2)).toBe(0);
  expect(io2.stdout.join('\n')).toContain('sudah lengkap; tidak ada yang diubah');
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(statSync(file).mtimeMs).toBe(mtime);
});

test('cells typed by a user survive init, compared cell by cell; what was missing is added', async () => {
  await runCli(['init', 't.xlsx', '--tahun', '2017'], captureIo(dir));
  const file = path.join(dir, 't.xlsx');
  // A user fills cells, adds a sheet of their own and deletes one of ours.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const pk = wb.getWorksheet('PK');
  const sop = wb.getWorksheet('SOP');
  if (!pk || !sop) throw new Error('tracker without PK or SOP');
  pk.getCell('A6').value = 'IK-01';
  pk.getCell('G6').value = 82.5;
  pk.getCell('M5').value = 'Catatan Saya';
  pk.getCell('M6').value = '=jangan jadi rumus';
  sop.getCell('L6').value = 'Selesai';
  const mine = wb.addWorksheet('Catatan Sekcam');
  mine.getCell('B2').value = 'rapat tanggal 3';
  mine.getCell('C3').value = { formula: '1+1', result: 2 };
  const iki = wb.getWorksheet('IKI');
  if (iki) wb.removeWorksheet(iki.id);
  await wb.xlsx.writeFile(file);
  const typed = await snapshotOf(file);

  const io = captureIo(dir);
  expect(await runCli(['init', 't.xlsx'], io)).toBe(0);
  expect(io.stdout.join('\n')).toContain('Tracker dimutakhirkan');
  const after = await snapshotOf(file);
  for (const sheet of typed.sheets) {
    const now = after.sheets.find((s) => s.name === sheet.name);
    expect(now).toBeDefined();
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null)
          expect({ sheet: sheet.name, r, c, v: now?.rows[r]?.[c] }).toEqual({
            sheet: sheet.name,
            r,
            c,
            v: cell,
          });
      }),
    );
  }
  expect(after.sheets.map((s) => s.name)).toContain('IKI');
  // The user's formula is still a formula.
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(file);
  expect(wb2.getWorksheet('Catatan Sekcam')?.getCell('C3').formula).toBe('1+1');
  expect(wb2.getWorksheet('PK')?.getCell('M6').value).toBe('=jangan jadi rumus');
});

test.each([
  [['init'], /Sebutkan satu file tracker/],
  [['init', 'a.xlsx', 'b.xlsx'], /Sebutkan satu file tracker/],
  [['init', 'tracker.xls'], /bukan nama file \.xlsx/],
  [['init', 'a.xlsx', '--tahun', '17'], /Tahun "17" tidak valid/],
  [['init', 'a.xlsx', '--tahun'], /memerlukan nilai/],
  [['init', 'a.xlsx', '--warna', 'merah'], /Opsi --warna tidak dikenal/],
  [['hapus'], /Perintah "hapus" tidak dikenal/],
])('usage error %j → one Indonesian sentence, exit 2', async (argv, message) => {
  const io = captureIo(dir);
  expect(await runCli(argv, io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(io.stderr[0]).toMatch(message);
  expect(io.stderr[0]).not.toMatch(/at .*\.ts|Error:/);
});

test('a damaged input: one sentence, exit 2, and the file is left as it was', async () => {
  const file = path.join(dir, 'rusak.xlsx');
  writeFileSync(file, 'ini bukan file excel');
  const io = captureIo(dir);
  expect(await runCli(['init', 'rusak.xlsx'], io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(readFileSync(file, 'utf8')).toBe('ini bukan file excel');
});

test('--help is Indonesian', async () => {
  const io = captureIo(dir);
  expect(await runCli(['--help'], io)).toBe(0);
  expect(io.stdout.join('\n')).toContain('Pemakaian: lakip <perintah>');
  const io2 = captureIo(dir);
  expect(await runCli(['init', '--help'], io2)).toBe(0);
  expect(io2.stdout.join('\n')).toContain('Tahun Laporan');
});

test('--sample is refused on a workbook that holds data, in one sentence naming it; --force pours it in', async () => {
  await runCli(['init', 't.xlsx', '--tahun', '2024', '--unit', 'Kecamatan Tempeh'], captureIo(dir));
  const file = path.join(dir, 't.xlsx');
  const before = readFileSync(file);
  const io = captureIo(dir);
  expect(await runCli(['init', 't.xlsx', '--sample'], io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  expect(io.stderr[0]).toMatch(
    /^Data contoh Kecamatan Pasrujambe 2017 \(nama pejabat, NIP, indikator dan angkanya\) tidak dimasukkan karena buku kerja ini sudah berisi data \(sheet Pengaturan, .*\): contoh itu akan tercampur dengan data Anda di sheet .*lakip init contoh-2017\.xlsx --sample, atau tambahkan --force/,
  );
  expect(readFileSync(file).equals(before)).toBe(true);

  const forced = captureIo(dir);
  expect(await runCli(['init', 't.xlsx', '--sample', '--force'], forced)).toBe(0);
  expect(forced.stdout.at(-1)).toMatch(
    /Data contoh Kecamatan Pasrujambe 2017 dimasukkan ke sheet yang masih kosong \(--force\)/,
  );
  const pk = (await snapshotOf(file)).sheets.find((s) => s.name === 'PK');
  expect(pk?.rows[5]?.[0]).toBe('IK-01');
});

test('init EXISTING --tahun 2025 on a 2024 tracker says the year stays and how to start 2025', async () => {
  await runCli(['init', 't.xlsx', '--tahun', '2024', '--unit', 'Kecamatan Tempeh'], captureIo(dir));
  const file = path.join(dir, 't.xlsx');
  const before = readFileSync(file);
  const io = captureIo(dir);
  expect(await runCli(['init', 't.xlsx', '--tahun', '2025'], io)).toBe(0);
  expect(io.stdout).toEqual([
    '• Tahun Laporan tracker ini 2024 (sheet Pengaturan), jadi tahun 2025 yang diminta tidak dipakai: tracker tetap untuk tahun 2024 dan tahunnya tidak diubah. Satu file tracker untuk satu tahun; untuk tahun 2025 buat file baru, mis. lakip init tracker-2025.xlsx --tahun 2025 --unit "Kecamatan Tempeh"',
    'Tracker t.xlsx sudah lengkap; tidak ada yang diubah.',
  ]);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("a user's own sheet named PK: init leaves it and says so; validate says it once", async () => {
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
  const file = path.join(dir, 'kantor.xlsx');
  writeFileSync(file, readFileSync(fixture));
  const pkBefore = (await readSnapshotFromZip(readFileSync(file))).sheets.find((s) => s.name === 'PK');
  const io = captureIo(dir);
  expect(await runCli(['init', 'kantor.xlsx', '--tahun', '2023'], io)).toBe(0);
  expect(io.stdout.filter((l) => l.startsWith('• Sheet PK '))).toEqual([
    '• Sheet PK dibiarkan, tidak diubah: isinya tersusun sendiri, bukan susunan sheet PK tracker (judul seperti Kode Indikator, Sasaran Strategis, Indikator Kinerja tidak ditemukan di 10 baris teratas), jadi tidak ditambahi kolom atau judul tracker. Untuk memakai datanya di tracker: ganti nama sheet itu (mis. "PK Saya"), jalankan init lagi agar sheet PK tracker dibuat, lalu bawa datanya masuk dengan tab Impor di panel atau lakip import kantor.xlsx kantor.xlsx --sheet "PK Saya": kolomnya dipetakan ke sheet PK dan pratinjaunya ditampilkan sebelum ada yang ditulis.',
  ]);
  const after = await readSnapshotFromZip(readFileSync(file));
  expect(after.sheets.find((s) => s.name === 'PK')).toEqual(pkBefore);
  const v = captureIo(dir);
  await runCli(['validate', 'kantor.xlsx'], v);
  const text = v.stdout.join('\n');
  const pkPart = text.slice(text.indexOf('\nPK — '), text.indexOf('\n\n', text.indexOf('\nPK — ') + 1));
  expect(pkPart).toMatch(/^\nPK — 1 galat;/);
  expect(pkPart).toMatch(/ganti nama sheet-nya \(mis\. "PK Saya"\), jalankan "lakip init"/);
});

const soffice = hasSoffice();
(soffice ? test : test.skip)(
  'LibreOffice opens the sample tracker (soffice --convert-to pdf)',
  async () => {
    await runCli(['init', 't.xlsx', '--sample'], captureIo(dir));
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 't.xlsx'),
      ],
      {
        stdio: 'ignore',
        timeout: 180_000,
      },
    );
    expect(existsSync(path.join(dir, 't.pdf'))).toBe(true);
    expect(statSync(path.join(dir, 't.pdf')).size).toBeGreaterThan(10_000);
  },
  200_000,
);

describe('--kategori-capaian', () => {
  test('init makes no sheet Kategori Capaian unless asked', async () => {
    expect(await runCli(['init', 'a.xlsx', '--tahun', '2017'], captureIo(dir))).toBe(0);
    const names = (await snapshotOf(path.join(dir, 'a.xlsx'))).sheets.map((s) => s.name);
    expect(names).not.toContain('Kategori Capaian');
  });

  test('asked: the five Pengaturan kategori as a start; the office’s bands then count in export, through a real .xlsx', async () => {
    expect(await runCli(['init', 't.xlsx', '--sample', '--kategori-capaian'], captureIo(dir))).toBe(0);
    const file = path.join(dir, 't.xlsx');
    const made = (await snapshotOf(file)).sheets.find((s) => s.name === 'Kategori Capaian');
    // Header in row 5, the bands from row 6: 91 / 76 / 66 / 51 of Pengaturan, and 0 for Sangat Rendah.
    expect(made?.rows.slice(4, 10).map((r) => r.slice(0, 2))).toEqual([
      ['Batas Bawah (%) *', 'Kategori *'],
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi'],
      [66, 'Sedang'],
      [51, 'Rendah'],
      [0, 'Sangat Rendah'],
    ]);
    // The office types its own five bands, in mixed order.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Kategori Capaian');
    if (sheet === undefined) throw new Error('no sheet');
    (
      [
        [65, 'Cukup'],
        [90, 'Sangat Baik'],
        [0, 'Sangat Kurang'],
        [75, 'Baik'],
        [50, 'Kurang'],
      ] as const
    ).forEach(([batas, kategori], i) => {
      sheet.getCell(6 + i, 1).value = batas;
      sheet.getCell(6 + i, 2).value = kategori;
    });
    await wb.xlsx.writeFile(file);
    // The sample's capaian 103,05 / 85,71 / 80,00 / 102,63 / 101,56 / 98,88 / 73,08: ≥ 90 → 4 Sangat
    // Baik (103,05, 102,63, 101,56, 98,88); ≥ 75 → 2 Baik (85,71, 80,00); ≥ 65 → 1 Cukup (73,08).
    const io = captureIo(dir);
    await runCli(['export', 't.xlsx', '--json'], io);
    const json = JSON.parse(io.stdout.join('\n')) as {
      summary: { kategori: { kategori: string; jumlah: number }[] };
    };
    expect(json.summary.kategori.map((k) => [k.kategori, k.jumlah])).toEqual([
      ['Sangat Baik', 4],
      ['Baik', 2],
      ['Cukup', 1],
      ['Kurang', 0],
      ['Sangat Kurang', 0],
    ]);
    const out = captureIo(dir);
    await runCli(['export', 't.xlsx', '-o', 'lakip.xlsx'], out);
    expect(out.stdout.join('\n')).toContain('Indikator kinerja: 7 — 4 Sangat Baik, 2 Baik, 1 Cukup.');
  });
  test('run again with --kategori-capaian on a tracker whose office typed its own kategori: nothing typed is lost, and it says so', async () => {
    expect(await runCli(['init', 'k.xlsx', '--tahun', '2017', '--kategori-capaian'], captureIo(dir))).toBe(0);
    const file = path.join(dir, 'k.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Kategori Capaian');
    if (sheet === undefined) throw new Error('no sheet');
    // Six rows from row 6 over the five starting ones (row 11 is new): five bands in mixed order and Tidak Ada Target.
    const own = [
      [65, 'Cukup'],
      [90, 'Sangat Baik'],
      ['-', 'Tidak Ada Target'],
      [0, 'Sangat Kurang'],
      [75, 'Baik'],
      [50, 'Kurang'],
    ] as const;
    own.forEach(([batas, kategori], i) => {
      sheet.getCell(6 + i, 1).value = batas;
      sheet.getCell(6 + i, 2).value = kategori;
    });
    await wb.xlsx.writeFile(file);
    const io = captureIo(dir);
    expect(await runCli(['init', 'k.xlsx', '--kategori-capaian'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain(
      '• Sheet Kategori Capaian sudah ada (6 baris terisi): kategori yang Anda ketik dibiarkan, tidak diganti dengan lima kategori dari Batas di Pengaturan.',
    );
    const kept = (await snapshotOf(file)).sheets.find((s) => s.name === 'Kategori Capaian');
    expect(kept?.rows.slice(5, 11).map((r) => r.slice(0, 2))).toEqual(own.map((r) => [...r]));
  });
});
