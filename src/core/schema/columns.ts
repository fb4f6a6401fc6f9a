/** Small builders so that a schema file reads like the contract's table. */
import type { ColumnSchema, RefTarget } from './types';

type Extra = Omit<ColumnSchema, 'key' | 'label' | 'type'>;

/** A column whose key is known to the type checker (so a sheet's column keys are a type, `ColumnKey`). */
export type Column<K extends string> = ColumnSchema & { readonly key: K };

export const col = {
  teks: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'teks',
    ...extra,
  }),
  kode: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'kode',
    ...extra,
  }),
  bilangan: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'bilangan',
    ...extra,
  }),
  persen: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'persen',
    ...extra,
  }),
  rupiah: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'rupiah',
    ...extra,
  }),
  tanggal: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'tanggal',
    ...extra,
  }),
  tahun: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'tahun',
    min: 2000,
    max: 2100,
    ...extra,
  }),
  pilihan: <K extends string>(key: K, label: string, choices: readonly string[], extra: Extra = {}): Column<K> => ({
    key,
    label,
    type: 'pilihan',
    choices,
    ...extra,
  }),
  yaTidak: <K extends string>(key: K, label: string, extra: Extra = {}): Column<K> => ({
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

/**
 * The four quarterly columns `prefix TW I … TW IV`: `required` on every row, `upToTriwulan`
 * required up to Triwulan Berjalan, `onRequest` optional and never written by `lakip init`
 * unless a rule asks for them (the Pembilang/Penyebut columns of Data Kinerja).
 */
export function quarterColumns<P extends string>(
  keyPrefix: P,
  labelPrefix: string,
  type: 'bilangan' | 'rupiah',
  mode: 'required' | 'upToTriwulan' | 'onRequest',
  suffix = '',
): Column<`${P}${1 | 2 | 3 | 4}`>[] {
  const roman = ['I', 'II', 'III', 'IV'] as const;
  return roman.map((r, i) => {
    const q = (i + 1) as 1 | 2 | 3 | 4;
    const base: Column<`${P}${1 | 2 | 3 | 4}`> = {
      key: `${keyPrefix}${q}`,
      label: `${labelPrefix} TW ${r}${suffix}`,
      type,
      width: 13,
    };
    if (mode === 'onRequest') return { ...base, onRequest: true };
    return mode === 'required' ? { ...base, required: true } : { ...base, quarter: q };
  });
}
