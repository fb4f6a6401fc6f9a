import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { blankXlsxBytes, patchXlsxBytes } from '../../adapters/xlsx/patch-save';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { alpha, beta, delta2016, gamma, snapshotPlan } from '../../core/rekap/rekap-fixtures.test-helper';
import { REKAP_SHEETS } from '../../core/rekap/sheets';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { runCliIn, type CliRun } from '../test-io';

let dir: string;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date('2018-02-10T08:00:00Z'));
}

function write(name: string, snapshot: WorkbookSnapshot): Uint8Array {
  const bytes = patchXlsxBytes(
    blankXlsxBytes({ now: new Date('2018-01-31T08:00:00Z') }),
    snapshotPlan(snapshot),
  ).bytes;
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-rekap-'));
  for (const sub of ['', 'kecamatan/']) {
    write(`${sub}alpha.xlsx`, alpha());
    write(`${sub}beta.xlsx`, beta());
    write(`${sub}gamma.xlsx`, gamma());
    write(`${sub}delta-2016.xlsx`, delta2016());
    // A file cut off half way, as a broken download leaves it.
    const whole = write(`${sub}rusak.xlsx`, alpha());
    writeFileSync(path.join(dir, `${sub}rusak.xlsx`), whole.subarray(0, Math.floor(whole.length / 2)));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FILES = ['alpha.xlsx', 'beta.xlsx', 'gamma.xlsx', 'delta-2016.xlsx', 'rusak.xlsx'];

describe('lakip rekap', () => {
  test('three trackers summarised; another year and a damaged file skipped with one sentence each (exit 1)', async () => {
    const run = await cli('rekap', 'rekap.xlsx', ...FILES);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    expect(run.out[0]).toBe('Rekap 3 unit kerja, Tahun Laporan 2017:');
    expect(run.out.filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(run.out[1]).toMatch(
      /^• alpha\.xlsx: Kecamatan Alpha — 3 indikator \(3 capaian terhitung\), serapan 75,00%, SOP 2 dari 3 langkah, /,
    );
    expect(run.out).toContain('2 file tidak direkap:');
    expect(run.out).toContain(
      '  • delta-2016.xlsx (Kecamatan Delta) tidak direkap: Tahun Laporan-nya 2016, bukan 2017 seperti tracker lainnya; rekap tahun 2016 terpisah dengan tracker tahun itu.',
    );
    const damaged = run.out.find((l) => l.startsWith('  • ') && l.includes('rusak.xlsx'));
    expect(damaged).toMatch(/rusak\.xlsx/);
    expect(damaged).not.toMatch(/Error|at .*\.ts/);
    expect(run.out).toContain('  • IKU-03 Indeks kepuasan masyarakat — tidak ada di Kecamatan Beta');
    expect(run.out[run.out.length - 1]).toBe(
      'Rekap ditulis ke file baru rekap.xlsx: sheet Rekap Capaian, Rekap Anggaran, Rekap SOP dan Dokumen, Rekap Pemeriksaan.',
    );

    const book = await readSnapshotStreaming(path.join(dir, 'rekap.xlsx'));
    expect(book.sheets.map((s) => s.name)).toEqual(Object.values(REKAP_SHEETS));
    const capaian = book.sheets[0]?.rows ?? [];
    expect(capaian[3]?.slice(3, 6)).toEqual(['Kecamatan Alpha', 'Kecamatan Beta', 'Kecamatan Gamma']);
    expect(capaian[4]?.slice(0, 9)).toEqual([
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
    expect(capaian[5]?.slice(3, 9)).toEqual([80, 125, 50, 85, 125, 50]);
    const anggaran = book.sheets[1]?.rows ?? [];
    expect(anggaran[7]).toEqual(['Jumlah', null, 350000000, 275000000, 78.5714285714286, 75000000]);
  });

  test('--json prints the contract’s shape; the messages go to stderr', async () => {
    const run = await cli('rekap', 'rekap-json.xlsx', ...FILES, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out.join('\n')) as unknown;
    expect(json).toEqual({
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
      skipped: [
        {
          file: 'delta-2016.xlsx',
          reason:
            'delta-2016.xlsx (Kecamatan Delta) tidak direkap: Tahun Laporan-nya 2016, bukan 2017 seperti tracker lainnya; rekap tahun 2016 terpisah dengan tracker tahun itu.',
        },
        { file: 'rusak.xlsx', reason: expect.stringContaining('rusak.xlsx') as unknown },
      ],
    });
    expect(run.err[0]).toBe('Rekap 3 unit kerja, Tahun Laporan 2017:');
  });

  test('the same files in another order, or as a folder, give the same workbook', async () => {
    expect((await cli('rekap', 'urut-1.xlsx', ...FILES)).code).toBe(1);
    expect((await cli('rekap', 'urut-2.xlsx', ...[...FILES].reverse())).code).toBe(1);
    // The folder holds an earlier rekap too: it is not taken for a tracker.
    expect((await cli('rekap', 'kecamatan/rekap.xlsx', 'kecamatan')).code).toBe(1);
    expect((await cli('rekap', 'kecamatan/rekap.xlsx', 'kecamatan', '--force')).code).toBe(1);
    const first = readFileSync(path.join(dir, 'urut-1.xlsx'));
    expect(readFileSync(path.join(dir, 'urut-2.xlsx')).equals(first)).toBe(true);
    expect(readFileSync(path.join(dir, 'kecamatan/rekap.xlsx')).equals(first)).toBe(true);
  });

  test('an existing output is not replaced without --force', async () => {
    writeFileSync(path.join(dir, 'ada.xlsx'), 'milik pengguna');
    const run = await cli('rekap', 'ada.xlsx', 'alpha.xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'File ada.xlsx sudah ada dan tidak ditimpa. Pilih nama lain atau tambahkan --force untuk menimpanya.',
    ]);
    expect(readFileSync(path.join(dir, 'ada.xlsx'), 'utf8')).toBe('milik pengguna');
  });

  test('no tracker that can be summarised: one sentence, exit 2, nothing written', async () => {
    const run = await cli('rekap', 'kosong.xlsx', 'rusak.xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(
      /^Tidak ada tracker yang dapat direkap: .*rusak\.xlsx.* Tidak ada file yang ditulis\.$/,
    );
  });

  test('--docx writes the chapter: a table per sheet, a sentence per indicator', async () => {
    const run = await cli(
      'rekap',
      'rekap-docx.xlsx',
      'alpha.xlsx',
      'beta.xlsx',
      'gamma.xlsx',
      '--docx',
      'rekap.docx',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('Dokumen Word rekap ditulis: rekap.docx.');
    const xml = strFromU8(
      unzipSync(readFileSync(path.join(dir, 'rekap.docx')))['word/document.xml'] ?? new Uint8Array(),
    );
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain(
      'Capaian indikator Angka kemiskinan (IKU-02) tertinggi di Kecamatan Beta (125,00%) dan terendah di Kecamatan Gamma (50,00%); rata-rata 85,00%.',
    );
    for (const t of [
      'Tabel 1 Rekap Capaian Kinerja Unit Kerja Tahun 2017',
      'Tabel 2 Rekap Realisasi Anggaran Unit Kerja Tahun 2017',
      'Tabel 3 Rekap Pelaksanaan SOP dan Kelengkapan Dokumen Tahun 2017',
      'Tabel 4 Rekap Pemeriksaan Tracker Unit Kerja Tahun 2017',
    ]) {
      expect(text).toContain(t);
    }
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(4);
    expect(text).toContain('78,57');
  });

  test('usage: the output first, then trackers', async () => {
    const run = await cli('rekap', 'alpha.xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'Sebutkan tracker kecamatan yang direkap (file .xlsx atau foldernya), mis. lakip rekap alpha.xlsx tracker-kecamatan/',
    ]);
    const help = await cli('rekap', '--help');
    expect(help.code).toBe(0);
    expect(help.out[0]).toMatch(/^Pemakaian: lakip rekap KELUARAN\.xlsx/);
  });
});
