/**
 * The demo tracker printed the way staff print it: through LibreOffice to PDF, on a PC set to
 * English (en-US) and on one set to Indonesian (id-ID). The locale is LibreOffice's own
 * setting (`ooSetupSystemLocale` in a fresh user profile), the one "Default – English (USA)"
 * in Tools › Options › Languages changes; LANG/LC_ALL do not reach a conversion when the
 * machine has no such locale installed, the profile does. Each page is read back with
 * pdftotext: its text, and every word's box, so that text drawn over other text (a wrapped
 * cell taller than its row) shows as two boxes that overlap.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberedLines, SEED_DASAR_HUKUM, SEED_PENCATATAN, SEED_PERINGATAN } from '../../core/seed/identitas';
import { SAMPLE_PASRUJAMBE_2017 } from '../../core/seed/sample';
import { runCliIn } from '../test-io';
import { DEMO_TRACKER } from './demo';

const has = (cmd: string, arg: string): boolean => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const tools = has('soffice', '--version') && has('pdftotext', '-v');
const describeWithTools = tools ? describe : describe.skip;
if (!tools) {
  test.skip('LibreOffice (soffice) or pdftotext is not installed: the demo is not printed', () => undefined);
}

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

interface Page {
  readonly text: string;
  readonly words: readonly Word[];
}

/** A LibreOffice user profile whose locale is `locale` (as Tools › Options › Languages sets it). */
function profile(dir: string, locale: string): string {
  const user = path.join(dir, `profile-${locale}`, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`,
  );
  return pathToFileURL(path.dirname(user)).href;
}

function printed(file: string, dir: string, locale: string): Page[] {
  const out = path.join(dir, `pdf-${locale}`);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile(dir, locale)}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  const pdf = path.join(out, `${path.basename(file, '.xlsx')}.pdf`);
  const texts = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const html = path.join(out, 'words.html');
  execFileSync('pdftotext', ['-bbox', pdf, html]);
  const boxes = readFileSync(html, 'utf8')
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m): Word => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5] ?? '',
      })),
    );
  return boxes.map((words, i) => ({ text: texts[i] ?? '', words }));
}

/** Pairs of words drawn over each other: boxes that overlap by more than the gap lines leave. */
function overlaps(page: Page): string[] {
  const found: string[] = [];
  const w = page.words;
  for (let i = 0; i < w.length; i++) {
    for (let j = i + 1; j < w.length; j++) {
      const a = w[i] as Word;
      const b = w[j] as Word;
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const h = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      if (ox > 0.5 && oy > 0.4 * h) found.push(`${a.text} × ${b.text}`);
    }
  }
  return found;
}

let dir = '';
let tracker = '';

beforeAll(async () => {
  if (!tools) return;
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-print-'));
  expect((await runCliIn(dir, ['demo', 'out'])).code).toBe(0);
  tracker = path.join(dir, 'out', DEMO_TRACKER);
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describeWithTools.each(['en-US', 'id-ID'])('the demo tracker printed by LibreOffice set to %s', (locale) => {
  let pages: Page[] = [];
  const page = (text: string): Page => {
    const p = pages.find((x) => x.text.includes(text));
    if (p === undefined) throw new Error(`no printed page shows “${text}”`);
    return p;
  };
  /** The first page with a line that is exactly `line` (spaces around it aside). */
  const pageWithLine = (line: string): Page => {
    const p = pages.find((x) => x.text.split('\n').some((l) => l.trim() === line));
    if (p === undefined) throw new Error(`no printed page has the line “${line}”`);
    return p;
  };
  /** The page of the sheet whose title (its first line) is `title`. */
  const titled = (title: string): Page => {
    const p = pages.find((x) => x.text.trim().split('\n')[0]?.trim() === title);
    if (p === undefined) throw new Error(`no printed page is titled “${title}”`);
    return p;
  };
  const index = (text: string): number => pages.findIndex((x) => x.text.includes(text));

  beforeAll(() => {
    pages = printed(tracker, dir, locale);
  }, 200_000);

  test('the locale took effect (a General cell follows it)', () => {
    // Renstra Kondisi Awal 76.5 is typed as a plain number (format General).
    expect(page('Rencana Strategis (Renstra)').text).toMatch(locale === 'en-US' ? /\b76\.5\b/ : /\b76,5\b/);
  });

  test('LAKIP tables read Indonesian on any PC: 185.000.000 and 84,50, never 185,000,000 or 84.50', () => {
    const anggaran = page('Tabel 3.5 Realisasi Anggaran').text;
    expect(anggaran).toContain('185.000.000');
    expect(anggaran).toContain('955.010.000');
    expect(anggaran).toContain('95,15');
    const capaian = page('Tabel 3.1 Capaian Kinerja').text;
    expect(capaian).toContain('84,50');
    expect(capaian).toContain('103,05');
    expect(capaian).not.toMatch(/\b84\.50\b|\b103\.05\b/);
    for (const p of pages) expect(p.text).not.toMatch(/\d,\d{3},\d{3}/);
  });

  test('no text is drawn over other text, on any page (every wrapped row is tall enough)', () => {
    const bad = pages
      .map((p, i) => ({ page: i + 1, overlaps: overlaps(p).slice(0, 3) }))
      .filter((p) => p.overlaps.length > 0);
    expect(bad).toEqual([]);
  });

  test('Identitas SOP shows all 10 Dasar Hukum, Peringatan and Pencatatan in full', () => {
    const shown = new Set(titled('Identitas SOP').words.map((w) => w.text));
    const missing = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '' && !shown.has(w));
    expect(missing(numberedLines(SEED_DASAR_HUKUM))).toEqual([]);
    expect(missing(SEED_PERINGATAN)).toEqual([]);
    expect(missing(SEED_PENCATATAN)).toEqual([]);
  });

  test('the Catatan of the SOP and Dokumen sheets print in full', () => {
    const shown = new Set(
      [
        ...titled('SOP Pengumpulan Data Kinerja').words,
        ...titled('Daftar Periksa Dokumen Keterkaitan').words,
      ].map((w) => w.text),
    );
    const catatan = [...SAMPLE_PASRUJAMBE_2017.sopProgress, ...SAMPLE_PASRUJAMBE_2017.dokumenProgress]
      .map((p) => p.catatan ?? '')
      .join(' ');
    expect(catatan.split(/\s+/).filter((w) => w !== '' && !shown.has(w))).toEqual([]);
  });

  test('Temuan shows an Indonesian Kategori beside the code', () => {
    const temuan = titled('Temuan Validasi Tracker').text;
    expect(temuan).toContain('Kategori');
    expect(temuan).toMatch(/Pelaksanaan SOP\s+sop\/incomplete/);
  });

  test('each table of a several-table sheet prints under its own header, and 3.4 before 3.5', () => {
    const dokumen = page('Daftar Periksa Dokumen Keterkaitan');
    expect(dokumen.text).toContain('Nama Dokumen');
    expect(dokumen.text).not.toContain('Aktivitas');
    // The page with the LAKIP PK's program section: the line that is its title (the PK sheet's
    // own instruction names "Program/Kegiatan dan Anggaran" inside a sentence).
    const program = pageWithLine('Program/Kegiatan dan Anggaran');
    expect(program.text).not.toContain('Indikator Kinerja');
    expect(index('Tabel 3.4 Efisiensi')).toBeLessThan(index('Tabel 3.5 Realisasi Anggaran'));
  });

  test('no header is broken mid-word (“Kode Program/Kegiata n”)', () => {
    for (const p of pages) expect(p.words.map((w) => w.text)).not.toContain('Program/Kegiata');
  });

  test('the SOP Jumlah adds the baku of the steps that have an aktual, and says so', () => {
    const sop = page('Tabel L.1 Pelaksanaan SOP').text;
    expect(sop).toMatch(/Jumlah langkah yang waktu aktualnya tercatat \(4 dari 13\)\s+183\s+176\s+-7/);
  });
});
