/**
 * The PK's program table below its indicators, typed into a real .xlsx: read by exceljs (the
 * browser mode) and by the streaming reader (the CLI), the LAKIP PK prints the same programs.
 * Figures: test/support/pk-program-fixtures.ts (P1 150.000.000 APBD from DPA; P2 55.000.000
 * "Dana Dekonsentrasi"; Jumlah 205.000.000).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { computeLakip } from '../../core/lakip/compute-lakip';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { P1, P2, pkWithProgramTableSnapshot } from '../../../test/support/pk-program-fixtures';
import { xlsxBytes, xlsxFile } from './adapter';

/** The snapshot's cells written into a real workbook (values only). */
async function xlsxOf(wb: WorkbookSnapshot): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && (typeof v === 'string' || typeof v === 'number'))
          ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function programsOf(wb: WorkbookSnapshot): unknown[] {
  const t = computeLakip(wb).tables.find((x) => x.id === 'perjanjianKinerja');
  const s = t?.sections[1];
  return [...(s?.rows.map((r) => r.cells) ?? []), s?.total?.cells];
}

const EXPECTED = [
  [1, P1, 150_000_000, 'APBD'],
  [2, P2, 55_000_000, 'Dana Dekonsentrasi'],
  ['Jumlah', null, 205_000_000, null],
];

test('exceljs and the streaming reader: the program rows are read as programs, not indicators', async () => {
  const bytes = await xlsxOf(pkWithProgramTableSnapshot());
  const viaExceljs = await xlsxBytes(bytes, 'pk.xlsx').read();
  expect(programsOf(viaExceljs)).toEqual(EXPECTED);
  const dir = mkdtempSync(join(tmpdir(), 'lakip-pk-'));
  try {
    const path = join(dir, 'pk.xlsx');
    writeFileSync(path, bytes);
    const viaStream = await xlsxFile(path).read();
    expect(programsOf(viaStream)).toEqual(EXPECTED);
    const pk = computeLakip(viaStream).tables.find((x) => x.id === 'perjanjianKinerja')?.sections[0];
    expect(pk?.rows.map((r) => r.cells[2])).toEqual(['Indikator IK-01', 'Indikator IK-02']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
