import { SAMPLE_DETAILS } from '../../../test/support/finding-samples';
import { FINDING_CODES, defaultSeverity, type Finding, type FindingCode, type FindingOf } from './finding';
import { describeFinding, placeOf, severityLabel } from './messages';

/** A finding of `code` at PK!G7, with the code's sample detail unless `extra` gives one. */
const at = <C extends FindingCode>(code: C, extra: Partial<Omit<FindingOf<C>, 'code'>> = {}): Finding => {
  const detail = SAMPLE_DETAILS[code];
  return {
    code,
    severity: defaultSeverity(code),
    sheet: 'PK',
    row: 7,
    column: 'Target',
    cell: 'G7',
    value: 'abc',
    ...(detail !== undefined ? { detail } : {}),
    ...extra,
  } as Finding;
};

describe('placeOf', () => {
  test.each([
    [{ sheet: 'PK', row: 7, cell: 'E7' }, 'PK!E7'],
    [{ sheet: 'Data Kinerja', row: 7, cell: 'E7' }, "'Data Kinerja'!E7"],
    [{ sheet: 'Renja-RKT', cell: 'A6' }, "'Renja-RKT'!A6"],
    [{ sheet: 'IKI', row: 5 }, 'sheet IKI baris 5'],
    [{ sheet: 'SK Tim SAKIP' }, 'sheet SK Tim SAKIP'],
  ])('%j → %s', (f, expected) => {
    expect(placeOf(f)).toBe(expected);
  });
});

describe('describeFinding', () => {
  test.each(Object.keys(FINDING_CODES) as FindingCode[])(
    '%s: a message naming the place and a saran, in Indonesian',
    (code) => {
      const { message, saran } = describeFinding(at(code));
      expect(message.length).toBeGreaterThan(20);
      expect(saran.length).toBeGreaterThan(20);
      expect(message).not.toMatch(/undefined|NaN|\[object/);
      expect(saran).not.toMatch(/undefined|NaN|\[object/);
      if (!code.startsWith('sheet/')) expect(message).toContain('PK!G7');
    },
  );

  test('shows the offending value the Indonesian way', () => {
    expect(
      describeFinding(at('cell/type', { value: 'delapan', expected: 'bilangan, mis. 1.234,5' })).message,
    ).toBe('PK!G7: “delapan” tidak dapat dibaca sebagai bilangan, mis. 1.234,5.');
    expect(
      describeFinding(
        at('cell/range', { column: 'Pagu (Rp)', value: -1500000.5, expected: 'nilai rupiah tidak negatif' }),
      ).message,
    ).toBe('PK!G7: -1.500.000,5 di luar rentang yang diperbolehkan untuk Pagu (Rp).');
    expect(
      describeFinding(at('cell/formula-error', { value: { kind: 'error', code: '#REF!' } })).message,
    ).toContain('#REF!');
    expect(describeFinding(at('cell/required', { value: null })).message).toBe(
      'PK!G7: Target wajib diisi tetapi kosong.',
    );
  });

  test('years are written without thousands dots', () => {
    const f = at('cell/range', {
      sheet: 'Renja-RKT',
      cell: 'A6',
      column: 'Tahun',
      value: 2016,
      expected: '2017',
      detail: { rule: 'renja', tahunLaporan: 2017 },
    });
    expect(describeFinding(f)).toEqual({
      message: "'Renja-RKT'!A6: Tahun 2016 pada Renja-RKT tidak sama dengan Tahun Laporan 2017.",
      saran: 'Isi 2017, atau periksa Tahun Laporan di sheet Pengaturan.',
    });
  });

  test('sop/incomplete carries the SOP’s warning: pelaporan akan terhambat', () => {
    const f = at('sop/incomplete', {
      sheet: 'SOP',
      cell: 'K10',
      row: 10,
      value: 'Proses',
      detail: { selesai: 4, total: 13, peringatan: 'x' },
    });
    expect(describeFinding(f).message).toBe(
      'SOP!K10: baru 4 dari 13 langkah SOP yang Selesai; bila SOP tidak diselesaikan, pelaporan akan terhambat.',
    );
    expect(
      describeFinding({
        code: 'sop/incomplete',
        severity: 'warning',
        sheet: 'SOP',
        detail: { selesai: 0, total: 0, peringatan: 'x' },
      }).message,
    ).toContain('pelaporan akan terhambat');
  });

  test('sop/missing-evidence quotes the Pencatatan dan Pendataan rule', () => {
    const f = at('sop/missing-evidence', {
      sheet: 'SOP',
      cell: 'P9',
      detail: { missing: 'hard', aturan: 'Setiap tahap terdokumentasi' },
    });
    expect(describeFinding(f).message).toBe(
      'SOP!P9: langkah berstatus Selesai tetapi bukti hard copy belum ada. Pencatatan dan Pendataan SOP: "Setiap tahap terdokumentasi".',
    );
  });

  test('references name where the value was looked for', () => {
    const f = at('ref/unknown', {
      column: 'Kode Indikator Atasan',
      value: 'X-1',
      detail: {
        targets: [
          { sheet: 'IKU', column: 'Kode Indikator' },
          { sheet: 'Cascading', column: 'Kode' },
        ],
      },
    });
    expect(describeFinding(f)).toEqual({
      message:
        'PK!G7: Kode Indikator Atasan “X-1” tidak ditemukan di kolom Kode Indikator di sheet IKU, atau kolom Kode di sheet Cascading.',
      saran: 'Periksa ejaannya, atau tambahkan dulu “X-1” ke sheet IKU atau Cascading.',
    });
  });

  test('an escalated sheet/empty and doc/missing say why they are errors', () => {
    expect(
      describeFinding({
        code: 'sheet/empty',
        severity: 'error',
        sheet: 'PK',
        detail: { dokumen: 'PK', status: 'Diterima', dokumenRow: 12 },
      }).message,
    ).toBe('Sheet PK belum berisi data, padahal dokumennya berstatus Diterima di sheet Dokumen baris 12.');
    expect(
      describeFinding(
        at('doc/missing', {
          sheet: 'Dokumen',
          cell: 'H9',
          severity: 'error',
          detail: { listed: true, nama: 'IKI Tahun 2017', step: 4 },
        }),
      ).message,
    ).toBe(
      'Dokumen!H9: dokumen IKI Tahun 2017 berstatus Belum Ada, padahal langkah 4 SOP (analisis data) sudah Selesai.',
    );
  });

  test('severity labels', () => {
    expect([severityLabel('error'), severityLabel('warning')]).toEqual(['Galat', 'Peringatan']);
  });
});
