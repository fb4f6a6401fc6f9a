/**
 * The rekap's kategori colours when the units' kategori differ: each unit's kategori is
 * coloured by its rank among that unit's own bands, and the legend lists each scheme once.
 */
import { alpha, beta, gamma } from '../../../test/support/rekap-fixtures';
import { buildRekap, summariseTracker } from '../operations/rekap';
import type { WorkbookSnapshot } from '../snapshot';
import { KATEGORI_FILL, MISSING_FILL } from './sheets';

/** Alpha with its own three kategori: ≥ 100 Sangat Baik, ≥ 90 Baik, below Kurang. */
function alphaWithOwnBands(): WorkbookSnapshot {
  const wb = alpha();
  return {
    sheets: [
      ...wb.sheets,
      {
        name: 'Kategori Capaian',
        rows: [
          ['Batas Bawah (%)', 'Kategori'],
          [0, 'Kurang'],
          [100, 'Sangat Baik'],
          [90, 'Baik'],
        ],
      },
    ],
  };
}

test('each unit by its own bands: fills by rank, a legend per scheme, a note naming the unit', () => {
  const rekap = buildRekap([
    summariseTracker(alphaWithOwnBands(), 'alpha.xlsx'),
    summariseTracker(beta(), 'beta.xlsx'),
    summariseTracker(gamma(), 'gamma.xlsx'),
  ]);
  const table = rekap.tables.find((t) => t.id === 'capaian');
  if (table === undefined) throw new Error('no table');
  const fills = (kode: string): (string | null | undefined)[] =>
    (table.rows.find((r) => r.cells[0] === kode)?.fills ?? []).slice(3, 6);
  // IKU-01: Alpha 80 / 100 = 80 < 90 → Kurang, rank 3 of 3 → shade 1 → FF8B8B; Beta 100 → Sangat
  // Tinggi (≥ 91) → 63BE7B; Gamma 40 / 50 = 80 → Tinggi (≥ 76) → C6EFCE.
  expect(fills('IKU-01')).toEqual(['FF8B8B', KATEGORI_FILL['Sangat Tinggi'], KATEGORI_FILL.Tinggi]);
  // IKU-03: Alpha 80 / 80 = 100 → Sangat Baik, rank 1 → 63BE7B; Beta lacks it; Gamma 81,25 → Tinggi.
  expect(fills('IKU-03')).toEqual(['63BE7B', MISSING_FILL, KATEGORI_FILL.Tinggi]);
  // Alpha's three bands at shades 0, ½, 1; the five of Pengaturan once for Beta and Gamma.
  expect(table.legend).toEqual([
    { fill: '63BE7B', label: 'Kategori Sangat Baik (Kecamatan Alpha)' },
    { fill: 'FFEB9C', label: 'Kategori Baik (Kecamatan Alpha)' },
    { fill: 'FF8B8B', label: 'Kategori Kurang (Kecamatan Alpha)' },
    { fill: '63BE7B', label: 'Kategori Sangat Tinggi (Kecamatan Beta, Kecamatan Gamma)' },
    { fill: 'C6EFCE', label: 'Kategori Tinggi (Kecamatan Beta, Kecamatan Gamma)' },
    { fill: 'FFEB9C', label: 'Kategori Sedang (Kecamatan Beta, Kecamatan Gamma)' },
    { fill: 'F8CBAD', label: 'Kategori Rendah (Kecamatan Beta, Kecamatan Gamma)' },
    { fill: 'FF8B8B', label: 'Kategori Sangat Rendah (Kecamatan Beta, Kecamatan Gamma)' },
    { fill: MISSING_FILL, label: 'Unit tidak memiliki indikator ini' },
  ]);
  expect(table.notes).toContain(
    'Kategori Kecamatan Alpha menurut sheet Kategori Capaian unit itu (bukan Batas di Pengaturan); warnanya menurut urutan kategorinya, dari yang terbaik (hijau) sampai yang terendah (merah).',
  );
});
