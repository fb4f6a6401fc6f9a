/**
 * The whole loop on real .xlsx files: `lakip init`, `lakip format`, each format filled with
 * exceljs as a bagian would in Excel, `lakip consolidate`, then validation.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openXlsxFile } from '../../adapters/xlsx/file';
import { sampleValues, type Values } from '../../../test/support/format-fixtures';
import { validateFormatFile } from '../../core/consolidate/validate-format';
import { computeLakip } from '../../core/lakip/compute-lakip';
import { readTable, type TableRead } from '../../core/read/read-table';
import { findSchemaSheet } from '../../core/read/tracker';
import { SCHEMAS } from '../../core/schema/registry';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../../core/snapshot';
import { validateTracker } from '../../core/validate/validate';
import { runCliIn, type CliRun } from '../test-io';

const SAMPLE = sampleValues();
const KODES = ['UMPEG', 'PERKEU', 'PEM', 'TRANTIB', 'PMD', 'PELAYANAN'] as const;
const formatName = (kode: string): string => `format-data-kinerja-2017-${kode}.xlsx`;

let dir: string;
/** The sample tracker with its Data Kinerja rows deleted: where a Sekcam is before step 3. */
let empty: string;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date(2018, 0, 15, 9, 30, 0));
}

function at(...parts: string[]): string {
  return path.join(dir, ...parts);
}

function copy(from: string, to: string): string {
  mkdirSync(path.dirname(at(to)), { recursive: true });
  copyFileSync(from, at(to));
  return at(to);
}

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Column number of a header label in row 5 (a trailing `*` ignored). */
function colOf(ws: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  ws.getRow(5).eachCell((cell, col) => {
    if (typeof cell.value === 'string' && cell.value.replace(/\s*\*$/, '') === label) found = col;
  });
  if (found === 0) throw new Error(`no column ${label}`);
  return found;
}

const LABEL: ReadonlyMap<string, string> = new Map(SCHEMAS.dataKinerja.columns.map((c) => [c.key, c.label]));

/** Fill a Data Kinerja-like sheet as a bagian does: by Kode Indikator, the sample's values with changes. */
function fill(ws: ExcelJS.Worksheet, changes: Readonly<Record<string, Values>> = {}): void {
  const kodeCol = colOf(ws, 'Kode Indikator');
  for (let r = 6; r <= ws.rowCount; r++) {
    const kode = ws.getCell(r, kodeCol).value;
    if (typeof kode !== 'string') continue;
    const values = { ...SAMPLE.get(kode), ...changes[kode] };
    for (const [key, value] of Object.entries(values)) {
      ws.getCell(r, colOf(ws, LABEL.get(key) ?? key)).value = value as ExcelJS.CellValue;
    }
  }
}

/** A filled format of a bagian, made from the tracker copy `from` by `lakip format`. */
async function filledFormat(
  kode: string,
  to: string,
  changes: Readonly<Record<string, Values>> = {},
): Promise<string> {
  const file = copy(at('formats', formatName(kode)), to);
  await edit(file, (wb) => fill(worksheet(wb, 'Data Kinerja'), changes));
  return file;
}

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return (await openXlsxFile(file)).snapshot;
}

function dataKinerja(wb: WorkbookSnapshot): TableRead {
  const sheet = findSchemaSheet(wb, SCHEMAS.dataKinerja);
  if (sheet === undefined) throw new Error('no Data Kinerja');
  return readTable(sheet, SCHEMAS.dataKinerja);
}

function rowOf(wb: WorkbookSnapshot, kode: string): ReadonlyMap<string, CellValue> | undefined {
  return dataKinerja(wb).rows.find((r) => r.raw.get('kodeIndikator') === kode)?.raw;
}

