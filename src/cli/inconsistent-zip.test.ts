/**
 * Issue #17 through the CLI: zips whose central directory and local headers disagree — made
 * from the real sample tracker, so that every command would otherwise run — are refused by
 * every command that opens a tracker: exit 2, one Indonesian sentence, the file byte for byte
 * as it was, no file left behind. Among them the audit's two findings: the project's 400 MB
 * zip bomb hidden after the counted entries, and a second Pengaturan part with another Tahun.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildZip, type ZipEntrySpec } from '../../test/fixtures/hostile/build';
import { inconsistentZips, type CraftedZip } from '../../test/fixtures/hostile/inconsistent';
import { entriesOf, zipBomb } from '../../test/fixtures/hostile/zip-bomb';
import { runCliIn } from './test-io';

let dir: string;
let sample: Buffer;
let crafted: CraftedZip[];

const decode = (d: ZipEntrySpec['data']): string => (typeof d === 'string' ? d : new TextDecoder().decode(d));

/** The sample with a second part under the name of its Pengaturan sheet, saying Tahun 2031. */
function secondPengaturan(entries: readonly ZipEntrySpec[]): Uint8Array {
  const part = (name: string): string => decode(entries.find((e) => e.name === name)?.data);
  const rId = /<sheet [^>]*name="Pengaturan"[^>]*r:id="([^"]+)"/.exec(part('xl/workbook.xml'))?.[1];
  const target = new RegExp(
    `Id="${rId ?? ''}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId ?? ''}"`,
  ).exec(part('xl/_rels/workbook.xml.rels'));
  const name = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
  const xml = part(name);
  if (!xml.includes('<v>2017</v>')) throw new Error(`no Tahun 2017 in ${name}`);
  return buildZip([...entries, { name, data: xml.replace('<v>2017</v>', '<v>2031</v>') }]);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lakip-zip17-'));
  expect((await runCliIn(dir, ['init', 'sampel.xlsx', '--sample'])).code).toBe(0);
  sample = readFileSync(path.join(dir, 'sampel.xlsx'));
  const entries = await entriesOf(sample);
  const libreOffice = readFileSync(
    path.join(__dirname, '..', '..', 'test', 'fixtures', 'libreoffice-basics.xlsx'),
  );
  crafted = [
    ...inconsistentZips(entries),
    {
      what: 'the 400 MB zip bomb hidden after the counted entries',
      bytes: await zipBomb(libreOffice, 400, { hiddenAfterTheCounted: true }),
      why: /ada data yang tidak tercantum di daftar isinya/,
    },
    {
      what: 'a second Pengaturan part saying Tahun 2031',
      bytes: secondPengaturan(entries),
      why: /tercantum dua kali di daftar isinya/,
    },
  ];
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const COMMANDS: readonly (readonly string[])[] = [
  ['validate'],
  ['validate', '--json'],
  ['validate', '--report'],
  ['export'],
  ['export', '-o', 'keluaran.xlsx'],
  ['export', '--json'],
  ['init'],
  ['format', '--all', '--sheet'],
];

test('the sample itself passes (the crafted files differ from it only in their zip structure)', async () => {
  writeFileSync(path.join(dir, 'utuh.xlsx'), sample);
  expect((await runCliIn(dir, ['validate', 'utuh.xlsx', '--json'])).code).toBeLessThan(2);
  rmSync(path.join(dir, 'utuh.xlsx'));
});

test('every crafted zip, every command: exit 2, one sentence, the file untouched', async () => {
  expect(crafted.length).toBe(17);
  for (const c of crafted) {
    const file = 'tracker.xlsx';
    writeFileSync(path.join(dir, file), c.bytes);
    const files = readdirSync(dir).sort();
    for (const [verb, ...flags] of COMMANDS) {
      const run = await runCliIn(dir, [verb ?? '', file, ...flags]);
      const where = `${c.what}: lakip ${verb ?? ''} ${flags.join(' ')}`;
      expect({ where, code: run.code, out: run.out }).toEqual({ where, code: 2, out: [] });
      expect(run.err).toHaveLength(1);
      const sentence = run.err[0] ?? '';
      expect(sentence).toMatch(/^File "tracker\.xlsx" rusak atau tidak lengkap \(/);
      expect(sentence).toMatch(c.why);
      expect(sentence).toMatch(/^[^\n]+; [^\n]+\.$/);
      expect(sentence.slice(0, -1)).not.toMatch(/\.\s/); // one sentence
      expect(readFileSync(path.join(dir, file)).equals(Buffer.from(c.bytes))).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(files);
    }
    rmSync(path.join(dir, file));
  }
});
