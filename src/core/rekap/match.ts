/**
 * Indicators of several units matched into rows: by Kode Indikator (trimmed, case, spaces and
 * zero-width characters ignored), else by the indicator's name (case, spaces and punctuation
 * ignored). Nothing is dropped: an indicator no other unit has gets a row of its own.
 */
import type { UnitFacts, UnitIndicator } from './facts';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** `iku 01` and ` IKU01\u200B` alike: `iku01`. */
export function normaliseKode(kode: string): string {
  return kode.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, '').toLowerCase();
}

/** `Persentase  pelayanan (KTP-el).` and `persentase pelayanan ktp el`: the same. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One unit's indicator in a matched row, and how it was matched. */
export interface MatchedCell {
  readonly indicator: UnitIndicator;
  readonly by: 'kode' | 'nama' | 'first';
}

export interface MatchedRow {
  /** Shown: the first unit's kode (or the first non-empty), name and satuan. */
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  /** Unit name → its indicator. */
  readonly cells: ReadonlyMap<string, MatchedCell>;
}

interface Building {
  kode: string;
  indikator: string;
  satuan: string;
  readonly kodes: Set<string>;
  readonly names: Set<string>;
  readonly cells: Map<string, MatchedCell>;
}

/** Units in the order given (the caller sorts them); rows in order of first appearance. */
export function matchIndicators(units: readonly UnitFacts[]): MatchedRow[] {
  const rows: Building[] = [];
  const byKode = new Map<string, Building[]>();
  const byName = new Map<string, Building[]>();
  const free = (list: readonly Building[] | undefined, unit: string): Building | undefined =>
    list?.find((r) => !r.cells.has(unit));
  for (const u of units) {
    for (const ind of u.indicators) {
      const kode = normaliseKode(ind.kode);
      const name = normaliseName(ind.indikator);
      let row = kode !== '' ? free(byKode.get(kode), u.unit) : undefined;
      let by: MatchedCell['by'] = 'kode';
      if (row === undefined && name !== '') {
        row = free(byName.get(name), u.unit);
        by = 'nama';
      }
      if (row === undefined) {
        row = {
          kode: ind.kode.trim(),
          indikator: ind.indikator.trim(),
          satuan: ind.satuan.trim(),
          kodes: new Set(),
          names: new Set(),
          cells: new Map(),
        };
        rows.push(row);
        by = 'first';
      }
      row.cells.set(u.unit, { indicator: ind, by });
      if (row.kode === '') row.kode = ind.kode.trim();
      if (row.satuan === '') row.satuan = ind.satuan.trim();
      if (kode !== '' && !row.kodes.has(kode)) {
        row.kodes.add(kode);
        byKode.set(kode, [...(byKode.get(kode) ?? []), row]);
      }
      if (name !== '' && !row.names.has(name)) {
        row.names.add(name);
        byName.set(name, [...(byName.get(name) ?? []), row]);
      }
    }
  }
  return rows.map((r) => ({ kode: r.kode, indikator: r.indikator, satuan: r.satuan, cells: r.cells }));
}
