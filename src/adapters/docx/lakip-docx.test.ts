import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { computeLakip } from '../../core/lakip/compute-lakip';
import { inlineSnapshot, sampleSnapshot } from '../../../test/support/plan-snapshot';
import { P1, P2, pkWithoutProgramsSnapshot } from '../../../test/support/pk-program-fixtures';
import type { LakipResult } from '../../core/lakip/tables';
import { buildLakipDocx, buildLakipDocxBytes, DOCX_LAYOUT } from './lakip-docx';

/** One entry of a zip file (enough of the format for a .docx: stored or deflated). */
function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entry = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in the zip`);
}

/** The visible text of document.xml, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) =>
      t
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    )
    .filter((t) => t !== '');
}

let result: LakipResult;
let xml: string;
let text: string[];
beforeAll(async () => {
  result = computeLakip(sampleSnapshot());
  xml = zipEntry(await buildLakipDocx(result), 'word/document.xml');
  text = paragraphs(xml);
});

test('the chapters and captions of the Laporan Kinerja, in order', () => {
  const order = [
    'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)',
    'BAB II PERENCANAAN KINERJA',
    'Tabel 2.1 Perjanjian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'BAB III AKUNTABILITAS KINERJA',
    'A. Capaian Kinerja Organisasi',
    'Tabel 3.1 Capaian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.2 Perbandingan Realisasi dan Capaian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.3 Analisis Penyebab Keberhasilan/Kegagalan Capaian Kinerja Kecamatan Pasrujambe Tahun 2017',
    'Tabel 3.4 Efisiensi Penggunaan Sumber Daya Kecamatan Pasrujambe Tahun 2017',
    'B. Realisasi Anggaran',
    'Tabel 3.5 Realisasi Anggaran Kecamatan Pasrujambe Tahun 2017',
    'LAMPIRAN',
    'Tabel L.1 Pelaksanaan SOP Pengumpulan Data Kinerja Kecamatan Pasrujambe Tahun 2017',
  ];
  const positions = order.map((t) => text.indexOf(t));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test('a generated paragraph before each table', () => {
  const before = (caption: string): string => text[text.findIndex((t) => t.startsWith(caption)) - 1] ?? '';
  expect(before('Tabel 2.1')).toMatch(
    /^Perjanjian Kinerja Tahun 2017 Kecamatan Pasrujambe memuat 7 indikator kinerja/,
  );
  expect(text).toContain('Dari 7 indikator kinerja, 4 berkategori Sangat Tinggi, 2 Tinggi dan 1 Sedang.');
  // The sasaran's averages, one sentence each: (103,05 + 102,63) ÷ 2 = 102,84; (98,88 + 73,08) ÷ 2 = 85,98.
  expect(text).toContain(
    'Rata-rata capaian sasaran Meningkatnya kualitas pelayanan publik kecamatan adalah 102,84% (Sangat Tinggi).',
  );
  expect(text).toContain(
    'Rata-rata capaian sasaran Meningkatnya akuntabilitas kinerja dan disiplin aparatur kecamatan adalah 85,98% (Tinggi).',
  );
  expect(before('Tabel 3.5')).toMatch(
    /^Dari pagu Rp 955\.010\.000, terealisasi Rp 908\.660\.000 atau 95,15%/,
  );
  expect(before('Tabel 3.4')).toMatch(/3 Efisien, 2 Cukup Efisien dan 2 Tidak Efisien/);
});

test('figures in Indonesian form, rounded only for display', () => {
  for (const shown of [
    '103,05',
    '85,71',
    '80,00',
    '102,63',
    '101,56',
    '98,88',
    '73,08',
    '955.010.000',
    '908.660.000',
    '95,15',
    '46.350.000',
    '542.650.000',
    '08/01/2018',
  ]) {
    expect(text).toContain(shown);
  }
  expect(xml).not.toMatch(/NaN|Infinity|103\.05|103,048/);
});

test('every table repeats its header row on each page; wide tables get landscape pages; A4', () => {
  const tables = xml.split('<w:tbl>').length - 1;
  const sections = result.tables.reduce((n, t) => n + t.sections.length, 0);
  expect(tables).toBe(sections);
  expect(xml.split('<w:tblHeader').length - 1).toBe(tables);
  expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toContain(`w:fill="${DOCX_LAYOUT.headerFill}"`);
});

test('a row that could not be computed is amber, marked "belum dapat dihitung" (the reason is the Sekcam\'s, not the report\'s)', async () => {
  const r = computeLakip(
    inlineSnapshot({
      tables: {
        pk: [
          {
            kodeIndikator: 'IK-01',
            sasaran: 'S',
            indikator: 'Satu',
            satuan: '%',
            polaritas: 'Positif',
            metode: 'Nilai Akhir',
            target: 0,
            kodeProgram: 'P1',
            program: 'P',
            anggaran: 1,
          },
        ],
        dataKinerja: [
          {
            bagian: 'PEM',
            kodeIndikator: 'IK-01',
            realisasiTw1: 1,
            realisasiTw2: 1,
            realisasiTw3: 1,
            realisasiTw4: 1,
          },
        ],
      },
    }),
  );
  const x = zipEntry(await buildLakipDocx(r), 'word/document.xml');
  expect(x).toContain(`w:fill="${DOCX_LAYOUT.markedFill}"`);
  const t = paragraphs(x);
  expect(t).toContain('Keterangan');
  expect(t).toContain(DOCX_LAYOUT.uncomputedText);
  expect(t.some((p) => p.includes('Capaian tidak dapat dihitung') || p.includes('sheet PK'))).toBe(false);
  expect(t).toContain(
    'Dari 1 indikator kinerja, belum ada yang dapat dikategorikan; capaian 1 indikator belum dapat dihitung (ditandai di kolom Keterangan).',
  );
  expect(x).not.toContain('DRAF');
});

test("the grouped rows as published: a sasaran's average and a kegiatan's Jumlah, bold and shaded like Jumlah", async () => {
  const pkRow = (kode: string, target: number) => ({
    kodeIndikator: kode,
    sasaran: 'Sasaran A',
    indikator: `Indikator ${kode}`,
    satuan: '%',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target,
    kodeProgram: '5.01.01.01',
    program: 'Kegiatan A',
    anggaran: 10_000_000,
  });
  const dk = (kode: string, tw4: number) => ({
    bagian: 'PEM',
    kodeIndikator: kode,
    realisasiTw1: 0,
    realisasiTw2: 0,
    realisasiTw3: 0,
    realisasiTw4: tw4,
  });
  const dpa = (kode: string, sub: string, pagu: number, tw4: number, fisik: number) => ({
    kodeProgram: kode,
    program: 'Kegiatan A',
    subKegiatan: sub,
    indikatorKeluaran: 'Keluaran',
    satuan: 'dokumen',
    target: 1,
    pagu,
    realisasiTw1: 0,
    realisasiTw2: 0,
    realisasiTw3: 0,
    realisasiTw4: tw4,
    realisasiFisik: fisik,
  });
  // Capaian 100 ÷ 100 × 100 = 100 % and 90 ÷ 100 × 100 = 90 % → Rata-rata (100 + 90) ÷ 2 = 95,00 %.
  // Kegiatan A: pagu 10.000.000 + 5.000.000 = 15.000.000, realisasi 9.000.000 + 2.500.000 =
  // 11.500.000 → serapan 11.500.000 ÷ 15.000.000 × 100 = 76,67 %; Realisasi Fisik 95 and 40.
  const r = computeLakip(
    inlineSnapshot({
      tables: {
        pk: [pkRow('IK-01', 100), pkRow('IK-02', 100)],
        dataKinerja: [dk('IK-01', 100), dk('IK-02', 90)],
        dpa: [
          dpa('5.01.01.01', 'Sub A1', 10_000_000, 9_000_000, 95),
          dpa('5.01.01.02', 'Sub A2', 5_000_000, 2_500_000, 40),
        ],
      },
    }),
  );
  const x = zipEntry(await buildLakipDocx(r), 'word/document.xml');
  const t = paragraphs(x);
  for (const shown of [
    'Rata-rata capaian sasaran',
    '95,00',
    'Kegiatan A',
    'Sub A1',
    'Sub A2',
    'Jumlah Kegiatan A',
    '15.000.000',
    '11.500.000',
    '76,67',
    'Realisasi Fisik (%)',
    '95,00',
    '40,00',
  ]) {
    expect(t).toContain(shown);
  }
  // The shaded rows: the average, the kegiatan's Jumlah and the grand Jumlah of Anggaran (and
  // the other tables' Jumlah rows), never an indicator's row.
  const rowOf = (label: string): string =>
    x.split('</w:tr>').find((row) => paragraphs(row).includes(label)) ?? '';
  expect(rowOf('Rata-rata capaian sasaran')).toContain(`w:fill="${DOCX_LAYOUT.totalFill}"`);
  expect(rowOf('Rata-rata capaian sasaran')).toContain('<w:b/>');
  expect(rowOf('Jumlah Kegiatan A')).toContain(`w:fill="${DOCX_LAYOUT.totalFill}"`);
  expect(rowOf('Indikator IK-02')).not.toContain(`w:fill="${DOCX_LAYOUT.totalFill}"`);
});

test('while the tracker has galat the document says DRAF on its title page and in every page header', async () => {
  const docx = await buildLakipDocx(computeLakip(sampleSnapshot()), { draft: { galat: 19 } });
  expect(paragraphs(zipEntry(docx, 'word/document.xml')).slice(0, 2)).toEqual([
    'DRAF',
    'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)',
  ]);
  const header = zipEntry(docx, 'word/header1.xml');
  expect(paragraphs(header).join('')).toContain('DRAF — tracker masih berisi 19 galat');
  expect(zipEntry(docx, 'word/document.xml')).toMatch(/<w:headerReference w:type="default"/);
});

test('the analysis to-do meant for the Sekcam stays out of the report', async () => {
  const r = computeLakip(
    inlineSnapshot({
      tables: {
        pk: [
          {
            kodeIndikator: 'IK-01',
            sasaran: 'S',
            indikator: 'Satu',
            satuan: '%',
            polaritas: 'Positif',
            metode: 'Nilai Akhir',
            target: 100,
            kodeProgram: 'P1',
            program: 'P',
            anggaran: 1,
          },
        ],
        dataKinerja: [
          {
            bagian: 'PEM',
            kodeIndikator: 'IK-01',
            realisasiTw1: 50,
            realisasiTw2: 50,
            realisasiTw3: 50,
            realisasiTw4: 50,
          },
        ],
      },
    }),
  );
  const t = paragraphs(zipEntry(await buildLakipDocx(r), 'word/document.xml'));
  expect(t.some((p) => p.includes('perlu diisi di sheet Data Kinerja'))).toBe(false);
});

test('the bytes for the task pane (no Node Buffer) hold the same document as the CLI’s file', async () => {
  const bytes = await buildLakipDocxBytes(result);
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(zipEntry(Buffer.from(bytes), 'word/document.xml')).toBe(xml);
});

test('an empty tracker still gives a valid document', async () => {
  const x = zipEntry(await buildLakipDocx(computeLakip({ sheets: [] })), 'word/document.xml');
  expect(paragraphs(x)).toContain('BAB II PERENCANAAN KINERJA');
  expect(x).not.toMatch(/NaN|undefined/);
});

test('no empty paragraph ends a section (it could spill onto a blank last page)', async () => {
  const x = zipEntry(await buildLakipDocx(result), 'word/document.xml');
  // A section ends at a body-level sectPr or at a paragraph carrying one: what stands before it has text.
  const ends = [...x.matchAll(/<w:p>(?:(?!<w:p>).)*?<\/w:p>(?=<w:sectPr>|<w:p><w:pPr><w:sectPr>)/g)];
  expect(ends.length).toBeGreaterThan(0);
  for (const [p] of ends) expect(p).toMatch(/<w:t[ >]/);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const describeWithSoffice = soffice ? describe : describe.skip;
if (!soffice) {
  test.skip('LibreOffice (soffice) is not installed: the .docx is not opened in LibreOffice', () =>
    undefined);
}

describeWithSoffice('LibreOffice opens the .docx', () => {
  test('converted to PDF, it shows the captions and the figures', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lakip-docx-'));
    try {
      writeFileSync(path.join(dir, 'lakip.docx'), await buildLakipDocx(result));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'lakip.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = readFileSync(path.join(dir, 'lakip.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pdftotext = spawnSync('pdftotext', ['-layout', path.join(dir, 'lakip.pdf'), '-'], {
        encoding: 'utf8',
      });
      if (pdftotext.status === 0) {
        const shown = pdftotext.stdout;
        expect(shown).toContain('Tabel 3.1 Capaian Kinerja Kecamatan Pasrujambe Tahun 2017');
        expect(shown).toContain('103,05');
        expect(shown).toContain('955.010.000');
        // The last row of a long table never stands alone on a page: the checklist's last three share one.
        const pages = shown.split('\f').filter((p) => p.trim() !== '');
        const last = pages.findIndex((p) => p.includes('Rencana Aksi Tahun 2018'));
        expect(last).toBeGreaterThan(0);
        expect(pages[last]).toContain('Renja Tahun 2018');
        expect(pages[last]).toContain('LKjIP Tahun Sebelumnya');
        // …and no page holds only its footer (a blank last page).
        for (const page of pages) {
          const lines = page.split('\n').filter((l) => l.trim() !== '' && !/— halaman \d+\s*$/.test(l));
          expect(lines.length).toBeGreaterThan(0);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('Tabel 2.1 of a PK without program codes: the DPA’s programs with Keterangan (Sumber Dana) and the Jumlah', async () => {
  const r = computeLakip(pkWithoutProgramsSnapshot());
  const t = paragraphs(zipEntry(await buildLakipDocx(r), 'word/document.xml'));
  const start = t.indexOf('b. Program/Kegiatan dan Anggaran');
  // One Keterangan column (the table's own), then the two programs; Jumlah 150 + 50 = 200 juta.
  expect(t.slice(start + 1, start + 15)).toEqual([
    'No',
    'Program/Kegiatan',
    'Anggaran (Rp)',
    'Keterangan',
    '1',
    P1,
    '150.000.000',
    'APBD',
    '2',
    P2,
    '50.000.000',
    'APBN Dekonsentrasi',
    'Jumlah',
    '200.000.000',
  ]);
});

test('a tracker with its own seven kategori (sheet Kategori Capaian): the labels, the paragraph and the note in the .docx', async () => {
  // Capaian = realisasi ÷ target 100 × 100 (Nilai Akhir, the same realisasi in TW I–IV): 100 → ≥ 100
  // Sangat Memuaskan; 85 → ≥ 80 Sangat Baik; 59,99 < 60 → Kurang; target 0 → Tidak Ada Target.
  const values: readonly (readonly [number, number])[] = [
    [100, 100],
    [85, 100],
    [59.99, 100],
    [5, 0],
  ];
  const snapshot = inlineSnapshot({
    tables: {
      pk: values.map(([, target], i) => ({
        kodeIndikator: `IK-0${i + 1}`,
        sasaran: 'Sasaran Uji',
        indikator: `Indikator ${i + 1}`,
        satuan: '%',
        polaritas: 'Positif',
        metode: 'Nilai Akhir',
        target,
        kodeProgram: 'P1',
        program: 'Program Uji',
        anggaran: 1_000_000,
        penanggungJawab: 'PEM',
      })),
      dataKinerja: values.map(([r], i) => ({
        bagian: 'PEM',
        kodeIndikator: `IK-0${i + 1}`,
        realisasiTw1: r,
        realisasiTw2: r,
        realisasiTw3: r,
        realisasiTw4: r,
      })),
      kategoriCapaian: [
        { batasBawah: 0, kategori: 'Kurang' },
        { batasBawah: 100, kategori: 'Sangat Memuaskan' },
        { batasBawah: 90, kategori: 'Memuaskan' },
        { batasBawah: 80, kategori: 'Sangat Baik' },
        { batasBawah: 70, kategori: 'Baik' },
        { batasBawah: 60, kategori: 'Cukup' },
        { batasBawah: '-', kategori: 'Tidak Ada Target' },
      ],
    },
  });
  const words = paragraphs(zipEntry(await buildLakipDocx(computeLakip(snapshot)), 'word/document.xml'));
  for (const label of ['Sangat Memuaskan', 'Sangat Baik', 'Kurang', 'Tidak Ada Target'])
    expect(words).toContain(label);
  expect(words).toContain(
    'Dari 4 indikator kinerja, 1 berkategori Sangat Memuaskan, 1 Sangat Baik, 1 Kurang dan 1 Tidak Ada Target.',
  );
  expect(words).toContain(
    '– Kategori menurut sheet Kategori Capaian: ≥ 100 % Sangat Memuaskan; ≥ 90 % Memuaskan; ≥ 80 % Sangat Baik; ≥ 70 % Baik; ≥ 60 % Cukup; di bawah 60 % Kurang; indikator yang targetnya kosong atau 0: Tidak Ada Target.',
  );
});

test('an A/B indicator: its two numbers and their names are in the Keterangan column, the rule under the table', async () => {
  // A 10, 12, 11, 12 (ΣA 45), B 12, 13, 12, 13 (ΣB 50) → 45 ÷ 50 × 100 = 90; target 95 → 94,74 %.
  const r = computeLakip(
    inlineSnapshot({
      tables: {
        pk: [
          {
            kodeIndikator: 'IK-01',
            sasaran: 'S',
            indikator: 'Persentase surat selesai tepat waktu',
            satuan: '%',
            polaritas: 'Positif',
            metode: 'Kumulatif',
            target: 95,
            kodeProgram: 'P1',
            program: 'P',
            anggaran: 1,
            pembilang: 'Jumlah surat selesai tepat waktu',
            penyebut: 'Jumlah surat masuk',
          },
        ],
        dataKinerja: [
          {
            bagian: 'PEM',
            kodeIndikator: 'IK-01',
            pembilangTw1: 10,
            pembilangTw2: 12,
            pembilangTw3: 11,
            pembilangTw4: 12,
            penyebutTw1: 12,
            penyebutTw2: 13,
            penyebutTw3: 12,
            penyebutTw4: 13,
          },
        ],
      },
    }),
  );
  const t = paragraphs(zipEntry(await buildLakipDocx(r), 'word/document.xml'));
  expect(t).toContain('Keterangan');
  expect(t).toContain('94,74');
  expect(t).toContain(
    'Realisasi = 45 ÷ 50 × 100 (Jumlah surat selesai tepat waktu ÷ Jumlah surat masuk; jumlah TW I–TW IV).',
  );
  expect(t.some((p) => p.includes('jumlah pembilang semua triwulan dibagi jumlah penyebutnya'))).toBe(true);
});
