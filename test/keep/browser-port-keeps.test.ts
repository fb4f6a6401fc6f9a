/**
 * Browser mode keeps what the user had (issue #10): a workbook with a chart (and one saved by
 * LibreOffice, with its own chart), made a tracker in the pane and downloaded, still has every
 * part it had, byte for byte — the port saves through the patching writer, not exceljs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readParts, sameBytes } from './package-view';
import { buildInitPlan } from '../../src/core/init/init-plan';
import { openBrowserWorkbook } from '../../src/taskpane/browser-port';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'real-world');
/** Package-level parts a save may rewrite (new sheets are listed there) or drop. */
const PACKAGE_LEVEL = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'docProps/app.xml',
  'docProps/core.xml',
  'xl/styles.xml',
  'xl/calcChain.xml',
]);

test.each(['grafik.xlsx', 'libreoffice.xlsx'])(
  '%s: made a tracker in the pane and downloaded, its chart and every other part are kept',
  async (fixture) => {
    const original = readFileSync(path.join(FIXTURES, fixture));
    const delivered: Uint8Array[] = [];
    const port = await openBrowserWorkbook(fixture, original, { download: (bytes) => delivered.push(bytes) });
    const before = await port.readSnapshot();
    await port.apply(buildInitPlan(before, { tahun: 2024, unit: 'Kecamatan Contoh' }));
    await port.download();
    expect(delivered).toHaveLength(1);
    const after = readParts(delivered[0] ?? new Uint8Array());
    const kept = [...readParts(original).values()].filter((p) => !PACKAGE_LEVEL.has(p.name));
    expect(kept.some((p) => p.name.startsWith('xl/charts/'))).toBe(true);
    for (const part of kept) {
      const back = after.get(part.name);
      expect({
        part: part.name,
        kept: back !== undefined && sameBytes(back.inflated, part.inflated),
      }).toEqual({
        part: part.name,
        kept: true,
      });
    }
    // The pane reads the tracker it made from the downloaded bytes' own content.
    const names = (await port.readSnapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Capaian 2023', 'Pengaturan', 'PK', 'Data Kinerja']));
  },
);
