/**
 * The 13 steps of SOP "Pengumpulan Data Kinerja" as the seed document gives them (spelling
 * of the activities normalised; steps 9 and 10 are identical in the source and stay so — the
 * office's document wins, validation points the duplicate out). The actor marks were lost in
 * the seed's extraction; these defaults are our reconstruction (docs/domain.md), editable.
 */
export interface SopStep {
  readonly no: number;
  readonly aktivitas: string;
  readonly actors: readonly ('Camat' | 'Sekcam' | 'Kasi/Kasubbag' | 'Staf')[];
  readonly kelengkapan: string;
  readonly waktu: number;
  readonly output: string;
}

const doc = { kelengkapan: 'Dokumen', waktu: 60, output: 'Dokumen' } as const;

export const SOP_STEPS: readonly SopStep[] = [
  {
    no: 1,
    aktivitas: 'Memerintahkan penyusunan LAKIP',
    actors: ['Camat'],
    kelengkapan: 'Nota dinas',
    waktu: 3,
    output: 'Dokumen',
  },
  {
    no: 2,
    aktivitas: 'Menyampaikan format pengumpulan data dan informasi kinerja dari masing-masing bagian',
    actors: ['Sekcam'],
    ...doc,
  },
  {
    no: 3,
    aktivitas: 'Menghimpun format data dan informasi kinerja dari masing-masing bagian',
    actors: ['Kasi/Kasubbag', 'Staf'],
    ...doc,
  },
  {
    no: 4,
    aktivitas: 'Menganalisis dan mengevaluasi data dan informasi kinerja yang terkumpul',
    actors: ['Staf'],
    ...doc,
  },
  { no: 5, aktivitas: 'Membuat draft LAKIP', actors: ['Staf'], ...doc },
  { no: 6, aktivitas: 'Mengoreksi draft LAKIP', actors: ['Sekcam'], ...doc },
  { no: 7, aktivitas: 'Rapat finalisasi LAKIP', actors: ['Camat', 'Sekcam', 'Kasi/Kasubbag'], ...doc },
  {
    no: 8,
    aktivitas: 'Menyampaikan dokumen LAKIP kepada Kepala Kantor untuk persetujuan',
    actors: ['Sekcam'],
    ...doc,
  },
  { no: 9, aktivitas: 'Penandatanganan dokumen LAKIP oleh Kepala Kantor', actors: ['Camat'], ...doc },
  { no: 10, aktivitas: 'Penandatanganan dokumen LAKIP oleh Kepala Kantor', actors: ['Camat'], ...doc },
  { no: 11, aktivitas: 'Pembuatan surat pengantar pengiriman sekaligus penomoran', actors: ['Staf'], ...doc },
  { no: 12, aktivitas: 'Penggandaan dokumen LAKIP', actors: ['Staf'], ...doc },
  { no: 13, aktivitas: 'Pengiriman dokumen LAKIP', actors: ['Staf'], ...doc },
];

/** The mark written in an actor cell. */
export const ACTOR_MARK = '✓';

/** Total standard time of the seed SOP, in minutes (3 + 12 × 60). */
export const SOP_TOTAL_MINUTES = SOP_STEPS.reduce((sum, s) => sum + s.waktu, 0);
