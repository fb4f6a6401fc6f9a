/**
 * `lakip import` on real .xlsx files: the preview changes nothing, --json has the issue's
 * shape, --terapkan saves with a backup and is idempotent, --peta round-trips the --json
 * output, the source stays byte-identical, and a remembered layout needs no choices.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSnapshotStreaming } from '../../adapters/xlsx/stream-read';
import { readTable } from '../../core/read/read-table';
import { SCHEMAS } from '../../core/schema/registry';
import { findSheet } from '../../core/snapshot';
import { runCliIn, type CliRun } from '../test-io';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import');
let dir: string;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date(2026, 6, 15, 9, 30, 0));
}

const at = (f: string): string => path.join(dir, f);
const bytes = (f: string): Buffer => readFileSync(at(f));

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-import-'));
  for (const f of [
    'esakip-triwulan.xlsx',
    'realisasi-per-baris.xlsx',
    'rencana-aksi-bulanan.xlsx',
    'pk-dari-word.xlsx',
  ])
    copyFileSync(path.join(FIXTURES, f), at(f));
  const init = await cli(
    'init',
    'tracker.xlsx',
    '--tahun',
    '2026',
    '--unit',
    'Dinas Contoh',
    '--kabupaten',
    'Contoh',
  );
  expect(init.code).toBe(0);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function dataKinerja(): Promise<Record<string, unknown>[]> {
  const wb = await readSnapshotStreaming(at('tracker.xlsx'));
  const read = readTable(findSheet(wb, 'Data Kinerja') as never, SCHEMAS.dataKinerja);
  return read.rows.map((r) => Object.fromEntries([...r.raw].filter(([, v]) => v !== null)));
}

describe('lakip import', () => {
  it('previews without changing the tracker, then applies with a backup, and a second run changes nothing', async () => {
    const before = bytes('tracker.xlsx');
    const source = bytes('esakip-triwulan.xlsx');
    const preview = await cli('import', 'tracker.xlsx', 'esakip-triwulan.xlsx');
    expect(preview.code).toBe(0);
    expect(preview.out[0]).toBe('Impor dari esakip-triwulan.xlsx ke tracker.xlsx:');
    expect(preview.out).toContain('  • O "Kendala yg Dihadapi" → Faktor Penghambat (90%)');
    expect(preview.out).toContain('  Baris: 3 dibaca, 3 ditambahkan, 0 diubah, 0 dilewati.');
    expect(preview.out[preview.out.length - 1]).toBe(
      'Pratinjau saja: tracker.xlsx tidak diubah. Untuk menulisnya, jalankan perintah yang sama dengan --terapkan.',
    );
    expect(bytes('tracker.xlsx').equals(before)).toBe(true);

    const applied = await cli('import', 'tracker.xlsx', 'esakip-triwulan.xlsx', '--terapkan');
    expect(applied.code).toBe(0);
    expect(applied.out[applied.out.length - 1]).toBe(
      'Tracker disimpan: tracker.xlsx. Sheet dibuat: Peta Impor. Sheet diubah: Data Kinerja. Sheet lain tidak diubah. Versi sebelumnya disimpan sebagai tracker.sebelum-impor.xlsx.',
    );
    expect(bytes('tracker.sebelum-impor.xlsx').equals(before)).toBe(true);
    expect(bytes('esakip-triwulan.xlsx').equals(source)).toBe(true);
    expect((await dataKinerja()).map((r) => [r.kodeIndikator, r.realisasiTw4, r.satuan])).toEqual([
      ['IK-01', 79, 'Orang'],
      ['IK-02', 100, 'Persen'],
      ['IK-03', 0.88, 'Angka'],
    ]);

    const saved = bytes('tracker.xlsx');
    const again = await cli('import', 'tracker.xlsx', 'esakip-triwulan.xlsx', '--terapkan');
    expect(again.code).toBe(0);
    expect(again.out[again.out.length - 1]).toBe(
      'Tidak ada yang berubah; tracker.xlsx tidak disimpan ulang.',
    );
    expect(again.out).toContain('  = 3 baris sudah sama dengan tracker.');
    expect(bytes('tracker.xlsx').equals(saved)).toBe(true);
  });

  it('prints the --json shape of the issue, and --peta takes it back as the mapping', async () => {
    const run = await cli('import', 'tracker.xlsx', 'realisasi-per-baris.xlsx', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out.join('\n')) as {
      source: string;
      tables: {
        sheet: string;
        range: string;
        headerRows: number[];
        target: string | null;
        columns: unknown[];
        rows: unknown;
        problems: unknown[];
      }[];
    };
    expect(json.source).toBe('realisasi-per-baris.xlsx');
    expect(json.tables.map((t) => [t.sheet, t.range, t.headerRows, t.target, t.rows])).toEqual([
      ['Realisasi', 'A1:G7', [1, 1], 'Data Kinerja', { read: 6, add: 6, change: 0, skip: 0 }],
    ]);
    expect(json.tables[0]?.columns[4]).toEqual({
      column: 'E',
      label: 'Triwulan',
      field: null,
      confidence: 0.9,
    });

    // The user corrects one column in the file and imports with it: the rest is as proposed.
    const table = json.tables[0] as { columns: { column: string; field: string | null }[] };
    (table.columns[6] as { field: string | null }).field = 'Faktor Pendukung';
    writeFileSync(at('peta.json'), JSON.stringify(json));
    const corrected = await cli(
      'import',
      'tracker.xlsx',
      'realisasi-per-baris.xlsx',
      '--peta',
      'peta.json',
      '--terapkan',
    );
    expect(corrected.code).toBe(0);
    expect(corrected.out).toContain('  • G "Keterangan" → Faktor Pendukung (100%)');
    expect(corrected.out).toContain('  • F "Realisasi" → Realisasi TW (menurut kolom triwulan) (90%)');
    expect(
      (await dataKinerja()).map((r) => [
        r.kodeIndikator,
        r.realisasiTw1,
        r.realisasiTw2,
        r.realisasiTw4,
        r.faktorPendukung,
      ]),
    ).toEqual([
      ['IK-01', 20, 40, 80, 'tercapai'],
      ['IK-02', 10, 20, undefined, undefined],
    ]);
  });

  it('remembers the layout: the next file with it is read with the same choices', async () => {
    await cli('import', 'tracker.xlsx', 'rencana-aksi-bulanan.xlsx', '--kumulatif', '--terapkan');
    const next = await cli('import', 'tracker.xlsx', 'rencana-aksi-bulanan.xlsx');
    expect(next.out).toContain(
      'Tabel 1: Renaksi 2026!A3:R6 (judul kolom di baris 3–4) → Rencana Aksi (pemetaan diingat dari impor sebelumnya)',
    );
    expect(
      next.out.some((l) =>
        l.includes('Dipakai: kumulatif (nilai sampai dengan periode itu) (diingat dari impor sebelumnya)'),
      ),
    ).toBe(true);
  });

  it('--sheet, --ke and --triwulan narrow the import; bad input is one sentence with exit 2', async () => {
    const ke = await cli('import', 'tracker.xlsx', 'pk-dari-word.xlsx', '--sheet', 'PK 2026', '--ke', 'IKU');
    expect(ke.code).toBe(0);
    expect(ke.out.filter((l) => l.startsWith('Tabel '))).toEqual([
      'Tabel 1: PK 2026!A38:D42 (judul kolom di baris 38) → IKU',
      'Tabel 2: PK 2026!A45:D48 (judul kolom di baris 45) → IKU',
    ]);
    const noSheet = await cli('import', 'tracker.xlsx', 'pk-dari-word.xlsx', '--sheet', 'Lampiran');
    expect([noSheet.code, noSheet.err]).toEqual([
      2,
      ['Sheet "Lampiran" tidak ada di pk-dari-word.xlsx; sheet yang ada: PK 2026.'],
    ]);
    const badKe = await cli('import', 'tracker.xlsx', 'pk-dari-word.xlsx', '--ke', 'Anggaran');
    expect(badKe.code).toBe(2);
    expect(badKe.err).toEqual([
      'Sheet tujuan "Anggaran" (--ke) tidak ada di tracker; pakai nama sheet tracker, mis. "Data Kinerja", "PK", "Rencana Aksi" atau "DPA".',
    ]);
    const badTw = await cli('import', 'tracker.xlsx', 'pk-dari-word.xlsx', '--triwulan', '5');
    expect([badTw.code, badTw.err]).toEqual([
      2,
      ['Triwulan "5" tidak valid: tulis 1, 2, 3 atau 4, mis. --triwulan 2.'],
    ]);
    const self = await cli('import', 'tracker.xlsx', 'tracker.xlsx');
    expect(self.code).toBe(2);
    expect(self.err).toEqual([
      'tracker.xlsx adalah tracker itu sendiri (atau salinan cadangannya); sebutkan workbook yang datanya ingin diimpor.',
    ]);
    expect(existsSync(at('tracker.sebelum-impor.xlsx'))).toBe(false);
  });

  it('exits 2 when the source has no table it can read', async () => {
    copyFileSync(at('tracker.xlsx'), at('lain.xlsx'));
    const run = await cli('import', 'tracker.xlsx', 'lain.xlsx', '--sheet', 'Pengaturan');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'Tidak ada tabel yang dikenali di lain.xlsx: tidak ditemukan baris judul kolom (mis. "Indikator Kinerja", "Target", "Realisasi"). Periksa sheetnya, atau sebutkan --sheet.',
    ]);
  });
});
