/**
 * The chart's colours by rank: any number of kategori runs from green (best) to red (worst);
 * five take the five colours of always; a label that is no band (Tidak Ada Target) is neutral.
 */
import { tokens } from '@fluentui/react-components';
import { capaianBars, shadeColor } from './capaian-chart';

/** A Capaian table of three rows (No, Sasaran, Indikator, Satuan, Target, Realisasi, Capaian, Kategori). */
const result: Parameters<typeof capaianBars>[0] = {
  tables: [
    {
      id: 'capaian',
      sheetName: 'LAKIP Capaian',
      title: 'Capaian Kinerja',
      caption: 'Tabel 3.1 Capaian Kinerja',
      notes: [],
      sections: [
        {
          columns: [
            'No',
            'Sasaran Strategis',
            'Indikator Kinerja',
            'Satuan',
            'Target',
            'Realisasi',
            'Capaian (%)',
            'Kategori',
          ].map((label) => ({ label, kind: 'text' as const, width: 10 })),
          rows: [
            { cells: [1, 'S', 'A', '%', 100, 100, 100, 'Sangat Memuaskan'] },
            { cells: [2, 'S', 'B', '%', 100, 59.99, 59.99, 'Kurang'] },
            { cells: [3, 'S', 'C', '%', 0, 5, null, 'Tidak Ada Target'] },
          ],
        },
      ],
    },
  ],
  summary: {
    kategori: [
      // Six bands at ranks 0 … 5 of 5: shades 0, 0,2, 0,4, 0,6, 0,8, 1; Tidak Ada Target none.
      { kategori: 'Sangat Memuaskan', jumlah: 1, shade: 0 },
      { kategori: 'Memuaskan', jumlah: 0, shade: 0.2 },
      { kategori: 'Sangat Baik', jumlah: 0, shade: 0.4 },
      { kategori: 'Baik', jumlah: 0, shade: 0.6 },
      { kategori: 'Cukup', jumlah: 0, shade: 0.8 },
      { kategori: 'Kurang', jumlah: 1, shade: 1 },
      { kategori: 'Tidak Ada Target', jumlah: 1, shade: undefined },
    ],
  },
};

test('bars take their kategori’s shade from the result’s scheme', () => {
  expect(capaianBars(result).map((b) => [b.kategori, b.shade])).toEqual([
    ['Sangat Memuaskan', 0],
    ['Kurang', 1],
    ['Tidak Ada Target', undefined],
  ]);
});

test('colours: five bands the five of always, six the ones between', () => {
  // Nine fills; shade × 8 rounded: five bands 0, 2, 4, 6, 8.
  expect([0, 0.25, 0.5, 0.75, 1].map(shadeColor)).toEqual([
    tokens.colorPaletteGreenBackground3,
    tokens.colorPaletteLightGreenBackground3,
    tokens.colorPaletteYellowBackground3,
    tokens.colorPaletteDarkOrangeBackground3,
    tokens.colorPaletteRedBackground3,
  ]);
  // Six bands: 0, 1,6, 3,2, 4,8, 6,4, 8 → 0, 2, 3, 5, 6, 8: six different fills.
  expect(new Set([0, 0.2, 0.4, 0.6, 0.8, 1].map(shadeColor)).size).toBe(6);
});
