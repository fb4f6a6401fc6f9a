import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openXlsxFile } from '../../adapters/xlsx/file';
import { computeLakip } from '../../core/lakip/compute-lakip';
import { decimalsFor } from '../../core/lakip/display';
import { placeSections } from '../../core/lakip/export-plan';
import { LAKIP_SHEETS, type LakipResult, type SummaryColumn, type SummaryRow } from '../../core/lakip/tables';
import { normaliseSheetName } from '../../core/snapshot';
import { runCliIn, type CliRun } from '../test-io';

let dir: string;
let sampleTracker: string;

async function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, argv, new Date('2018-02-10T08:00:00Z'));
}

/** A fresh copy of the sample tracker (made once by `lakip init --sample`). */
function freshTracker(name: string): string {
  const file = path.join(dir, name);
  copyFileSync(sampleTracker, file);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-export-'));
  const init = await cli('init', 'sample.xlsx', '--sample');
  expect(init.code).toBe(0);
  sampleTracker = path.join(dir, 'sample.xlsx');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lakip export FILE', () => {
  test('writes the seven LAKIP sheets into the tracker, leaves every other sheet as it was, and a second export rebuilds them', async () => {
    const file = freshTracker('into.xlsx');
    const before = (await openXlsxFile(file)).snapshot;
    const run = await cli('export', 'into.xlsx');
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out.join('\n')).toContain('Tabel LAKIP ditulis ke into.xlsx');
    expect(run.out).toContain('Indikator kinerja: 7 — 4 Sangat Tinggi, 2 Tinggi, 1 Sedang.');
    // The sample's sasaran: (103,05 + 102,63) ÷ 2 = 102,84; (85,71 + 101,56) ÷ 2 = 93,64;
    // 80 ÷ 1 = 80; (98,88 + 73,08) ÷ 2 = 85,98 (the full-precision capaian, rounded only here).
    const i = run.out.indexOf('Rata-rata capaian sasaran:');
    expect(run.out.slice(i, i + 5)).toEqual([
      'Rata-rata capaian sasaran:',
      '  – Meningkatnya kualitas pelayanan publik kecamatan: 102,84% (Sangat Tinggi)',
      '  – Meningkatnya kualitas penyelenggaraan pemerintahan desa dan partisipasi masyarakat: 93,64% (Sangat Tinggi)',
      '  – Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan: 80,00% (Tinggi)',
      '  – Meningkatnya akuntabilitas kinerja dan disiplin aparatur kecamatan: 85,98% (Tinggi)',
    ]);
    expect(run.out).toContain('Serapan anggaran: 95,15% (Rp 908.660.000 dari pagu Rp 955.010.000).');
    expect(run.out).toContain('Langkah SOP selesai: 4 dari 13 (30,77%); dokumen diterima: 12 dari 14.');

    const after = (await openXlsxFile(file)).snapshot;
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), ...LAKIP_SHEETS]);
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);

    expect((await cli('export', 'into.xlsx')).code).toBe(0);
    const again = (await openXlsxFile(file)).snapshot;
    expect(again.sheets.map((s) => s.name)).toEqual(after.sheets.map((s) => s.name));
    for (const name of LAKIP_SHEETS) {
      expect(again.sheets.find((s) => s.name === name)).toEqual(after.sheets.find((s) => s.name === name));
    }
  });

  test('-o writes a new workbook with only the LAKIP sheets and leaves the tracker untouched', async () => {
    const file = freshTracker('tracker-o.xlsx');
    const bytes = readFileSync(file);
    const run = await cli('export', 'tracker-o.xlsx', '-o', 'lakip-o.xlsx');
    expect(run.code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const out = (await openXlsxFile(path.join(dir, 'lakip-o.xlsx'))).snapshot;
    expect(out.sheets.map((s) => s.name)).toEqual([...LAKIP_SHEETS]);
  });

  test('-o and --docx refuse to overwrite an existing file without --force (exit 2, file unchanged)', async () => {
    freshTracker('tracker-f.xlsx');
    writeFileSync(path.join(dir, 'exists.xlsx'), 'punya saya');
    writeFileSync(path.join(dir, 'exists.docx'), 'punya saya');
    for (const args of [
      ['-o', 'exists.xlsx'],
      ['--docx', 'exists.docx'],
    ]) {
      const run = await cli('export', 'tracker-f.xlsx', ...args);
      expect(run.code).toBe(2);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(/^File exists\.(xlsx|docx) sudah ada dan tidak ditimpa\. .*--force/);
    }
    expect(readFileSync(path.join(dir, 'exists.xlsx'), 'utf8')).toBe('punya saya');
    expect(readFileSync(path.join(dir, 'exists.docx'), 'utf8')).toBe('punya saya');
    const forced = await cli('export', 'tracker-f.xlsx', '-o', 'exists.xlsx', '--force');
    expect(forced.code).toBe(0);
    expect((await openXlsxFile(path.join(dir, 'exists.xlsx'))).snapshot.sheets).toHaveLength(7);
  });

  test('--json prints { tables, findings, summary } and writes nothing into the tracker', async () => {
    const file = freshTracker('tracker-json.xlsx');
    const bytes = readFileSync(file);
    const run = await cli('export', 'tracker-json.xlsx', '--json');
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    const json = JSON.parse(run.out[0] ?? '') as {
      tables: { sheetName: string }[];
      findings: unknown[];
      summary: LakipResult['summary'];
    };
    expect(Object.keys(json)).toEqual(['tables', 'findings', 'summary']);
    expect(json.tables.map((t) => t.sheetName)).toEqual([...LAKIP_SHEETS]);
    expect(json.findings).toEqual([]);
    expect(json.summary).toMatchObject({
      indicators: 7,
      pagu: 955_010_000,
      realisasi: 908_660_000,
      sopDone: 4,
      sopTotal: 13,
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('--docx writes the Word document too', async () => {
    freshTracker('tracker-docx.xlsx');
    const run = await cli('export', 'tracker-docx.xlsx', '--docx', 'lakip.docx');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Dokumen Word tabel LAKIP ditulis: lakip.docx.');
    expect(readFileSync(path.join(dir, 'lakip.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('--docx into a folder that does not exist: one sentence, exit 2, no file and no temporary file left', async () => {
    freshTracker('tracker-docx-fail.xlsx');
    const run = await cli('export', 'tracker-docx-fail.xlsx', '--docx', path.join('tidak-ada', 'lakip.docx'));
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/"lakip\.docx" gagal disimpan \(folder tidak ditemukan\)/);
    expect(existsSync(path.join(dir, 'tidak-ada'))).toBe(false);
  });

  test('rows that could not be computed: marked in the sheet, and the command says which and why', async () => {
    // The sample with IK-03's target set to 0 in the PK sheet.
    const file = freshTracker('tracker-zero.xlsx');
    const { wb } = await openXlsxFile(file, { forWrite: true });
    const pk = wb.getWorksheet('PK');
    if (!pk) throw new Error('no PK sheet');
    let headerRow = 0;
    let targetCol = 0;
    pk.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (headerRow === 0 && typeof cell.value === 'string' && cell.value.startsWith('Target')) {
          headerRow = r;
          targetCol = c;
        }
      });
    });
    pk.getCell(headerRow + 3, targetCol).value = 0;
    const { saveXlsxAtomic } = await import('../../adapters/xlsx/file');
    await saveXlsxAtomic(wb, file);

    const run = await cli('export', 'tracker-zero.xlsx');
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    expect(text).toMatch(/\d+ baris tidak dapat dihitung lengkap/);
    // Capaian is grouped by sasaran: header 4, IK-01 5, IK-04 6, average 7, IK-02 8, IK-05 9,
    // average 10, IK-03 11.
    expect(text).toContain(
      `• LAKIP Capaian baris 11: Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan (dari PK baris ${headerRow + 3}) — Capaian tidak dapat dihitung: target 0 (pembagian dengan nol).`,
    );
    expect(run.out).toContain(
      'Indikator kinerja: 7 — 4 Sangat Tinggi, 1 Tinggi, 1 Sedang, 1 tidak dapat dihitung.',
    );
    // IK-03, the only indicator of its sasaran, has no capaian: nor has its sasaran.
    expect(run.out).toContain(
      '  – Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan: belum dapat dihitung',
    );
    const sheet = (await openXlsxFile(file)).snapshot.sheets.find((s) => s.name === 'LAKIP Capaian');
    expect(sheet?.rows[10]?.slice(6, 9)).toEqual([
      null,
      null,
      'Capaian tidak dapat dihitung: target 0 (pembagian dengan nol).',
    ]);
  });

  test('what the user typed into a LAKIP sheet survives the next export (Keterangan, own column); what has no place stops the export', async () => {
    const file = freshTracker('notes.xlsx');
    expect((await cli('export', 'notes.xlsx')).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('LAKIP Capaian');
    if (!ws) throw new Error('no LAKIP Capaian');
    ws.getCell('I6').value = 'Sudah dikonfirmasi ke Seksi PMD.';
    ws.getCell('J4').value = 'Paraf';
    ws.getCell('J6').value = 'AS';
    await wb.xlsx.writeFile(file);

    const again = await cli('export', 'notes.xlsx');
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      '3 isian Anda di sheet LAKIP sebelumnya dipertahankan (menurut indikator/program).',
    );
    const rows =
      (await openXlsxFile(file)).snapshot.sheets.find((s) => s.name === 'LAKIP Capaian')?.rows ?? [];
    expect(rows[5]?.slice(8, 10)).toEqual(['Sudah dikonfirmasi ke Seksi PMD.', 'AS']);
    expect(rows[3]?.[9]).toBe('Paraf');

    // A note under the table has no row to go with: the export refuses (exit 2), the file is left as it was.
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(file);
    const sheet2 = wb2.getWorksheet('LAKIP Capaian');
    if (sheet2) sheet2.getCell('B30').value = 'ringkasan rapat';
    await wb2.xlsx.writeFile(file);
    const bytes = readFileSync(file);
    const refused = await cli('export', 'notes.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(
      /^1 isian di sheet LAKIP tidak punya tempat di tabel yang baru .*'LAKIP Capaian'!B30.*--force/,
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const forced = await cli('export', 'notes.xlsx', '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('1 isian di sheet LAKIP sebelumnya dibuang (--force).');
  });

  test('galat remain: said before writing, every LAKIP sheet and the .docx marked DRAF, a capaian missing TW IV not computed, exit 1', async () => {
    const file = freshTracker('draf.xlsx');
    const { wb } = await openXlsxFile(file, { forWrite: true });
    const dk = wb.getWorksheet('Data Kinerja');
    if (!dk) throw new Error('no Data Kinerja');
    let header = 0;
    let tw4 = 0;
    dk.eachRow((row, r) => {
      row.eachCell((c, col) => {
        if (header === 0 && typeof c.value === 'string' && c.value.startsWith('Realisasi TW IV')) {
          header = r;
          tw4 = col;
        }
      });
    });
    dk.getCell(header + 1, tw4).value = null;
    const { saveXlsxAtomic } = await import('../../adapters/xlsx/file');
    await saveXlsxAtomic(wb, file);

    const run = await cli('export', 'draf.xlsx', '--docx', 'draf.docx');
    expect(run.code).toBe(1);
    expect(run.out[0]).toBe(
      'Tracker masih berisi 1 galat: tabel dihitung dari data yang belum selesai dan ditandai DRAF. Lihat galatnya dengan: lakip validate draf.xlsx',
    );
    expect(run.out.at(-1)).toBe(
      'Tabel masih DRAF: perbaiki 1 galat di tracker (lakip validate draf.xlsx), lalu ekspor lagi.',
    );
    // IK-01 (IKM, Rata-rata, 103,05 % over four quarters) has no TW IV: no capaian, no kategori.
    expect(run.out).toContain(
      'Indikator kinerja: 7 — 3 Sangat Tinggi, 2 Tinggi, 1 Sedang, 1 tidak dapat dihitung.',
    );
    expect(run.out.join('\n')).toMatch(
      /LAKIP Capaian baris 5: .*Capaian tidak dapat dihitung: realisasi TW IV di sheet Data Kinerja belum diisi/,
    );
    const snapshot = (await openXlsxFile(file)).snapshot;
    for (const name of LAKIP_SHEETS) {
      expect(snapshot.sheets.find((s) => s.name === name)?.rows[2]?.[0]).toMatch(
        /^DRAF — tracker masih berisi 1 galat/,
      );
    }
    expect(snapshot.sheets.find((s) => s.name === 'LAKIP Capaian')?.rows[4]?.slice(5, 8)).toEqual([
      null,
      null,
      null,
    ]);
    const docx = readFileSync(path.join(dir, 'draf.docx'));
    expect(docx.includes(Buffer.from('word/header1.xml'))).toBe(true);
  });

  test.each([
    [['export'], /^Sebutkan satu file tracker/],
    [['export', 'tidak-ada.xlsx'], /tidak ditemukan/],
    [['export', 'data.csv'], /bukan nama file \.xlsx/],
    [['export', 'sample.xlsx', '-o', 'sample.xlsx'], /tidak boleh sama dengan tracker/],
    [['export', 'sample.xlsx', '-o', 'keluar.pdf'], /harus berakhiran \.xlsx/],
    [['export', 'sample.xlsx', '--docx', 'keluar.doc'], /harus berakhiran \.docx/],
    [['export', 'sample.xlsx', '--bagian', 'X'], /Opsi --bagian tidak dikenal/],
  ])('%j → exit 2 with one Indonesian sentence', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });

  test('a workbook that is not a tracker is refused (exit 2), and left as it was', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lembar1').getCell('A1').value = 'catatan';
    await wb.xlsx.writeFile(path.join(dir, 'lain.xlsx'));
    const bytes = readFileSync(path.join(dir, 'lain.xlsx'));
    const run = await cli('export', 'lain.xlsx');
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^lain\.xlsx bukan tracker LAKIP/);
    expect(readFileSync(path.join(dir, 'lain.xlsx')).equals(bytes)).toBe(true);
  });

  test("a workbook whose PK is the user's own table is refused, not given seven empty LAKIP sheets", async () => {
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
    const run = await cli('export', 'kantor.xlsx');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      // The same decision and sentence as lakip validate (core/operations/workbook-kind.ts).
      'kantor.xlsx bukan tracker LAKIP: sheet PK di file ini tersusun sendiri, bukan susunan sheet tracker, dan sheet tracker lain tidak ada. Buat tracker dengan: lakip init kantor.xlsx (sheet Anda tidak diubah).',
    ]);
    expect(readFileSync(path.join(dir, 'kantor.xlsx')).equals(readFileSync(fixture))).toBe(true);
  });

  test('lakip export --help', async () => {
    const run = await cli('export', '--help');
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Pemakaian: lakip export FILE/);
  });
});