/** Every non-empty cell of a sheet, `A1`-style keys as `row:col`. */
function cells(wb: WorkbookSnapshot, sheet: string): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  findSheet(wb, sheet)?.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) out.set(`${r + 1}:${c + 1}`, v);
    }),
  );
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-consolidate-'));
  expect((await cli('init', 'sample.xlsx', '--sample')).code).toBe(0);
  empty = copy(at('sample.xlsx'), 'kosong.xlsx');
  await edit(empty, (wb) => {
    const ws = worksheet(wb, 'Data Kinerja');
    for (let r = 6; r <= 12; r++) for (let c = 1; c <= 16; c++) ws.getCell(r, c).value = null;
  });
  expect((await cli('format', 'kosong.xlsx', '--all', '-o', 'formats')).code).toBe(0);
  for (const kode of KODES) await filledFormat(kode, path.join('isi', formatName(kode)));
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the whole loop: format for every bagian, fill, consolidate, validate', () => {
  test('each filled format validates without error; consolidation merges all of them with exit 0; the tracker validates without error', async () => {
    for (const kode of KODES) {
      expect([kode, validateFormatFile(await snapshotOf(at('isi', formatName(kode)))).errors]).toEqual([
        kode,
        0,
      ]);
    }
    const tracker = copy(empty, 'loop.xlsx');
    const bytes = readFileSync(tracker);
    const before = await snapshotOf(tracker);
    const run = await cli('consolidate', 'loop.xlsx', 'isi');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `• ${formatName('PELAYANAN')} (PELAYANAN): 2 baris digabung (2 baru, 0 diperbarui, 0 sudah sama).`,
    );
    expect(run.out).toContain(
      'Tracker disimpan: loop.xlsx. Sheet diubah: Data Kinerja. Sheet lain tidak diubah. Versi sebelumnya disimpan sebagai loop.sebelum-konsolidasi.xlsx.',
    );
    expect(run.out).toContain('Data kinerja semua bagian sudah masuk.');

    // The previous version is kept, byte for byte.
    expect(readFileSync(at('loop.sebelum-konsolidasi.xlsx')).equals(bytes)).toBe(true);

    const after = await snapshotOf(tracker);
    const v = validateTracker(after);
    expect(v.errors).toBe(0);
    expect(v.counts).toEqual({ 'sop/incomplete': 1, 'sop/duplicate-step': 1 });
    for (const [kode, values] of SAMPLE) {
      const row = rowOf(after, kode);
      for (const [key, value] of Object.entries(values))
        expect([kode, key, row?.get(key)]).toEqual([kode, key, value]);
    }
    expect(rowOf(after, 'IK-03')?.get('sumber')).toBe(formatName('TRANTIB'));
    expect(rowOf(after, 'IK-03')?.get('diimpor')).toEqual({ kind: 'date', iso: '2018-01-15T09:30:00' });

    // The tracker's other sheets are unchanged, cell by cell; in Data Kinerja only rows 6–12 are new.
    for (const sheet of before.sheets) {
      if (sheet.name === 'Data Kinerja') continue;
      expect([sheet.name, cells(after, sheet.name)]).toEqual([sheet.name, cells(before, sheet.name)]);
    }
    const dkAfter = cells(after, 'Data Kinerja');
    for (const [rc, value] of cells(before, 'Data Kinerja'))
      expect([rc, dkAfter.get(rc)]).toEqual([rc, value]);
    expect(
      [...dkAfter.keys()]
        .filter((rc) => !cells(before, 'Data Kinerja').has(rc))
        .every((rc) => /^(6|7|8|9|10|11|12):/.test(rc)),
    ).toBe(true);
  });

  test('consolidating the same files twice gives identical data; the second run does not even save', async () => {
    const tracker = at('loop.xlsx');
    const once = await snapshotOf(tracker);
    const bytes = readFileSync(tracker);
    const run = await cli('consolidate', 'loop.xlsx', 'isi');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Tidak ada yang berubah; loop.xlsx tidak disimpan ulang.');
    expect(readFileSync(tracker).equals(bytes)).toBe(true);
    expect(await snapshotOf(tracker)).toEqual(once);
  });
});

