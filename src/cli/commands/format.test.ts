import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openXlsxFile } from '../../adapters/xlsx/file';
import { isFormatFile, readFormatMarker } from '../../core/consolidate/format-marker';
import { validateFormatFile } from '../../core/consolidate/validate-format';
import { runCliIn, type CliRun } from '../test-io';
import { uniqueFileNames } from '../../core/operations/file-names';

let dir: string;
let sample: string;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date(2018, 0, 8, 9, 0, 0));
}

function fresh(name: string): string {
  copyFileSync(sample, path.join(dir, name));
  return path.join(dir, name);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-format-'));
  expect((await cli('init', 'sample.xlsx', '--sample')).code).toBe(0);
  sample = path.join(dir, 'sample.xlsx');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lakip format FILE --bagian KODE -o OUT.xlsx', () => {
  test('writes the bagian’s format, leaves the tracker byte for byte as it was', async () => {
    const tracker = fresh('t1.xlsx');
    const bytes = readFileSync(tracker);
    const run = await cli('format', 't1.xlsx', '--bagian', 'PELAYANAN', '-o', 'pelayanan.xlsx');
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out[0]).toBe(
      'Format data kinerja dibuat: pelayanan.xlsx — Seksi Pelayanan Umum (PELAYANAN), 2 indikator.',
    );
    expect(readFileSync(tracker).equals(bytes)).toBe(true);

    const { snapshot } = await openXlsxFile(path.join(dir, 'pelayanan.xlsx'));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Data Kinerja', 'Pengaturan']);
    expect(isFormatFile(snapshot)).toBe(true);
    expect(readFormatMarker(snapshot)).toMatchObject({
      bagian: 'PELAYANAN',
      tahunLaporan: 2017,
      triwulanBerjalan: 4,
    });
    const dk = snapshot.sheets[0];
    expect(dk?.rows[5]?.slice(0, 7)).toEqual([
      'PELAYANAN',
      'IK-01',
      'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan',
      'nilai',
      82,
      'Positif',
      'Rata-rata',
    ]);
    expect(dk?.rows[6]?.[1]).toBe('IK-04');
    // Blank: the bagian's own validation asks for the four quarters of both rows.
    expect(validateFormatFile(snapshot)).toMatchObject({ errors: 8, counts: { 'cell/required': 8 } });
  });

  test('in Excel: the PK columns are locked, the bagian’s columns unlocked, the sheet protected, Status Data a dropdown', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'pelayanan.xlsx'));
    const ws = wb.getWorksheet('Data Kinerja');
    expect(ws).toBeDefined();
    if (ws === undefined) return;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(protection?.sheet).toBe(true);
    expect(ws.getCell('B6').protection?.locked).not.toBe(false);
    expect(ws.getCell('E7').protection?.locked).not.toBe(false);
    for (const a of ['H6', 'K7', 'L6', 'P7'])
      expect([a, ws.getCell(a).protection?.locked]).toEqual([a, false]);
    expect(ws.getCell('P6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Draf,Final"'] });
    // Below the tracker's 17 Pengaturan keys (Isian Realisasi Triwulan and Metode Efisiensi included).
    expect(wb.getWorksheet('Pengaturan')?.getCell('A21').value).toBe('Format Data Kinerja untuk Bagian');
  });

  test('lakip validate understands a format and checks just its rows', async () => {
    const blank = await cli('validate', 'pelayanan.xlsx');
    expect(blank.code).toBe(1);
    expect(blank.out).toContain(
      'Hasil: 8 galat, 0 peringatan. Kelengkapan isian wajib: 33,33% (4 dari 12 sel).',
    );
    expect(blank.out.filter((l) => l.includes('Galat:')).every((l) => l.includes("'Data Kinerja'!"))).toBe(
      true,
    );
    expect(blank.out.join('\n')).not.toMatch(/Sheet (PK|SOP|Bagian) tidak ada/);
    const json = await cli('validate', 'pelayanan.xlsx', '--json');
    const parsed = JSON.parse(json.out.join('\n')) as { summary: { byCode: Record<string, number> } };
    expect(parsed.summary.byCode).toEqual({ 'cell/required': 8 });
  });

  test('an existing output is not overwritten without --force', async () => {
    fresh('t2.xlsx');
    writeFileSync(path.join(dir, 'punya-saya.xlsx'), 'punya saya');
    const refused = await cli('format', 't2.xlsx', '--bagian', 'PEM', '-o', 'punya-saya.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      'File punya-saya.xlsx sudah ada dan tidak ditimpa. Pilih nama lain atau tambahkan --force untuk menimpanya.',
    ]);
    expect(readFileSync(path.join(dir, 'punya-saya.xlsx'), 'utf8')).toBe('punya saya');
    expect((await cli('format', 't2.xlsx', '--bagian', 'PEM', '-o', 'punya-saya.xlsx', '--force')).code).toBe(
      0,
    );
  });

  test('an unknown bagian is a usage error; a bagian without indicators gets no format', async () => {
    fresh('t3.xlsx');
    const unknown = await cli('format', 't3.xlsx', '--bagian', 'XYZ', '-o', 'x.xlsx');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/^Bagian "XYZ" tidak ada di sheet Bagian tracker; kode yang ada: UMPEG, /);
    const none = await cli('format', 't3.xlsx', '--bagian', 'KESSOS', '-o', 'kessos.xlsx');
    expect(none.code).toBe(1);
    expect(none.err[0]).toMatch(/^Bagian KESSOS tidak menjadi Penanggung Jawab indikator mana pun/);
    expect(existsSync(path.join(dir, 'kessos.xlsx'))).toBe(false);
    expect((await cli('format', 't3.xlsx', '--bagian', 'PEM')).code).toBe(2);
    expect((await cli('format', 't3.xlsx', '--all', '--bagian', 'PEM', '-o', 'd')).code).toBe(2);
  });
});

