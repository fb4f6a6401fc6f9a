/**
 * exceljs reads the package through JSZip, which reads the central directory on its own. Once
 * the input guard has refused every zip whose directory and local headers disagree (issue
 * #17), JSZip reads exactly the entries the guard approved: proved here on the crafted cases,
 * made from a real tracker.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MINIMAL_XLSX_ENTRIES, type ZipEntrySpec } from '../../../test/fixtures/hostile/build';
import { consistentZips, inconsistentZips } from '../../../test/fixtures/hostile/inconsistent';
import { entriesOf } from '../../../test/fixtures/hostile/zip-bomb';
import { LakipError } from '../../core/errors';
import { assertWorkbookBytes, inspectWorkbookBytes } from '../../core/guard/input-guard';
import { buildInitPlan } from '../../core/init/init-plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../../core/seed/sample';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { applyPlan } from './apply';
import { openZipPackage } from './package/zip';
import { readSnapshot } from './read';
import { loadWorkbook, writeWorkbookBuffer } from './workbook';

let base: ZipEntrySpec[];
let expected: WorkbookSnapshot;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  applyPlan(
    wb,
    buildInitPlan(
      { sheets: [] },
      { tahun: 2017, unit: 'Kecamatan Pasrujambe', sample: SAMPLE_PASRUJAMBE_2017 },
    ),
  );
  const sample = new Uint8Array(await writeWorkbookBuffer(wb));
  base = await entriesOf(sample);
  expected = readSnapshot(await loadWorkbook(sample));
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('JSZip reads the entries the guard approved', () => {
  it('on every unusual but consistent zip: the same names, the same bytes, the same workbook', async () => {
    for (const { bytes } of consistentZips(base)) {
      const approved = assertWorkbookBytes(bytes);
      const pkg = openZipPackage(bytes, approved);
      const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
      const names = Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name);
      expect(names).toEqual(approved.entries.map((e) => e.name));
      for (const name of names) {
        const viaJszip = Buffer.from((await zip.file(name)?.async('uint8array')) ?? []);
        expect(viaJszip.equals(Buffer.from(pkg.read(name) ?? []))).toBe(true);
      }
      expect(readSnapshot(await loadWorkbook(bytes))).toEqual(expected);
    }
  });

  it.each(inconsistentZips(MINIMAL_XLSX_ENTRIES).map((c) => c.what))(
    'refuses %s before JSZip sees it',
    async (what) => {
      const crafted = inconsistentZips(base).find((c) => c.what === what);
      if (crafted === undefined) throw new Error(what);
      const verdict = inspectWorkbookBytes(crafted.bytes, {}, 'laporan.xlsx');
      const jszip = jest.spyOn(JSZip, 'loadAsync');
      const error = await loadWorkbook(crafted.bytes, { name: 'laporan.xlsx' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LakipError);
      expect(error).toMatchObject({
        code: 'file/damaged',
        userMessage: verdict.ok ? '' : verdict.userMessage,
      });
      expect((error as LakipError).userMessage).toMatch(crafted.why);
      expect(jszip).not.toHaveBeenCalled();
    },
  );
});