describe('problems among good files', () => {
  test('a damaged, a foreign and a non-Excel file are each skipped with one sentence; the good formats still merge (exit 1)', async () => {
    const tracker = copy(empty, 'campur.xlsx');
    await filledFormat('PEM', 'campur/pem.xlsx');
    await filledFormat('PMD', 'campur/pmd.xlsx');
    const good = readFileSync(at('campur', 'pem.xlsx'));
    writeFileSync(at('campur', 'rusak.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(at('campur', 'catatan.xlsx'), 'bukan excel');
    copy(at('sample.xlsx'), 'campur/tracker-lama.xlsx');

    const run = await cli('consolidate', 'campur.xlsx', 'campur');
    expect(run.code).toBe(1);
    const lines = run.out.filter((l) => l.startsWith('• ') && / dilewati\. |baris digabung/.test(l));
    expect(lines).toHaveLength(5);
    expect(lines).toContain('• pem.xlsx (PEM): 1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).');
    expect(lines).toContain('• pmd.xlsx (PMD): 1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).');
    expect(lines.find((l) => l.startsWith('• rusak.xlsx: dilewati. '))).toBeDefined();
    expect(lines.find((l) => l.startsWith('• catatan.xlsx: dilewati. '))).toBeDefined();
    expect(lines).toContain(
      '• tracker-lama.xlsx: dilewati. File ini bukan format data kinerja dari LAKIP Tracker (sheet Pengaturan-nya tidak berisi "Format Data Kinerja untuk Bagian"), jadi dilewati; minta bagian mengisi format yang dibuat LAKIP Tracker (menu Konsolidasi di add-in, atau perintah lakip format).',
    );
    // One sentence each: no stack trace, no second line.
    for (const l of lines) expect(l.split('\n')).toHaveLength(1);
    const after = await snapshotOf(tracker);
    expect(dataKinerja(after).rows.map((r) => r.raw.get('kodeIndikator'))).toEqual(['IK-02', 'IK-05']);
    expect(run.out).toContain('Belum masuk: data kinerja PELAYANAN, TRANTIB, UMPEG, PERKEU.');
  });

  test('two files with different values for the same indicator: a conflict with both values, the cell not written (exit 1)', async () => {
    const tracker = copy(empty, 'bentrok.xlsx');
    await filledFormat('PEM', 'bentrok/pem-senin.xlsx');
    await filledFormat('PEM', 'bentrok/pem-selasa.xlsx', { 'IK-05': { realisasiTw4: 82.5 } });
    const run = await cli('consolidate', 'bentrok.xlsx', 'bentrok/pem-senin.xlsx', 'bentrok/pem-selasa.xlsx');
    expect(run.code).toBe(1);
    expect(run.out).toContain('Nilai berbeda antarfile (tidak ada yang ditulis):');
    expect(run.out).toContain(
      '• IK-05 · Realisasi TW IV: nilai berbeda — pem-senin.xlsx: 81,25, pem-selasa.xlsx: 82,5; sel di tracker dibiarkan kosong. Pastikan nilai yang benar dengan bagian, perbaiki filenya, lalu gabungkan ulang.',
    );
    const row = rowOf(await snapshotOf(tracker), 'IK-05');
    expect(row?.get('realisasiTw4')).toBeNull();
    expect(row?.get('realisasiTw3')).toBe(81.25);
  });

  test('a bagian answering for another bagian’s indicator is reported and not merged (exit 1)', async () => {
    const tracker = copy(empty, 'asing.xlsx');
    const file = await filledFormat('PEM', 'asing/pem.xlsx');
    await edit(file, (wb) => {
      const ws = worksheet(wb, 'Data Kinerja');
      ws.getCell('A7').value = 'PEM';
      ws.getCell('B7').value = 'IK-02';
      ws.getCell('K7').value = 100;
    });
    const run = await cli('consolidate', 'asing.xlsx', 'asing/pem.xlsx');
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      '• pem.xlsx (PEM): 1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama); 1 baris tidak digabung (lihat temuan).',
    );
    expect(run.out).toContain(
      "• '[pem.xlsx]Data Kinerja'!B7: Penanggung Jawab “PEM” berbeda dengan PK!K7 (PMD) untuk indikator yang sama. Samakan Penanggung Jawab dengan PK!K7, yang menjadi acuan; bila acuannya yang salah, perbaiki di sana.",
    );
    expect(rowOf(await snapshotOf(tracker), 'IK-02')).toBeUndefined();
  });
});

describe('formula-like text', () => {
  test('text starting with = + - @ stays literal text in the tracker and is reported as cell/formula-text', async () => {
    const tracker = copy(empty, 'rumus.xlsx');
    await filledFormat('TRANTIB', 'rumus/trantib.xlsx', {
      'IK-03': {
        faktorPendukung: '=1+2',
        faktorPenghambat: '-pencurian ternak',
        upayaPerbaikan: '+patroli',
        buktiDukung: '@register',
      },
    });
    const run = await cli('consolidate', 'rumus.xlsx', 'rumus/trantib.xlsx');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '• \'Data Kinerja\'!J6: teks “=1+2” diawali "=", "+", "-" atau "@"; disimpan sebagai teks biasa, bukan rumus. Bila memang teks, biarkan saja. Bila maksudnya angka atau rumus, ketik ulang nilainya langsung di sel ini.',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tracker);
    const ws = worksheet(wb, 'Data Kinerja');
    for (const [a, text] of [
      ['J6', '=1+2'],
      ['K6', '-pencurian ternak'],
      ['L6', '+patroli'],
      ['M6', '@register'],
    ] as const) {
      expect([a, ws.getCell(a).type, ws.getCell(a).value, ws.getCell(a).numFmt]).toEqual([
        a,
        ExcelJS.ValueType.String,
        text,
        '@',
      ]);
    }
    expect(validateTracker(await snapshotOf(tracker)).counts['cell/formula-text']).toBe(4);
  });
});

