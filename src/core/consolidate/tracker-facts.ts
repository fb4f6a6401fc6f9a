/**
 * What the data format and consolidation need to know about a tracker, read once: the bagian
 * (Kode Bagian or Nama Bagian → one bagian), the PK indicators with their Penanggung Jawab,
 * the Data Kinerja sheet, and the settings.
 */
import type { Settings } from '../model/settings';
import { readTrackerModel, type IndicatorFact, type TrackerModel } from '../model/tracker-model';
import { keyOf } from '../read/keys';
import { textOf, valueOf, type TableRead, type TableRow } from '../read/read-table';
import type { TrackerRead } from '../read/tracker';
import type { ColumnKey } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';

/** Columns of Data Kinerja that a bagian fills in its format, and that consolidation may write. */
export const BAGIAN_COLUMNS = [
  'realisasiTw1',
  'realisasiTw2',
  'realisasiTw3',
  'realisasiTw4',
  // A/B indicators' two numbers per quarter (optional columns of the format and of Data Kinerja).
  'pembilangTw1',
  'penyebutTw1',
  'pembilangTw2',
  'penyebutTw2',
  'pembilangTw3',
  'penyebutTw3',
  'pembilangTw4',
  'penyebutTw4',
  'faktorPendukung',
  'faktorPenghambat',
  'upayaPerbaikan',
  'buktiDukung',
  'statusData',
] as const;
export type BagianColumn = (typeof BAGIAN_COLUMNS)[number];

/** Columns of Data Kinerja that come from the PK (the Sekcam's): never taken from a format. */
export const PK_COLUMNS = ['bagian', 'kodeIndikator', 'indikator', 'satuan', 'target'] as const;

export interface BagianInfo {
  readonly kode: string;
  readonly nama: string;
}

export interface PkIndicator {
  /** The Kode Indikator as the PK spells it. */
  readonly kode: string;
  /** The Kode Indikator as compared (`keyOf`). */
  readonly key: string;
  readonly row: TableRow<ColumnKey<'pk'>>;
  /** The tracker model's fact of this indicator (its Data Kinerja row, realisasi, capaian …). */
  readonly fact: IndicatorFact;
  readonly indikator: string | undefined;
  readonly satuan: string | undefined;
  readonly target: number | undefined;
  readonly polaritas: string | undefined;
  readonly metode: string | undefined;
  /** The Penanggung Jawab cell as written (a Kode or a Nama Bagian), or undefined when empty. */
  readonly penanggungJawab: string | undefined;
  /** The owning bagian's key (`bagianKey`), or undefined when the PK names none. */
  readonly ownerKey: string | undefined;
}

export interface TrackerFacts {
  readonly model: TrackerModel;
  readonly read: TrackerRead;
  readonly settings: Settings;
  readonly bagian: readonly BagianInfo[];
  readonly pk: TableRead<ColumnKey<'pk'>> | undefined;
  /** Every PK indicator with a readable Kode Indikator, first row per code (`keyOf`), in PK order. */
  readonly indicators: readonly PkIndicator[];
  /** The indicators by their key (`keyOf` of the Kode Indikator). */
  readonly indicatorByKey: ReadonlyMap<string, PkIndicator>;
  readonly dataKinerja: TableRead<ColumnKey<'dataKinerja'>> | undefined;
  /** The bagian a text names (its Kode Bagian or Nama Bagian, case and spaces ignored). */
  resolveBagian(text: string): BagianInfo | undefined;
  /**
   * The key a bagian is compared by: its Kode Bagian when the text names a bagian of the
   * Bagian sheet, else the text itself (so a tracker without a Bagian sheet still works).
   */
  bagianKey(text: string): string;
}

/**
 * The tracker's facts for formats and consolidation, a view of the tracker model (read from
 * the snapshot, or the model one user action already built).
 */
export function readTrackerFacts(snapshot: WorkbookSnapshot, model?: TrackerModel): TrackerFacts {
  return trackerFactsOf(model ?? readTrackerModel(snapshot));
}

export function trackerFactsOf(model: TrackerModel): TrackerFacts {
  const read = model.tracker;
  const bagian: BagianInfo[] = [];
  const byText = new Map<string, BagianInfo>();
  for (const row of read.tables.bagian?.rows ?? []) {
    const kode = textOf(row, 'kode');
    if (kode === undefined) continue;
    const info: BagianInfo = { kode, nama: textOf(row, 'nama') ?? kode };
    if (byText.has(keyOf(kode))) continue;
    bagian.push(info);
    byText.set(keyOf(kode), info);
  }
  for (const b of bagian) if (!byText.has(keyOf(b.nama))) byText.set(keyOf(b.nama), b);
  const resolveBagian = (text: string): BagianInfo | undefined => byText.get(keyOf(text));
  const bagianKey = (text: string): string => keyOf(resolveBagian(text)?.kode ?? text);

  const indicators: PkIndicator[] = [];
  const indicatorByKey = new Map<string, PkIndicator>();
  for (const fact of model.indicators()) {
    const row = fact.pk.row;
    const kode = valueOf(row, 'kodeIndikator');
    if (!fact.firstOfKey || fact.key === undefined || kode === undefined) continue;
    const pj = textOf(row, 'penanggungJawab');
    const indicator: PkIndicator = {
      kode: String(kode),
      key: fact.key,
      row,
      fact,
      indikator: textOf(row, 'indikator'),
      satuan: textOf(row, 'satuan'),
      target: fact.target,
      polaritas: textOf(row, 'polaritas'),
      metode: textOf(row, 'metode'),
      penanggungJawab: pj,
      ownerKey: pj === undefined ? undefined : bagianKey(pj),
    };
    indicators.push(indicator);
    indicatorByKey.set(fact.key, indicator);
  }

  return {
    model,
    read,
    settings: model.settings,
    bagian,
    pk: read.tables.pk,
    indicators,
    indicatorByKey,
    dataKinerja: read.tables.dataKinerja,
    resolveBagian,
    bagianKey,
  };
}

/** The PK indicators a bagian answers for, in PK order. */
export function indicatorsOf(facts: TrackerFacts, bagian: BagianInfo): PkIndicator[] {
  const key = keyOf(bagian.kode);
  return facts.indicators.filter((i) => i.ownerKey === key);
}

/**
 * Every bagian a format can be for: the Bagian sheet's, then each Penanggung Jawab of the PK
 * that names none of them (as written), so a tracker without a complete Bagian sheet still works.
 */
export function formatBagianOf(facts: TrackerFacts): BagianInfo[] {
  const out: BagianInfo[] = [...facts.bagian];
  const known = new Set(facts.bagian.map((b) => keyOf(b.kode)));
  for (const i of facts.indicators) {
    if (i.penanggungJawab === undefined || i.ownerKey === undefined || known.has(i.ownerKey)) continue;
    known.add(i.ownerKey);
    out.push({ kode: i.penanggungJawab, nama: i.penanggungJawab });
  }
  return out;
}

/** The bagian a Kode (or Nama) Bagian names among `formatBagianOf`, or undefined. */
export function findFormatBagian(facts: TrackerFacts, text: string): BagianInfo | undefined {
  return facts.resolveBagian(text) ?? formatBagianOf(facts).find((b) => keyOf(b.kode) === keyOf(text));
}
