import { readValue, outcomeMessage } from './values';

describe('readValue: values as office tables write them', () => {
  it.each([
    ['0,9 Angka', 'bilangan', { outcome: 'unit-split', value: 0.9, unit: 'Angka' }],
    ['100,00 Persen', 'bilangan', { outcome: 'unit-split', value: 100, unit: 'Persen' }],
    ['21,50%', 'bilangan', { outcome: 'unit-split', value: 21.5, unit: '%' }],
    ['21,50%', 'persen', { outcome: 'ok', value: 21.5 }],
    ['Rp5.294.655.000,00', 'rupiah', { outcome: 'ok', value: 5_294_655_000 }],
    ['Rp 750.000.000', 'rupiah', { outcome: 'ok', value: 750_000_000 }],
    ['Rp5.294.655.000,00', 'bilangan', { outcome: 'ok', value: 5_294_655_000 }],
    ['1.234,5', 'bilangan', { outcome: 'ok', value: 1234.5 }],
    ['98,5', 'bilangan', { outcome: 'ok', value: 98.5 }],
    ['-', 'bilangan', { outcome: 'dash', value: null }],
    ['–', 'rupiah', { outcome: 'dash', value: null }],
    ['-', 'teks', { outcome: 'dash', value: null }],
    ['n/a', 'bilangan', { outcome: 'not-available', value: null }],
    ['N/A', 'teks', { outcome: 'not-available', value: null }],
    // The one list of parse/cell.ts (isNotAvailableText), as Data Kinerja reads it.
    ['tidak tersedia', 'bilangan', { outcome: 'not-available', value: null }],
    ['n.a.', 'bilangan', { outcome: 'not-available', value: null }],
    ['NA', 'bilangan', { outcome: 'not-available', value: null }],
    // Excel's error as text is not a word of that list: unreadable, as the error cell itself.
    ['#N/A', 'bilangan', { outcome: 'invalid', value: null }],
    [
      '100 dari 110 Organisasi Kepemudaan',
      'bilangan',
      { outcome: 'text-target-problem', value: null, suggestion: 100 },
    ],
    [
      '140 Kelompok (1400 orang)',
      'bilangan',
      { outcome: 'text-target-problem', value: null, suggestion: 140 },
    ],
    ['tercapai', 'bilangan', { outcome: 'invalid', value: null }],
    ['Anggaran terbatas', 'teks', { outcome: 'ok', value: 'Anggaran terbatas' }],
    ['  ', 'bilangan', { outcome: 'empty', value: null }],
  ] as const)('%j as %s', (raw, type, expected) => {
    expect(readValue(raw, type)).toEqual(expected);
  });

  it('reads numbers, percent cells and empty cells', () => {
    expect(readValue(80, 'bilangan')).toEqual({ outcome: 'ok', value: 80 });
    expect(readValue({ kind: 'percent', value: 0.855 }, 'persen')).toEqual({ outcome: 'ok', value: 85.5 });
    expect(readValue({ kind: 'percent', value: 0.855 }, 'bilangan')).toEqual({
      outcome: 'unit-split',
      value: 85.5,
      unit: '%',
    });
    expect(readValue(null, 'teks')).toEqual({ outcome: 'empty', value: null });
    expect(readValue(12, 'teks')).toEqual({ outcome: 'ok', value: '12' });
  });

  it('says in one sentence what was not imported and what to do', () => {
    const text = readValue('100 dari 110 Organisasi Kepemudaan', 'bilangan');
    expect(outcomeMessage(text, 'Sel D39 (TARGET)', '100 dari 110 Organisasi Kepemudaan')).toBe(
      'Sel D39 (TARGET) berisi teks "100 dari 110 Organisasi Kepemudaan", bukan angka: tidak diimpor. Tulis angkanya saja (mis. 100), satuannya di Satuan.',
    );
    expect(outcomeMessage(readValue('-', 'bilangan'), 'Sel J10', '-')).toBe(
      'Sel J10 berisi "-": dibaca sebagai kosong (belum diisi), bukan 0. Isi 0 bila memang nol.',
    );
    expect(outcomeMessage(readValue('-', 'teks'), 'Sel O3', '-', false)).toBe(
      'Sel O3 berisi "-": dibaca sebagai kosong, tidak diimpor.',
    );
  });
});
