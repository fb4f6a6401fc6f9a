import type { TableRow } from '../read/read-table';
import type { TrackerRead } from '../read/tracker';
import {
  ISIAN_REALISASI,
  METODE_EFISIENSI,
  RUMUS_NEGATIF,
  type IsianRealisasi,
  type MetodeEfisiensi,
  type RumusNegatif,
} from '../schema/choices';

/** The Pengaturan sheet as numbers and choices, with the contract's defaults where a value is missing. */
export interface Settings {
  readonly namaUnit: string;
  readonly kabupaten: string;
  readonly tahunLaporan: number | null;
  readonly triwulanBerjalan: 1 | 2 | 3 | 4;
  readonly tahunAwalRenstra: number | null;
  readonly namaCamat: string;
  readonly nipCamat: string;
  readonly namaSekcam: string;
  readonly nipSekcam: string;
  readonly rumusNegatif: RumusNegatif;
  readonly batasSangatTinggi: number;
  readonly batasTinggi: number;
  readonly batasSedang: number;
  readonly batasRendah: number;
  /** null: capaian is not capped. */
  readonly batasAtasCapaian: number | null;
  /** How quarterly realisasi are typed, for indicators whose PK row does not say (default Per Triwulan). */
  readonly isianRealisasi: IsianRealisasi;
  /** How Tabel 3.4 measures efisiensi (default Selisih Capaian dan Serapan). */
  readonly metodeEfisiensi: MetodeEfisiensi;
}

function choice<T extends string>(value: string, choices: readonly T[]): T {
  return (choices as readonly string[]).includes(value) ? (value as T) : (choices[0] as T);
}

export const DEFAULT_THRESHOLDS = {
  batasSangatTinggi: 91,
  batasTinggi: 76,
  batasSedang: 66,
  batasRendah: 51,
} as const;

export function readSettings(tracker: TrackerRead): Settings {
  const fields = tracker.keyValues.pengaturan?.fields;
  const num = (key: string): number | null => {
    const p = fields?.get(key)?.parsed;
    return p?.kind === 'ok' && typeof p.value === 'number' ? p.value : null;
  };
  const text = (key: string): string => {
    const p = fields?.get(key)?.parsed;
    return p?.kind === 'ok' ? String(p.value) : '';
  };
  const tw = num('triwulanBerjalan');
  const rumus = text('rumusNegatif');
  return {
    namaUnit: text('namaUnit'),
    kabupaten: text('kabupaten'),
    tahunLaporan: num('tahunLaporan'),
    triwulanBerjalan: tw === 1 || tw === 2 || tw === 3 || tw === 4 ? tw : 4,
    tahunAwalRenstra: num('tahunAwalRenstra'),
    namaCamat: text('namaCamat'),
    nipCamat: text('nipCamat'),
    namaSekcam: text('namaSekcam'),
    nipSekcam: text('nipSekcam'),
    rumusNegatif: (RUMUS_NEGATIF as readonly string[]).includes(rumus) ? (rumus as RumusNegatif) : RUMUS_NEGATIF[0],
    batasSangatTinggi: num('batasSangatTinggi') ?? DEFAULT_THRESHOLDS.batasSangatTinggi,
    batasTinggi: num('batasTinggi') ?? DEFAULT_THRESHOLDS.batasTinggi,
    batasSedang: num('batasSedang') ?? DEFAULT_THRESHOLDS.batasSedang,
    batasRendah: num('batasRendah') ?? DEFAULT_THRESHOLDS.batasRendah,
    batasAtasCapaian: num('batasAtasCapaian'),
    isianRealisasi: choice(text('isianRealisasi'), ISIAN_REALISASI),
    metodeEfisiensi: choice(text('metodeEfisiensi'), METODE_EFISIENSI),
  };
}

/**
 * How one indicator's quarterly realisasi are typed: its PK row's Isian Realisasi when that
 * is filled with a choice, else the Pengaturan's Isian Realisasi Triwulan.
 */
export function isianRealisasiOf(
  pkRow: TableRow | undefined,
  settings: Pick<Settings, 'isianRealisasi'>,
): IsianRealisasi {
  const p = pkRow?.values.get('isianRealisasi');
  if (p?.kind === 'ok' && (ISIAN_REALISASI as readonly unknown[]).includes(p.value))
    return p.value as IsianRealisasi;
  return settings.isianRealisasi;
}
