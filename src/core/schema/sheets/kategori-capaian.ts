import { col, req } from '../columns';
import type { TableSheetSchema } from '../types';

/** The range a Batas Bawah must lie in (cell/range beyond it): capaian on the 0–100 scale, up to twice the target. */
export const BATAS_BAWAH_RANGE = { min: 0, max: 200 } as const;

/**
 * The office's own kategori of capaian (optional: `lakip init --kategori-capaian` makes it). One
 * row per band, in any order; a band is a capaian ≥ its Batas Bawah and below the band above; a
 * capaian below the lowest Batas Bawah is in the lowest band. A row whose Kategori is "Tidak Ada
 * Target" is no band: it names indicators without a target, and its Batas Bawah may stay empty.
 * When present, it replaces the Batas keys of Pengaturan (`model/kategori.ts`).
 */
export const kategoriCapaian = {
  kind: 'table',
  id: 'kategoriCapaian',
  name: 'Kategori Capaian',
  title: 'Kategori Capaian Kinerja',
  instruction:
    'Satu baris per kategori, urutan bebas: capaian ≥ Batas Bawah (dan di bawah batas kategori di atasnya) masuk kategori itu; capaian di bawah Batas Bawah terendah masuk kategori terendah. Baris berkategori "Tidak Ada Target" (Batas Bawah boleh kosong atau -) dipakai untuk indikator yang targetnya kosong atau 0. Bila sheet ini ada, Batas di sheet Pengaturan tidak dipakai.',
  optional: true,
  columns: [
    col.persen('batasBawah', 'Batas Bawah (%)', {
      ...req,
      ...BATAS_BAWAH_RANGE,
      width: 16,
      hint: '0–200, mis. 90 untuk ≥ 90 %',
    }),
    col.teks('kategori', 'Kategori', { ...req, width: 28 }),
  ],
  uniqueKeys: [['batasBawah'], ['kategori']],
} as const satisfies TableSheetSchema;
