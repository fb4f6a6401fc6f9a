import { rowOf, toSnapshot, validTrackerData } from '../validate/test-fixtures';
import { validateTracker } from '../validate/validate';
import { validationJson } from './validation-json';

function resultWithErrors(n: number) {
  const data = validTrackerData();
  for (let i = 0; i < n; i++) {
    data.tables.bagian?.push({ kode: `B${i}`, nama: `Bagian ${i}`, jenis: 'Bidang' });
  }
  rowOf(data, 'lkjip', 0).realisasi = '82';
  return validateTracker(toSnapshot(data));
}

describe('validationJson', () => {
  test('the contract’s shape: summary, completeness, findings with every field (null where it does not apply)', () => {
    const json = validationJson(resultWithErrors(1));
    expect(Object.keys(json)).toEqual(['summary', 'completeness', 'findings']);
    expect(json.summary).toEqual({
      errors: 1,
      warnings: 1,
      total: 2,
      listed: 2,
      truncated: false,
      byCode: { 'cell/choice': 1, 'cell/number-as-text': 1 },
    });
    expect(json.findings[0]).toEqual({
      code: 'cell/choice',
      severity: 'error',
      sheet: 'Bagian',
      row: 4,
      column: 'Jenis',
      cell: 'C4',
      value: 'Bidang',
      expected: 'salah satu dari: Pimpinan, Sekretariat, Subbagian, Seksi',
      message: 'Bagian!C4: “Bidang” bukan pilihan yang dikenal untuk Jenis.',
      saran:
        'Pilih salah satu dari: Pimpinan, Sekretariat, Subbagian, Seksi (gunakan daftar pilihan pada sel).',
    });
    expect(json.completeness.total).toMatchObject({ sheet: 'Total', ratio: 1 });
    expect(json.completeness.sheets).toHaveLength(20);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('a sheet-level finding has null row, column and cell', () => {
    const json = validationJson(validateTracker({ sheets: [] }));
    expect(json.findings[0]).toMatchObject({
      code: 'sheet/missing',
      row: null,
      column: null,
      cell: null,
      value: null,
      expected: null,
    });
  });

  test('lists at most the limit (1,000 by default) and still counts every finding by code', () => {
    const result = resultWithErrors(1200);
    const json = validationJson(result);
    expect(json.summary).toMatchObject({
      errors: 1200,
      warnings: 1,
      total: 1201,
      listed: 1000,
      truncated: true,
    });
    expect(json.summary.byCode).toEqual({ 'cell/choice': 1200, 'cell/number-as-text': 1 });
    expect(json.findings).toHaveLength(1000);
    expect(validationJson(result, 10).findings.map((f) => f.cell)).toEqual(
      result.findings.slice(0, 10).map((f) => f.cell),
    );
  });
});
