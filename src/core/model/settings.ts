import type { TrackerRead } from '../read/tracker';
import { RUMUS_NEGATIF, type RumusNegatif } from '../schema/choices';

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
  };
}