describe('the Sekcam’s typed cells', () => {
  test('a tracker filled by hand: only the cells the bagian’s file changes, Sumber and Diimpor are written; everything else is unchanged, cell by cell', async () => {
    const tracker = copy(at('sample.xlsx'), 'diketik.xlsx');
    await edit(tracker, (wb) => {
      const ws = worksheet(wb, 'Data Kinerja');
      ws.getCell('R5').value = 'Catatan Sekcam';
      ws.getCell('R10').value = 'cek ulang TW I';
      ws.getCell('J10').value = 'diketik Sekcam';
    });
    await filledFormat('PEM', 'diketik/pem.xlsx', { 'IK-05': { realisasiTw1: 80, faktorPendukung: null } });
    const before = await snapshotOf(tracker);
    const run = await cli('consolidate', 'diketik.xlsx', 'diketik/pem.xlsx');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '• pem.xlsx (PEM): 1 baris digabung (0 baru, 1 diperbarui, 0 sudah sama); 1 sel kosong di file, isi tracker dipertahankan.',
    );
    expect(run.out).toContain('• F10 (IK-05 · Realisasi TW I): 81,25 diganti 80 dari pem.xlsx.');
    const after = await snapshotOf(tracker);
    for (const sheet of before.sheets) {
      if (sheet.name === 'Data Kinerja') continue;
      expect([sheet.name, cells(after, sheet.name)]).toEqual([sheet.name, cells(before, sheet.name)]);
    }
    const b = cells(before, 'Data Kinerja');
    const a = cells(after, 'Data Kinerja');
    const written = new Set(['10:6', '10:15', '10:16']);
    for (const [rc, value] of b) if (!written.has(rc)) expect([rc, a.get(rc)]).toEqual([rc, value]);
    expect([...a.keys()].filter((rc) => !b.has(rc))).toEqual(['10:15', '10:16']);
    expect(a.get('10:6')).toBe(80);
    expect(a.get('10:10')).toBe('diketik Sekcam');
    expect(a.get('10:18')).toBe('cek ulang TW I');
  });
});

describe('the tracker itself', () => {
  test('a tracker that cannot be used ends with one sentence and exit 2; nothing is written', async () => {
    const notTracker = copy(at('formats', formatName('PEM')), 'bukan-tracker.xlsx');
    const bytes = readFileSync(notTracker);
    const run = await cli('consolidate', 'bukan-tracker.xlsx', 'isi');
    expect(run.code).toBe(2);
    // A bagian's format where the tracker belongs: said as such, never "jalankan lakip init" on it.
    expect(run.err).toEqual([
      'bukan-tracker.xlsx adalah format data kinerja bagian PEM, bukan tracker. Sebutkan file tracker lebih dulu, lalu format bagian, mis. lakip consolidate tracker-2017.xlsx bukan-tracker.xlsx',
    ]);
    expect(readFileSync(notTracker).equals(bytes)).toBe(true);
    expect(existsSync(at('bukan-tracker.sebelum-konsolidasi.xlsx'))).toBe(false);

    writeFileSync(at('rusak-tracker.xlsx'), 'rusak');
    const damaged = await cli('consolidate', 'rusak-tracker.xlsx', 'isi');
    expect(damaged.code).toBe(2);
    expect(damaged.err).toHaveLength(1);
    expect(readFileSync(at('rusak-tracker.xlsx'), 'utf8')).toBe('rusak');
  });

  test('naming the tracker as a source, or no source at all, is a usage error', async () => {
    copy(empty, 'usage.xlsx');
    expect((await cli('consolidate', 'usage.xlsx', 'usage.xlsx')).code).toBe(2);
    const none = await cli('consolidate', 'usage.xlsx');
    expect(none.code).toBe(2);
    expect(none.err[0]).toMatch(/^Tidak ada format yang digabungkan/);
  });
});

