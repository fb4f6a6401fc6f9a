/**
 * The DPA's labels as offices spell them: Realisasi Fisik (%) and Sub Kegiatan, in the header
 * alone, in the mapping of a table, and written into the tracker by an import.
 */
import { trackerWith } from '../../../test/support/import-fixtures';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { planImport } from '../operations/import';
import { readTable } from '../read/read-table';
import { schemaById } from '../schema/registry';
import type { TableSheetSchema } from '../schema/types';
import { findSheet, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { detectTables } from './detect';
import { headerMeaning } from './header';
import { proposeMapping } from './mapping';

describe('Realisasi Fisik and Sub Kegiatan headers', () => {
  it.each([
    [['Realisasi Fisik (%)'], 'realisasiFisik'],
    [['Realisasi Fisik'], 'realisasiFisik'],
    [['Fisik (%)'], 'realisasiFisik'],
    [['REALISASI FISIK (%)'], 'realisasiFisik'],
    [['realisasi_fisik'], 'realisasiFisik'],
    [['Sub Kegiatan'], 'subKegiatan'],
    [['Sub-Kegiatan'], 'subKegiatan'],
    [['SUB-KEGIATAN'], 'subKegiatan'],
    [['Kode Sub-Kegiatan'], 'kodeProgram'],
  ] as const)('%j means %s', (path, concept) => {
    expect(headerMeaning(path)).toEqual({ concept, confidence: 0.9 });
  });

  it('"Realisasi" over "Fisik (%)": the physical progress; "Fisik" under a quarter stays the K part', () => {
    expect(headerMeaning(['Realisasi', 'Fisik (%)'])).toEqual({ concept: 'realisasiFisik', confidence: 0.9 });
    // Unchanged: a quarter's "Fisik" sub-header is the kinerja half of the pair.
    expect(headerMeaning(['Realisasi Kinerja dan Anggaran Triwulan', 'II', 'Fisik'])).toEqual({
      concept: 'realisasiTw',
      confidence: 0.9,
      quarter: 2,
      part: 'kinerja',
    });
  });
});

/** A user's own DPA table: header in row 1, a kegiatan with two sub kegiatan below it. */
const DPA_SENDIRI: SheetSnapshot = {
  name: 'Anggaran',
  rows: [
    ['Kode Sub-Kegiatan', 'Program/Kegiatan', 'Sub-Kegiatan', 'Pagu (Rp)', 'Fisik (%)'],
    ['2.13.02.2.01.0001', 'Penyelenggaraan Pemilihan Pemuda Pelopor', 'Seleksi Tingkat Kabupaten', 100_000_000, 75],
    ['2.13.02.2.01.0002', 'Penyelenggaraan Pemilihan Pemuda Pelopor', 'Pembinaan Pemuda Pelopor', 150_000_000, '60 %'],
  ],
};

describe('a DPA table of the office’s own layout', () => {
  it('maps Kode Sub-Kegiatan, Sub-Kegiatan and Fisik (%) to the DPA columns', () => {
    const [p] = detectTables(DPA_SENDIRI).map((t) => proposeMapping(DPA_SENDIRI, t));
    expect(p?.target).toBe('dpa');
    const mapped: Record<string, string> = {};
    for (const c of p?.columns ?? []) if (c.fieldLabel !== null) mapped[c.column.letter] = c.fieldLabel;
    expect(mapped).toEqual({
      A: 'Kode Program/Kegiatan',
      B: 'Program/Kegiatan',
      C: 'Sub Kegiatan',
      D: 'Pagu (Rp)',
      E: 'Realisasi Fisik (%)',
    });
  });

  it('writes Realisasi Fisik (%) into the DPA rows, "60 %" read as 60', () => {
    const tracker = trackerWith({});
    const source: WorkbookSnapshot = { sheets: [DPA_SENDIRI] };
    const wb = applyPlanToSnapshot(tracker, planImport(source, tracker, { sourceName: 'anggaran.xlsx' }).plan);
    const schema = schemaById('dpa') as TableSheetSchema;
    const read = readTable(findSheet(wb, schema.name) as never, schema);
    const rows = read.rows.map((r) => {
      const out: Record<string, CellValue> = {};
      for (const k of ['kodeProgram', 'subKegiatan', 'pagu', 'realisasiFisik']) out[k] = r.raw.get(k) ?? null;
      return out;
    });
    expect(rows).toEqual([
      {
        kodeProgram: '2.13.02.2.01.0001',
        subKegiatan: 'Seleksi Tingkat Kabupaten',
        pagu: 100_000_000,
        realisasiFisik: 75,
      },
      {
        kodeProgram: '2.13.02.2.01.0002',
        subKegiatan: 'Pembinaan Pemuda Pelopor',
        pagu: 150_000_000,
        realisasiFisik: 60,
      },
    ]);
  });
});