test('lakip demo runs init → export and ends with the short summary', async () => {
  const run = await cli('demo', 'demo');
  expect(run.code).toBe(0);
  const text = run.out.join('\n');
  expect(text).toContain('Tabel LAKIP dihitung dan ditulis ke 7 sheet LAKIP');
  expect(text).toMatch(
    /Ringkasan:\n {2}Indikator kinerja: 7 — 4 Sangat Tinggi, 2 Tinggi, 1 Sedang\.\n {2}Serapan anggaran: 95,15%/,
  );
  expect(text).toContain('Langkah SOP selesai: 4 dari 13');
  expect(existsSync(path.join(dir, 'demo', 'lakip-pasrujambe-2017.docx'))).toBe(true);
  const snapshot = (await openXlsxFile(path.join(dir, 'demo', 'tracker-pasrujambe-2017.xlsx'))).snapshot;
  expect(snapshot.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...LAKIP_SHEETS]));
});

/* ------------------------------------------------------------------ LibreOffice */

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const describeWithSoffice = soffice ? describe : describe.skip;
if (!soffice) {
  test.skip('LibreOffice (soffice) is not installed: the exported .xlsx is not opened in LibreOffice', () =>
    undefined);
}

/** RFC 4180 CSV as LibreOffice writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * A number as LibreOffice shows it, in whatever locale (`95.15`, `95,15`, `955,010,000`,
 * `955.010.000`): the separator `decimals` digits from the end is the decimal one.
 */