describe('SOP step 3', () => {
  test('when every bagian is in, consolidation offers to mark step 3 Selesai; --selesai does it', async () => {
    const tracker = copy(empty, 'sop.xlsx');
    await edit(tracker, (wb) => {
      const ws = worksheet(wb, 'SOP');
      for (let r = 6; r <= ws.rowCount; r++)
        if (ws.getCell(r, 1).value === 3) ws.getCell(r, colOf(ws, 'Status')).value = 'Proses';
    });
    const partial = await cli('consolidate', 'sop.xlsx', path.join('isi', formatName('PEM')), '--selesai');
    expect(partial.out).toContain(
      'Langkah 3 SOP belum ditandai Selesai karena data kinerja belum lengkap dari semua bagian.',
    );
    const offer = await cli('consolidate', 'sop.xlsx', 'isi');
    expect(offer.code).toBe(0);
    expect(offer.out).toContain(
      'Data kinerja semua bagian sudah masuk: langkah 3 SOP (menghimpun format data) dapat ditandai Selesai.',
    );
    expect(offer.out).toContain(
      'Untuk menandai langkah 3 SOP Selesai, jalankan: lakip consolidate sop.xlsx isi --selesai',
    );
    const step3 = async (): Promise<CellValue | undefined> => {
      const sop = findSchemaSheet(await snapshotOf(tracker), SCHEMAS.sop);
      return readTable(sop ?? { name: '', rows: [] }, SCHEMAS.sop)
        .rows.find((r) => r.raw.get('no') === 3)
        ?.raw.get('status');
    };
    expect(await step3()).toBe('Proses');
    const done = await cli('consolidate', 'sop.xlsx', 'isi', '--selesai');
    expect(done.code).toBe(0);
    expect(done.out.find((l) => l.startsWith('Langkah 3 SOP ditandai Selesai'))).toBeDefined();
    expect(await step3()).toBe('Selesai');
  });
});

describe('bagian sheets in a shared workbook', () => {
  test('format --sheet, each bagian fills its sheet, consolidate FILE merges them with no file', async () => {
    const tracker = copy(empty, 'bersama.xlsx');
    expect((await cli('format', 'bersama.xlsx', '--all', '--sheet')).code).toBe(0);
    await edit(tracker, (wb) => {
      for (const kode of KODES) fill(worksheet(wb, `Data Kinerja ${kode}`));
    });
    const run = await cli('consolidate', 'bersama.xlsx');
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '• sheet Data Kinerja PELAYANAN (PELAYANAN): 2 baris digabung (2 baru, 0 diperbarui, 0 sudah sama).',
    );
    const after = await snapshotOf(tracker);
    expect(validateTracker(after).errors).toBe(0);
    expect(rowOf(after, 'IK-01')?.get('sumber')).toBe('sheet Data Kinerja PELAYANAN');
  });
});

describe('arguments in the wrong order', () => {
  test('consolidate FORMAT TRACKER: said plainly (never "lakip init"), exit 2, both files left as they were', async () => {
    const tracker = copy(at('kosong.xlsx'), 'terbalik-tracker.xlsx');
    const format = copy(at('isi', formatName('PEM')), 'terbalik-PEM.xlsx');
    const before = [readFileSync(tracker), readFileSync(format)];
    const run = await cli('consolidate', 'terbalik-PEM.xlsx', 'terbalik-tracker.xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'Urutannya terbalik: terbalik-PEM.xlsx adalah format data kinerja bagian PEM, bukan tracker, sedangkan terbalik-tracker.xlsx adalah tracker. Sebutkan tracker lebih dulu, lalu format bagian: lakip consolidate terbalik-tracker.xlsx terbalik-PEM.xlsx',
    ]);
    expect(run.err.join(' ')).not.toMatch(/lakip init/);
    expect(readFileSync(tracker).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(format).equals(before[1] as Buffer)).toBe(true);

    // A format alone (no tracker among the others): it says what the first file is.
    const alone = await cli('consolidate', 'terbalik-PEM.xlsx', at('isi', formatName('PMD')));
    expect(alone.code).toBe(2);
    expect(alone.err[0]).toMatch(
      /^terbalik-PEM\.xlsx adalah format data kinerja bagian PEM, bukan tracker\. Sebutkan file tracker lebih dulu/,
    );
    expect(alone.err.join(' ')).not.toMatch(/lakip init/);
  });
});

