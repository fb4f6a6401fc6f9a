/**
 * The finding union holds each code to its own detail: a field another code has, or a string
 * where the code has a number, fails to typecheck (tsc runs over the tests; jest runs the rest).
 */
import { describeFinding } from './messages';
import type { Finding, FindingOf } from './finding';

describe('typed findings', () => {
  test('each code takes its own detail and no other', () => {
    const duplicate: Finding = {
      code: 'row/duplicate-key',
      severity: 'error',
      sheet: 'PK',
      row: 8,
      cell: 'A8',
      value: 'IKU-01',
      detail: { firstRow: 6, columns: ['Kode Indikator'], key: ['IKU-01'] },
    };
    const wrongType: Finding = {
      code: 'row/duplicate-key',
      severity: 'error',
      sheet: 'PK',
      // @ts-expect-error firstRow is a row number, not a string
      detail: { firstRow: '6', columns: ['Kode Indikator'], key: ['IKU-01'] },
    };
    const otherCodesField: Finding = {
      code: 'sum/mismatch',
      severity: 'warning',
      sheet: 'DPA',
      // @ts-expect-error firstRow belongs to row/duplicate-key, not sum/mismatch
      detail: { rule: 'realisasi-pagu', expected: 1, actual: 2, paguCell: 'G3', firstRow: 6 },
    };
    // @ts-expect-error ref/unknown says where it looked: its detail is required
    const noDetail: Finding = { code: 'ref/unknown', severity: 'error', sheet: 'PK' };
    const stringTargets: FindingOf<'ref/unknown'> = {
      code: 'ref/unknown',
      severity: 'error',
      sheet: 'PK',
      // @ts-expect-error targets are sheet/column pairs, not a 'Sheet:Col|…' string
      detail: { targets: 'IKU:Kode Indikator' },
    };
    // @ts-expect-error sheet/missing has no detail
    const extra: Finding = { code: 'sheet/missing', severity: 'error', sheet: 'PK', detail: { firstRow: 1 } };
    // The union narrows by code: the detail of row/duplicate-key has its firstRow.
    const first = duplicate.code === 'row/duplicate-key' ? duplicate.detail.firstRow : null;
    expect(first).toBe(6);
    expect([wrongType, otherCodesField, noDetail, stringTargets, extra].map((f) => f.code)).toEqual([
      'row/duplicate-key',
      'sum/mismatch',
      'ref/unknown',
      'ref/unknown',
      'sheet/missing',
    ]);
  });

  test('the message reads the typed fields: the first row, the sheets looked in, the amounts, the minutes', () => {
    expect(
      describeFinding({
        code: 'row/duplicate-key',
        severity: 'error',
        sheet: 'LKjIP',
        row: 9,
        column: 'Tahun',
        cell: 'A9',
        value: 2016,
        detail: { firstRow: 4, columns: ['Tahun', 'Kode Indikator'], key: ['2016', 'IK-01'] },
      }).message,
    ).toBe(
      'LKjIP!A9: Tahun + Kode Indikator “2016 + IK-01” sudah dipakai di baris 4; di sheet LKjIP setiap Tahun + Kode Indikator hanya boleh muncul sekali.',
    );
    expect(
      describeFinding({
        code: 'sum/mismatch',
        severity: 'warning',
        sheet: 'DPA',
        row: 3,
        cell: 'J3',
        value: 35_000_000,
        detail: { rule: 'realisasi-pagu', expected: 50_000_000, actual: 55_000_000, paguCell: 'G3' },
      }),
    ).toEqual({
      message: 'DPA!J3: jumlah realisasi anggaran Rp 55.000.000 melebihi pagu Rp 50.000.000.',
      saran: 'Periksa realisasi setiap triwulan (isi per triwulan, bukan kumulatif) dan pagu di sel G3.',
    });
    expect(
      describeFinding({
        code: 'sop/over-time',
        severity: 'warning',
        sheet: 'SOP',
        row: 12,
        column: 'Waktu Aktual (menit)',
        cell: 'M12',
        value: 90,
        detail: { standard: 60, actual: 90 },
      }).message,
    ).toBe('SOP!M12: waktu aktual 90 menit melebihi waktu baku 60 menit.');
    expect(
      describeFinding({
        code: 'calc/undefined',
        severity: 'warning',
        sheet: 'PK',
        row: 6,
        cell: 'G6',
        value: 0,
        detail: { reason: 'target-nol' },
      }).message,
    ).toBe('PK!G6: target PK 0, sehingga capaian tidak dapat dihitung (pembagian dengan nol).');
  });
});