describe('lakip format FILE --all -o DIR', () => {
  test('one file per bagian that answers for an indicator, named by bagian', async () => {
    fresh('t4.xlsx');
    const run = await cli('format', 't4.xlsx', '--all', '-o', 'semua');
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, 'semua')).sort()).toEqual(
      ['PELAYANAN', 'PEM', 'PERKEU', 'PMD', 'TRANTIB', 'UMPEG'].map(
        (k) => `format-data-kinerja-2017-${k}.xlsx`,
      ),
    );
    expect(run.out).toContain(
      '• Seksi Kesejahteraan Sosial (KESSOS): tidak menjadi Penanggung Jawab indikator PK, tidak dibuatkan format.',
    );
    const again = await cli('format', 't4.xlsx', '--all', '-o', 'semua');
    expect(again.code).toBe(2);
    expect(again.err[0]).toMatch(/sudah ada dan tidak ditimpa/);
  });
});

describe('lakip format FILE --all --sheet', () => {
  test('adds a sheet Data Kinerja KODE per bagian to the tracker and changes no other sheet; a second run changes nothing', async () => {
    const tracker = fresh('t5.xlsx');
    const before = (await openXlsxFile(tracker)).snapshot;
    const run = await cli('format', 't5.xlsx', '--all', '--sheet');
    expect(run.code).toBe(0);
    const after = (await openXlsxFile(tracker)).snapshot;
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      ...['UMPEG', 'PERKEU', 'PEM', 'TRANTIB', 'PMD', 'PELAYANAN'].map((k) => `Data Kinerja ${k}`),
    ]);
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);
    const bytes = readFileSync(tracker);
    const again = await cli('format', 't5.xlsx', '--all', '--sheet');
    expect(again.out[again.out.length - 1]).toBe('Tidak ada yang diubah; t5.xlsx tidak disimpan ulang.');
    expect(readFileSync(tracker).equals(bytes)).toBe(true);
  });
});

test('uniqueFileNames: one name per bagian, unique ignoring case, long names shortened', () => {
  const long = `format-data-kinerja-2017-${'X'.repeat(300)}.xlsx`;
  const names = uniqueFileNames(['f-A-B.xlsx', 'f-a-b.xlsx', 'f-A-B-2.xlsx', 'f-C.xlsx', long, long]);
  expect(names.slice(0, 4)).toEqual(['f-A-B.xlsx', 'f-a-b-2.xlsx', 'f-A-B-2-2.xlsx', 'f-C.xlsx']);
  expect(names[4]).toHaveLength(125);
  expect(names[5]).toBe(`${(names[4] ?? '').slice(0, -5)}-2.xlsx`);
});

describe('a PK with galat in the columns a format copies', () => {
  test('--all refuses (exit 2) naming the PK cells, writes nothing; --force makes the formats anyway', async () => {
    const tracker = fresh('t6.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tracker);
    const pk = wb.getWorksheet('PK');
    if (pk === undefined) throw new Error('no PK');
    pk.getCell('E6').value = 'positip';
    pk.getCell('F7').value = 'rata rata';
    pk.getCell('B8').value = null; // Sasaran Strategis: not copied into a format, so no reason to refuse
    await wb.xlsx.writeFile(tracker);

    const run = await cli('format', 't6.xlsx', '--all', '-o', 'galat');
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'Format data kinerja tidak dibuat: sheet PK berisi 2 galat di kolom yang disalin ke format. Di format kolom itu abu-abu dan dikunci, jadi bagian tidak dapat memperbaikinya (mis. Polaritas atau Metode Agregasi yang salah tulis akan kosong):',
      '  • PK!E6: “positip” bukan pilihan yang dikenal untuk Polaritas.',
      '  • PK!F7: “rata rata” bukan pilihan yang dikenal untuk Metode Agregasi.',
      'Perbaiki dulu sel itu di sheet PK, lalu buat formatnya lagi.',
      'Atau tambahkan --force untuk tetap membuat format (sel itu akan kosong atau salah di format bagian).',
    ]);
    expect(existsSync(path.join(dir, 'galat'))).toBe(false);

    // One bagian: only its own rows count (IK-01 is PELAYANAN's, IK-02 PMD's, IK-03 TRANTIB's).
    const trantib = await cli('format', 't6.xlsx', '--bagian', 'TRANTIB', '-o', 'trantib.xlsx');
    expect(trantib.code).toBe(0);
    const pelayanan = await cli('format', 't6.xlsx', '--bagian', 'PELAYANAN', '-o', 'pelayanan-galat.xlsx');
    expect(pelayanan.code).toBe(2);
    expect(pelayanan.err[1]).toBe('  • PK!E6: “positip” bukan pilihan yang dikenal untuk Polaritas.');
    expect((await cli('format', 't6.xlsx', '--all', '--sheet')).code).toBe(2);

    const forced = await cli('format', 't6.xlsx', '--all', '-o', 'galat', '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(path.join(dir, 'galat'))).toHaveLength(6);
  });
});
