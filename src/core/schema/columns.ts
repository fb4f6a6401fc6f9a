/** Small builders so that a schema file reads like the contract's table. */
import type { ColumnSchema, RefTarget } from './types';

type Extra = Omit<ColumnSchema, 'key' | 'label' | 'type'>;

export const col = {
  teks: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'teks',
    ...extra,
  }),
  kode: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'kode',
    ...extra,
  }),
  bilangan: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'bilangan',
    ...extra,
  }),
  persen: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'persen',
    ...extra,
  }),
  rupiah: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'rupiah',
    ...extra,
  }),
  tanggal: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'tanggal',
    ...extra,
  }),
  tahun: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'tahun',
    min: 2000,
    max: 2100,
    ...extra,
  }),
  pilihan: (key: string, label: string, choices: readonly string[], extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'pilihan',
    choices,
    ...extra,
  }),
  yaTidak: (key: string, label: string, extra: Extra = {}): ColumnSchema => ({
    key,
    label,
    type: 'ya/tidak',
    ...extra,
  }),
};

export const req = { required: true } as const;

/** A Penanggung Jawab / Bagian cell holds a Kode Bagian or a Nama Bagian. */
export const REF_BAGIAN: readonly RefTarget[] = [
  { sheet: 'bagian', column: 'kode' },
  { sheet: 'bagian', column: 'nama' },
];
export const REF_IKU: readonly RefTarget[] = [{ sheet: 'iku', column: 'kodeIndikator' }];
export const REF_PK: readonly RefTarget[] = [{ sheet: 'pk', column: 'kodeIndikator' }];
export const REF_DPA: readonly RefTarget[] = [{ sheet: 'dpa', column: 'kodeProgram' }];

/** The four quarterly columns `prefix TW I … TW IV`. */
export function quarterColumns(
  keyPrefix: string,
  labelPrefix: string,
  type: 'bilangan' | 'rupiah',
  mode: 'required' | 'upToTriwulan',
  suffix = '',
): ColumnSchema[] {
  const roman = ['I', 'II', 'III', 'IV'] as const;
  return roman.map((r, i) => {
    const q = (i + 1) as 1 | 2 | 3 | 4;
    const base: ColumnSchema = {
      key: `${keyPrefix}${q}`,
      label: `${labelPrefix} TW ${r}${suffix}`,
      type,
      width: 13,
    };
    return mode === 'required' ? { ...base, required: true } : { ...base, quarter: q };
  });
}