describe('an A/B indicator on real files', () => {
  test('the PK names IK-04’s two numbers, the format carries them, consolidation copies them and the tables compute from them', async () => {
    // IK-04 (PELAYANAN, Rata-rata, target 95): A 10, 12, 11, 12 (ΣA 45), B 12, 13, 12, 13
    // (ΣB 50) → 45 ÷ 50 × 100 = 90; capaian 90 ÷ 95 × 100 = 94,7368421052632 %.
    const names = ['Jumlah berkas PATEN selesai tepat waktu', 'Jumlah berkas PATEN masuk'];
    copy(empty, 'rasio.xlsx');
    await edit(at('rasio.xlsx'), (wb) => {
      const ws = worksheet(wb, 'PK');
      let last = 0;
      ws.getRow(5).eachCell((_cell, col) => {
        last = Math.max(last, col);
      });
      ws.getCell(5, last + 1).value = 'Pembilang';
      ws.getCell(5, last + 2).value = 'Penyebut';
      const kodeCol = colOf(ws, 'Kode Indikator');
      for (let r = 6; r <= ws.rowCount; r++) {
        if (ws.getCell(r, kodeCol).value !== 'IK-04') continue;
        ws.getCell(r, last + 1).value = names[0] ?? null;
        ws.getCell(r, last + 2).value = names[1] ?? null;
      }
    });
    const made = await cli('format', 'rasio.xlsx', '--bagian', 'PELAYANAN', '-o', 'rasio-format.xlsx');
    expect([made.code, made.err]).toEqual([0, []]);
    const numbers: Values = {
      realisasiTw1: null,
      realisasiTw2: null,
      realisasiTw3: null,
      realisasiTw4: null,
      pembilangTw1: 10,
      penyebutTw1: 12,
      pembilangTw2: 12,
      penyebutTw2: 13,
      pembilangTw3: 11,
      penyebutTw3: 12,
      pembilangTw4: 12,
      penyebutTw4: 13,
    };
    await edit(at('rasio-format.xlsx'), (wb) => fill(worksheet(wb, 'Data Kinerja'), { 'IK-04': numbers }));
    expect(validateFormatFile(await snapshotOf(at('rasio-format.xlsx'))).errors).toBe(0);

    const run = await cli('consolidate', 'rasio.xlsx', 'rasio-format.xlsx');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      '• rasio-format.xlsx (PELAYANAN): 2 baris digabung (2 baru, 0 diperbarui, 0 sudah sama); 8 angka pembilang/penyebut.',
    );

    const after = await snapshotOf(at('rasio.xlsx'));
    const row = rowOf(after, 'IK-04');
    const keys = Object.keys(numbers).filter((k) => !k.startsWith('realisasi'));
    expect(keys.map((k) => [k, row?.get(k)])).toEqual(keys.map((k) => [k, numbers[k]]));
    const capaian = computeLakip(after).tables.find((t) => t.id === 'capaian');
    const line = capaian?.sections[0]?.rows.find((r) => r.source?.row !== undefined && r.cells[0] === 4);
    expect([line?.cells[5], line?.cells[6], line?.note]).toEqual([
      90,
      94.7368421052632,
      `Realisasi = 45 ÷ 50 × 100 (${names[0]} ÷ ${names[1]}; jumlah TW I–TW IV).`,
    ]);
    const v = validateTracker(after);
    const ratioCodes = [
      'cell/ratio-incomplete',
      'calc/ratio-mismatch',
      'calc/ratio-unlabelled',
      'cell/required',
    ];
    expect(
      v.findings.filter((f) => f.sheet === 'Data Kinerja' && ratioCodes.includes(f.code)).map((f) => f.cell),
    ).toEqual([]);
  }, 60_000);
});
