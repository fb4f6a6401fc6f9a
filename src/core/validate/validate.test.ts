import { FINDING_CODES, type Finding } from '../findings/finding';
import { sampleFinding } from '../../../test/support/finding-samples';
import { CHECKS } from './checks';
import {
  rowOf,
  toSnapshot,
  validTrackerData,
  type TrackerData,
} from '../../../test/support/tracker-fixtures';
import { sortFindings, validateTracker } from './validate';

function validate(change: (d: TrackerData) => void = () => undefined, omit: readonly string[] = []) {
  const data = validTrackerData();
  change(data);
  return validateTracker(toSnapshot(data, omit));
}

describe('validateTracker', () => {
  test('the valid fixture: no finding, complete', () => {
    const r = validate();
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ errors: 0, warnings: 0, counts: {} });
    // Seeded rows and Pengaturan defaults are not counted (seed-rows.ts): 368 cells before.
    // 185 = 197 less the Target TW I–IV of the 2 Rencana Aksi rows and the 1 Rencana Aksi Tahun
    // Berikut row (3 × 4 = 12), optional since an empty quarter means nothing planned (#14).
    // 179 = 185 less Kode Program/Kegiatan, Program/Kegiatan and Anggaran (Rp) of the 2 PK rows
    // (3 × 2 = 6), optional since the PK's programs may live in DPA or below the indicators (#14);
    // 175 = 179 less the Target TW of the 1 Rencana Aksi Individu row (4), optional by the RA rule.
    expect(r.completeness.total).toEqual({ sheet: 'Total', required: 175, filled: 175, ratio: 1 });
    expect(r.completeness.sheets.map((s) => s.sheet)).toEqual([
      'Pengaturan',
      'Bagian',
      'Identitas SOP',
      'SOP',
      'Dokumen',
      'Cascading',
      'SK Tim SAKIP',
      'IKU',
      'IKI',
      'Renstra',
      'Renja-RKT',
      'PK',
      'PK Individu',
      'Rencana Aksi',
      'DPA',
      'Rencana Aksi Individu',
      'LKjIP',
      'Renja Tahun Berikut',
      'Rencana Aksi Tahun Berikut',
      'Data Kinerja',
    ]);
  });

  test('every code of the contract is given by some check of CHECKS, each check file named once', () => {
    const codes = new Set(CHECKS.flatMap((c) => c.codes));
    expect([...codes].sort()).toEqual(Object.keys(FINDING_CODES).sort());
    expect(new Set(CHECKS.map((c) => c.name)).size).toBe(CHECKS.length);
  });

  test('all findings in the stable order: contract sheet order, row, column, code; counts by code and severity', () => {
    const r = validate((d) => {
      rowOf(d, 'dataKinerja', 0).target = 'x'; // Data Kinerja E2 cell/type
      rowOf(d, 'pk', 1).satuan = null; // PK D3 cell/required
      rowOf(d, 'pk', 1).target = '10'; // PK G3 number-as-text
      rowOf(d, 'pk', 0).penanggungJawab = 'ZZZ'; // PK K2 ref/unknown
      rowOf(d, 'bagian', 0).jenis = 'Bidang'; // Bagian C2 cell/choice
      rowOf(d, 'sop', 4).status = 'Proses'; // SOP K6 incomplete + K7.. out-of-order
    });
    const places = r.findings.map((f) => `${f.sheet}!${f.cell ?? ''} ${f.code}`);
    expect(places.slice(0, 4)).toEqual([
      'Bagian!C2 cell/choice',
      'SOP!K6 sop/incomplete',
      'SOP!K7 sop/out-of-order',
      'SOP!K8 sop/out-of-order',
    ]);
    expect(places.slice(-4)).toEqual([
      'PK!K2 ref/unknown',
      'PK!D3 cell/required',
      'PK!G3 cell/number-as-text',
      'Data Kinerja!E2 cell/type',
    ]);
    expect(r.counts).toEqual({
      'cell/choice': 1,
      'sop/incomplete': 1,
      'sop/out-of-order': 8,
      'ref/unknown': 1,
      'cell/required': 1,
      'cell/number-as-text': 1,
      'cell/type': 1,
    });
    expect(r.errors).toBe(4);
    expect(r.warnings).toBe(10);
  });

  test('sorting: sheet-level findings first in their sheet, code order on the same cell, unknown sheets last by name', () => {
    const f = (sheet: string, code: Finding['code'], row?: number, cell?: string): Finding =>
      sampleFinding(code, {
        severity: 'error',
        sheet,
        ...(row !== undefined ? { row } : {}),
        ...(cell !== undefined ? { cell } : {}),
      });
    const ranks = new Map([
      ['pk', 11],
      ['sop', 3],
    ]);
    const sorted = sortFindings(
      [
        f('Zeta', 'cell/type', 1, 'A1'),
        f('PK', 'ref/unknown', 2, 'B2'),
        f('PK', 'cell/required', 2, 'B2'),
        f('PK', 'column/missing'),
        f('Alpha', 'cell/type'),
        f('SOP', 'cell/type', 9, 'AA9'),
        f('SOP', 'cell/type', 9, 'Z9'),
      ],
      ranks,
    );
    expect(sorted.map((x) => `${x.sheet}${x.cell ?? ''}:${x.code}`)).toEqual([
      'SOPZ9:cell/type',
      'SOPAA9:cell/type',
      'PK:column/missing',
      'PKB2:cell/required',
      'PKB2:ref/unknown',
      'Alpha:cell/type',
      'ZetaA1:cell/type',
    ]);
  });

  test('sheets are found by name ignoring case and spaces, and findings carry the workbook’s spelling', () => {
    const data = validTrackerData();
    rowOf(data, 'pk', 0).target = 'x';
    const wb = toSnapshot(data);
    const renamed = { sheets: wb.sheets.map((s) => (s.name === 'PK' ? { ...s, name: ' pk ' } : s)) };
    const r = validateTracker(renamed);
    expect(r.findings).toMatchObject([{ sheet: ' pk ', cell: 'G2', code: 'cell/type' }]);
  });

  test('completeness: per sheet and in total; an empty or missing table sheet counts one expected row', () => {
    const r = validate(
      (d) => {
        rowOf(d, 'pk', 0).sasaran = null;
        rowOf(d, 'dataKinerja', 1).realisasiTw4 = null;
        d.tables.renaksiBerikut = [];
      },
      ['skTim'],
    );
    const bySheet = new Map(r.completeness.sheets.map((s) => [s.sheet, s]));
    // 2 rows × 8 required columns (22 before: Kode Program/Kegiatan, Program/Kegiatan and
    // Anggaran (Rp) are optional since #14); Sasaran of row 1 empty: 15 of 16.
    expect(bySheet.get('PK')).toEqual({ sheet: 'PK', required: 16, filled: 15, ratio: 15 / 16 });
    expect(bySheet.get('Data Kinerja')).toEqual({
      sheet: 'Data Kinerja',
      required: 12,
      filled: 11,
      ratio: 11 / 12,
    });
    // Kode Indikator, Rencana Aksi, Satuan, Penanggung Jawab (the quarters are optional).
    expect(bySheet.get('Rencana Aksi Tahun Berikut')).toEqual({
      sheet: 'Rencana Aksi Tahun Berikut',
      required: 4,
      filled: 0,
      ratio: 0,
    });
    expect(bySheet.get('SK Tim SAKIP')).toEqual({ sheet: 'SK Tim SAKIP', required: 4, filled: 0, ratio: 0 });
    const sum = r.completeness.sheets.reduce(
      (a, s) => ({ required: a.required + s.required, filled: a.filled + s.filled }),
      { required: 0, filled: 0 },
    );
    expect(r.completeness.total).toEqual({ sheet: 'Total', ...sum, ratio: sum.filled / sum.required });
  });

  test('completeness follows Triwulan Berjalan (quarters after it are not required)', () => {
    const r = validate((d) => {
      d.pengaturan.triwulanBerjalan = 2;
      d.tables.dataKinerja?.forEach((row) => Object.assign(row, { realisasiTw3: null, realisasiTw4: null }));
    });
    expect(r.findings).toEqual([]);
    expect(r.completeness.sheets.find((s) => s.sheet === 'Data Kinerja')).toMatchObject({
      required: 8,
      filled: 8,
      ratio: 1,
    });
  });

  test('an empty workbook: every sheet missing, nothing thrown', () => {
    const r = validateTracker({ sheets: [] });
    expect(r.counts).toEqual({ 'sheet/missing': 20 });
    expect(r.errors).toBe(20);
    expect(r.completeness.total.ratio).toBe(0);
  });
});