function shownNumber(text: string, decimals: number): number {
  const digits = text.replace(/[^\d-]/g, '');
  if (!/^-?\d+$/.test(digits)) return Number.NaN;
  return decimals === 0 ? Number(digits) : Number(digits) / 10 ** decimals;
}

function expectShown(
  shown: string | undefined,
  column: SummaryColumn,
  value: string | number | null | undefined,
  where: string,
): void {
  if (value === null || value === undefined) {
    expect({ where, shown: shown ?? '' }).toEqual({ where, shown: '' });
  } else if (typeof value === 'number') {
    const d = decimalsFor(column, value);
    const n = shownNumber(shown ?? '', d);
    // Shown rounded to d decimals: within half a unit of the last digit of our full-precision figure.
    expect({ where, off: Math.abs(n - value) <= 0.5 * 10 ** -d + 1e-9 }).toEqual({ where, off: true });
  } else if (column.kind === 'date') {
    const [y, m, day] = value.split('-');
    expect({ where, shown }).toEqual({ where, shown: `${day ?? ''}/${m ?? ''}/${y ?? ''}` });
  } else {
    expect({ where, shown }).toEqual({ where, shown: value });
  }
}

describeWithSoffice('the exported .xlsx opened in LibreOffice', () => {
  test('every sheet shows our figures: captions, headers, every cell, the Jumlah rows', async () => {
    const out = path.join(dir, 'lo', 'lakip-lo.xlsx');
    const csvDir = path.join(dir, 'lo', 'csv');
    const trackerFile = freshTracker('tracker-lo.xlsx');
    mkdirSync(path.join(dir, 'lo'));
    expect((await cli('export', 'tracker-lo.xlsx', '-o', path.join('lo', 'lakip-lo.xlsx'))).code).toBe(0);
    const result = computeLakip((await openXlsxFile(trackerFile)).snapshot);

    // Every sheet into its own CSV, as shown (formatted), not as stored.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'lo', 'profile')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        csvDir,
        out,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const files = readdirSync(csvDir);
    expect(files).toHaveLength(LAKIP_SHEETS.length);

    let checked = 0;
    for (const table of result.tables) {
      const file = files.find(
        (f) => normaliseSheetName(f) === normaliseSheetName(`lakip-lo-${table.sheetName}.csv`),
      );
      expect(file).toBeDefined();
      const csv = parseCsv(readFileSync(path.join(csvDir, file ?? ''), 'utf8'));
      expect(csv[0]?.[0]).toBe(table.caption);
      const placements = placeSections(table);
      table.sections.forEach((section, si) => {
        const at = placements[si];
        if (!at) throw new Error('no placement');
        expect(csv[at.headerRow - 1]?.slice(0, section.columns.length + 1)).toEqual([
          ...section.columns.map((c) => c.sheetLabel ?? c.label),
          'Keterangan',
        ]);
        const lines: [number, SummaryRow][] = section.rows.map((r, i) => [at.firstDataRow + i, r]);
        if (section.total && at.totalRow !== null) lines.push([at.totalRow, section.total]);
        for (const [sheetRow, row] of lines) {
          section.columns.forEach((column, ci) => {
            const where = `${table.sheetName}!R${sheetRow}C${ci + 1}`;
            expectShown(csv[sheetRow - 1]?.[ci], column, row.cells[ci], where);
            checked++;
          });
        }
      });
    }
    // Every cell of the seven tables of the sample was compared.
    const cells = result.tables.reduce(
      (n, t) =>
        n + t.sections.reduce((m, s) => m + s.columns.length * (s.rows.length + (s.total ? 1 : 0)), 0),
      0,
    );
    expect(checked).toBe(cells);
    expect(statSync(out).size).toBeGreaterThan(0);
  });
});
