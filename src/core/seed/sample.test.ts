/**
 * The built-in sample checked against the schemas and the rules of docs/domain.md, directly
 * (no validator exists yet): types, required cells, choices, references, unique keys,
 * coverage, sums and the arithmetic of capaian.
 */
import { METODE_AGREGASI, STATUS_DOKUMEN } from '../schema/choices';
import { schemaById, SCHEMAS } from '../schema/registry';
import type {
  ColumnSchema,
  KeyValueSheetSchema,
  SheetId,
  SheetSchema,
  TableSheetSchema,
} from '../schema/types';
import { DOCUMENT_CODES } from '../schema/types';
import { isDateValue, isEmptyCell, type CellValue } from '../snapshot';
import { SAMPLE_PASRUJAMBE_2017 as SAMPLE } from './sample';

type Row = Readonly<Record<string, CellValue>>;

/* ------------------------------------------------------------------ helpers */

const ALL: readonly SheetSchema[] = Object.values(SCHEMAS);
const TABLE_SCHEMAS: readonly TableSheetSchema[] = ALL.filter(
  (s): s is TableSheetSchema => s.kind === 'table' && s.id !== 'sop' && s.id !== 'dokumen',
);
const BAGIAN_CODES = ['UMPEG', 'PERKEU', 'PEM', 'TRANTIB', 'PMD', 'KESSOS', 'PELAYANAN'] as const;

function show(v: CellValue | undefined): string {
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

/** The text form used to compare keys and references. */
function keyOf(v: CellValue | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return show(v);
}

function rows(id: SheetId): readonly Row[] {
  const r = SAMPLE.tables[id];
  if (!r) throw new Error(`sample has no rows for ${id}`);
  return r;
}

function num(row: Row, key: string): number {
  const v = row[key];
  if (typeof v !== 'number') throw new Error(`${key} is not a number: ${show(v)}`);
  return v;
}

function str(row: Row, key: string): string {
  const v = row[key];
  if (typeof v !== 'string') throw new Error(`${key} is not text: ${show(v)}`);
  return v;
}

function quarters(row: Row, prefix: string): [number, number, number, number] {
  return [num(row, `${prefix}1`), num(row, `${prefix}2`), num(row, `${prefix}3`), num(row, `${prefix}4`)];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const TRIWULAN = num(SAMPLE.pengaturan, 'triwulanBerjalan');
const TAHUN = num(SAMPLE.pengaturan, 'tahunLaporan');
const TAHUN_AWAL_RENSTRA = num(SAMPLE.pengaturan, 'tahunAwalRenstra');

/** Why a value does not fit its column, or null. */
function typeProblem(col: ColumnSchema, v: CellValue): string | null {
  const numeric = (): string | null => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return 'not a number';
    if (col.min !== undefined && v < col.min) return `below ${col.min}`;
    if (col.max !== undefined && v > col.max) return `above ${col.max}`;
    return null;
  };
  switch (col.type) {
    case 'teks':
      return typeof v === 'string' && v.trim() !== '' ? null : 'not text';
    case 'kode':
      return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number' ? null : 'not a code';
    case 'bilangan':
    case 'persen':
      return numeric();
    case 'rupiah':
      return numeric() ?? ((v as number) < 0 ? 'negative rupiah' : null);
    case 'tahun':
      return numeric() ?? (Number.isInteger(v) ? null : 'not a whole year');
    case 'pilihan':
      return typeof v === 'string' && (col.choices ?? []).includes(v)
        ? null
        : `not one of ${show(col.choices?.join('|') ?? null)}`;
    case 'tanggal':
      return isDateValue(v) && /^\d{4}-\d{2}-\d{2}$/.test(v.iso) ? null : 'not a date';
    case 'ya/tidak':
      return typeof v === 'boolean' || v === 'Ya' || v === 'Tidak' ? null : 'not ya/tidak';
  }
}

function isRequired(col: ColumnSchema): boolean {
  return col.required === true || (col.quarter !== undefined && col.quarter <= TRIWULAN);
}

/** Every value of one column of one sheet, as keys. */
function valuesOf(sheet: SheetId, column: string): Set<string> {
  return new Set(
    (SAMPLE.tables[sheet] ?? []).filter((r) => !isEmptyCell(r[column])).map((r) => keyOf(r[column])),
  );
}

function byKode(id: SheetId): Map<string, Row> {
  return new Map(rows(id).map((r) => [str(r, 'kodeIndikator'), r]));
}

/** Annual realisasi from the quarters up to Triwulan Berjalan, by Metode Agregasi (domain.md). */
function annual(metode: string, tw: readonly (number | null)[]): number | null {
  const reported = tw.slice(0, TRIWULAN).filter((x): x is number => x !== null);
  if (reported.length === 0) return null;
  if (metode === 'Kumulatif') return reported.reduce((a, b) => a + b, 0);
  if (metode === 'Nilai Akhir') return reported[reported.length - 1] ?? null;
  if (metode === 'Rata-rata') return reported.reduce((a, b) => a + b, 0) / reported.length;
  throw new Error(`unknown metode ${metode}`);
}

/** Capaian in percent; null when undefined (target 0; formula B with realisasi 0). */
function capaian(
  polaritas: string,
  target: number,
  realisasi: number,
  rumus: string = str(SAMPLE.pengaturan, 'rumusNegatif'),
): number | null {
  if (target === 0) return null;
  if (polaritas === 'Positif') return (realisasi / target) * 100;
  if (rumus === 'Target/Realisasi') return realisasi === 0 ? null : (target / realisasi) * 100;
  return Math.max(0, ((2 * target - realisasi) / target) * 100);
}

function kategori(c: number): string {
  const p = SAMPLE.pengaturan;
  if (c >= num(p, 'batasSangatTinggi')) return 'Sangat Tinggi';
  if (c >= num(p, 'batasTinggi')) return 'Tinggi';
  if (c >= num(p, 'batasSedang')) return 'Sedang';
  if (c >= num(p, 'batasRendah')) return 'Rendah';
  return 'Sangat Rendah';
}

/** Do quarterly targets agree with an annual target by the method? */
function quartersAgree(metode: string, tw: readonly number[], target: number): boolean {
  const a = annual(metode, tw);
  return a !== null && Math.abs(a - target) < 1e-9;
}

/** Realisasi and capaian of one PK indicator, from its Data Kinerja row. */
function result(kode: string): { realisasi: number; capaian: number } {
  const pk = byKode('pk').get(kode);
  const dk = byKode('dataKinerja').get(kode);
  if (!pk || !dk) throw new Error(`no PK or Data Kinerja row for ${kode}`);
  const realisasi = annual(str(pk, 'metode'), quarters(dk, 'realisasiTw'));
  if (realisasi === null) throw new Error(`no realisasi for ${kode}`);
  const c = capaian(str(pk, 'polaritas'), num(pk, 'target'), realisasi);
  if (c === null) throw new Error(`capaian of ${kode} is undefined`);
  return { realisasi, capaian: c };
}

/** The table in the comment at the top of sample.ts. */
const EXPECTED = [
  {
    kode: 'IK-01',
    polaritas: 'Positif',
    metode: 'Rata-rata',
    target: 82,
    realisasi: 84.5,
    capaian: 103.05,
    kategori: 'Sangat Tinggi',
  },
  {
    kode: 'IK-02',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target: 100,
    realisasi: 85.71,
    capaian: 85.71,
    kategori: 'Tinggi',
  },
  {
    kode: 'IK-03',
    polaritas: 'Negatif',
    metode: 'Kumulatif',
    target: 10,
    realisasi: 12,
    capaian: 80,
    kategori: 'Tinggi',
  },
  {
    kode: 'IK-04',
    polaritas: 'Positif',
    metode: 'Rata-rata',
    target: 95,
    realisasi: 97.5,
    capaian: 102.63,
    kategori: 'Sangat Tinggi',
  },
  {
    kode: 'IK-05',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target: 80,
    realisasi: 81.25,
    capaian: 101.56,
    kategori: 'Sangat Tinggi',
  },
  {
    kode: 'IK-06',
    polaritas: 'Positif',
    metode: 'Rata-rata',
    target: 98,
    realisasi: 96.9,
    capaian: 98.88,
    kategori: 'Sangat Tinggi',
  },
  {
    kode: 'IK-07',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target: 65,
    realisasi: 47.5,
    capaian: 73.08,
    kategori: 'Sedang',
  },
] as const;

/* ------------------------------------------------------------------ schema conformance */

describe('sample: Pengaturan', () => {
  const schema: KeyValueSheetSchema = SCHEMAS.pengaturan;

  it('uses only field keys of the Pengaturan schema and fills every required field with a valid value', () => {
    const keys = new Set(schema.fields.map((f) => f.key));
    for (const k of Object.keys(SAMPLE.pengaturan)) expect(keys).toContain(k);
    const problems: string[] = [];
    for (const f of schema.fields) {
      const v = SAMPLE.pengaturan[f.key];
      if (v === undefined || isEmptyCell(v)) {
        if (f.required === true) problems.push(`${f.key}: required`);
        continue;
      }
      const p = typeProblem(f, v);
      if (p) problems.push(`${f.key}: ${p} (${show(v)})`);
    }
    expect(problems).toEqual([]);
  });

  it('is Pasrujambe 2017, TW 4, Renstra from 2014, formula A, 91/76/66/51, no cap', () => {
    expect(SAMPLE.pengaturan).toMatchObject({
      namaUnit: 'Kecamatan Pasrujambe',
      kabupaten: 'Lumajang',
      tahunLaporan: 2017,
      triwulanBerjalan: 4,
      tahunAwalRenstra: 2014,
      rumusNegatif: '(2*Target-Realisasi)/Target',
      batasSangatTinggi: 91,
      batasTinggi: 76,
      batasSedang: 66,
      batasRendah: 51,
    });
    expect(isEmptyCell(SAMPLE.pengaturan.batasAtasCapaian)).toBe(true);
  });
});

describe('sample: table sheets against their schemas', () => {
  it('has rows for every table sheet except SOP and Dokumen, and for no other sheet', () => {
    expect(Object.keys(SAMPLE.tables).sort()).toEqual(TABLE_SCHEMAS.map((s) => s.id).sort());
    for (const s of TABLE_SCHEMAS) expect(rows(s.id).length).toBeGreaterThan(0);
  });

  it.each(TABLE_SCHEMAS.map((s) => [s.id, s] as const))(
    '%s: keys are column keys, required cells are filled, values fit their types and choices',
    (id, schema) => {
      const cols = new Map(schema.columns.map((c) => [c.key, c]));
      const problems: string[] = [];
      rows(id).forEach((row, i) => {
        for (const k of Object.keys(row)) if (!cols.has(k)) problems.push(`row ${i}: unknown key ${k}`);
        for (const c of schema.columns) {
          const v = row[c.key];
          if (v === undefined || isEmptyCell(v)) {
            if (isRequired(c)) problems.push(`row ${i}: ${c.key} required`);
            continue;
          }
          const p = typeProblem(c, v);
          if (p) problems.push(`row ${i}: ${c.key} ${p} (${show(v)})`);
        }
      });
      expect(problems).toEqual([]);
    },
  );

  it.each(TABLE_SCHEMAS.map((s) => [s.id, s] as const))(
    '%s: every reference of the schema resolves',
    (id, schema) => {
      const problems: string[] = [];
      for (const c of schema.columns) {
        if (!c.ref || c.ref.length === 0) continue;
        const allowed = new Set(c.ref.flatMap((t) => [...valuesOf(t.sheet, t.column)]));
        rows(id).forEach((row, i) => {
          const v = row[c.key];
          if (v !== undefined && !isEmptyCell(v) && !allowed.has(keyOf(v))) {
            problems.push(`row ${i}: ${c.key} ${show(v)} not found`);
          }
        });
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(TABLE_SCHEMAS.map((s) => [s.id, s] as const))('%s: unique keys are unique', (id, schema) => {
    for (const key of schema.uniqueKeys ?? []) {
      const seen = rows(id).map((r) => key.map((k) => keyOf(r[k])).join(' | '));
      expect(seen.length).toBe(new Set(seen).size);
    }
  });

  it('the references the contract names exist in the schemas and resolve', () => {
    const cases: readonly [SheetId, string, readonly (readonly [SheetId, string])[]][] = [
      ['iku', 'penanggungJawab', [['bagian', 'kode']]],
      ['pk', 'penanggungJawab', [['bagian', 'kode']]],
      ['renja', 'penanggungJawab', [['bagian', 'kode']]],
      ['renjaBerikut', 'penanggungJawab', [['bagian', 'kode']]],
      ['renaksi', 'penanggungJawab', [['bagian', 'kode']]],
      ['renaksiBerikut', 'penanggungJawab', [['bagian', 'kode']]],
      ['renstra', 'penanggungJawab', [['bagian', 'kode']]],
      ['dataKinerja', 'bagian', [['bagian', 'kode']]],
      ['pk', 'kodeProgram', [['dpa', 'kodeProgram']]],
      ['dataKinerja', 'kodeIndikator', [['pk', 'kodeIndikator']]],
      ['renaksi', 'kodeIndikator', [['pk', 'kodeIndikator']]],
      ['renstra', 'kodeIndikator', [['iku', 'kodeIndikator']]],
      ['lkjip', 'kodeIndikator', [['iku', 'kodeIndikator']]],
      ['renja', 'kodeIndikator', [['iku', 'kodeIndikator']]],
      ['renjaBerikut', 'kodeIndikator', [['iku', 'kodeIndikator']]],
      [
        'pkIndividu',
        'kodeAtasan',
        [
          ['pk', 'kodeIndikator'],
          ['pkIndividu', 'kodeIndikator'],
        ],
      ],
      ['renaksiIndividu', 'kodeAtasan', [['pkIndividu', 'kodeIndikator']]],
      [
        'iki',
        'kodeAtasan',
        [
          ['iku', 'kodeIndikator'],
          ['cascading', 'kode'],
        ],
      ],
      ['cascading', 'kodeInduk', [['cascading', 'kode']]],
    ];
    for (const [sheet, column, targets] of cases) {
      const col = (schemaById(sheet) as TableSheetSchema).columns.find((c) => c.key === column);
      expect(col?.ref?.length ?? 0).toBeGreaterThan(0);
      const allowed = new Set(targets.flatMap(([s, c]) => [...valuesOf(s, c)]));
      for (const row of rows(sheet)) {
        const v = row[column];
        if (v === undefined || isEmptyCell(v)) continue;
        expect({ sheet, column, value: keyOf(v), found: allowed.has(keyOf(v)) }).toEqual({
          sheet,
          column,
          value: keyOf(v),
          found: true,
        });
      }
    }
  });
});

/* ------------------------------------------------------------------ organisation and people */

describe('sample: bagian, cascading, people', () => {
  it('has the 7 default bagian with their kind, a head and an 18-digit NIP', () => {
    const b = rows('bagian');
    expect(b.map((r) => r.kode)).toEqual([...BAGIAN_CODES]);
    expect(b.map((r) => r.nama)).toEqual([
      'Subbagian Umum dan Kepegawaian',
      'Subbagian Perencanaan dan Keuangan',
      'Seksi Pemerintahan',
      'Seksi Ketenteraman dan Ketertiban Umum',
      'Seksi Pemberdayaan Masyarakat dan Desa',
      'Seksi Kesejahteraan Sosial',
      'Seksi Pelayanan Umum',
    ]);
    for (const r of b) {
      expect(str(r, 'jenis')).toBe(str(r, 'nama').startsWith('Subbagian') ? 'Subbagian' : 'Seksi');
      expect(str(r, 'namaKepala').length).toBeGreaterThan(3);
    }
  });

  it('writes every NIP as 18 digits of text (birth date, TMT, sex 1/2, number)', () => {
    const nips: CellValue[] = [SAMPLE.pengaturan.nipCamat ?? null, SAMPLE.pengaturan.nipSekcam ?? null];
    for (const id of ['bagian', 'skTim', 'iki', 'pkIndividu'] as const)
      for (const r of rows(id)) nips.push(r.nip ?? null);
    for (const nip of nips) {
      expect(typeof nip).toBe('string');
      expect(nip).toMatch(
        /^(19[4-9]\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(19[6-9]\d|20[01]\d)(0[1-9]|1[0-2])[12]\d{3}$/,
      );
    }
  });

  it('cascades Camat → Sekcam → Kasi/Kasubbag → Staf; only Camat rows have no parent', () => {
    const levels = ['Camat', 'Sekcam', 'Kasi/Kasubbag', 'Staf'];
    const c = rows('cascading');
    const byCode = new Map(c.map((r) => [str(r, 'kode'), r]));
    for (const level of levels) expect(c.some((r) => r.level === level)).toBe(true);
    for (const r of c) {
      const level = levels.indexOf(str(r, 'level'));
      if (level === 0) {
        expect(isEmptyCell(r.kodeInduk)).toBe(true);
        continue;
      }
      const parent = byCode.get(str(r, 'kodeInduk'));
      expect(parent).toBeDefined();
      expect(levels.indexOf(parent ? str(parent, 'level') : '')).toBe(level - 1);
      expect(str(r, 'kode').startsWith(`${str(r, 'kodeInduk')}.`)).toBe(true);
    }
  });

  it('names the SAKIP team: Pengarah Camat, Penanggung Jawab Sekcam, Ketua, Sekretaris, Anggota', () => {
    const t = rows('skTim');
    const pengarah = t.find((r) => r.kedudukan === 'Pengarah');
    const pj = t.find((r) => r.kedudukan === 'Penanggung Jawab');
    expect(pengarah?.nama).toBe(SAMPLE.pengaturan.namaCamat);
    expect(pj?.nama).toBe(SAMPLE.pengaturan.namaSekcam);
    for (const k of ['Ketua', 'Sekretaris', 'Anggota']) expect(t.some((r) => r.kedudukan === k)).toBe(true);
    expect(t.map((r) => r.no)).toEqual(t.map((_, i) => i + 1));
  });

  it('gives PK Individu to the Sekcam and the Kasi/Kasubbag, tied to the PK or a superior PK Individu', () => {
    const p = rows('pkIndividu');
    const jabatan = new Set(p.map((r) => str(r, 'jabatan')));
    expect(jabatan).toContain('Sekretaris Kecamatan');
    expect([...jabatan].filter((j) => /^Kepala (Seksi|Subbagian)/.test(j))).toHaveLength(7);
    const pk = byKode('pk');
    for (const r of p) {
      const atasan = str(r, 'kodeAtasan');
      expect(pk.has(atasan) || p.some((q) => q.kodeIndikator === atasan && q !== r)).toBe(true);
    }
  });
});

/* ------------------------------------------------------------------ planning documents */

describe('sample: IKU, PK, Renstra, Rencana Aksi, DPA, Renja', () => {
  const pk = byKode('pk');
  const iku = byKode('iku');

  it('has 7 PK indicators, every IKU indicator in the PK with the same polarity, satuan and Penanggung Jawab', () => {
    expect(rows('pk')).toHaveLength(7);
    expect(rows('iku')).toHaveLength(7);
    for (const [kode, i] of iku) {
      const p = pk.get(kode);
      expect(p).toBeDefined();
      if (!p) continue;
      expect([p.polaritas, p.satuan, p.penanggungJawab, p.indikator, p.sasaran]).toEqual([
        i.polaritas,
        i.satuan,
        i.penanggungJawab,
        i.indikator,
        i.sasaran,
      ]);
    }
  });

  it('uses all three Metode Agregasi and both polarities', () => {
    const metode = new Set(rows('pk').map((r) => r.metode));
    expect([...metode].sort()).toEqual([...METODE_AGREGASI].sort());
    expect(
      rows('pk')
        .filter((r) => r.polaritas === 'Negatif')
        .map((r) => r.kodeIndikator),
    ).toEqual(['IK-03']);
  });

  it('has 3–4 PK programs whose anggaran is the same on every row and equals the DPA pagu', () => {
    const dpa = new Map(rows('dpa').map((r) => [str(r, 'kodeProgram'), r]));
    const anggaran = new Map<string, Set<number>>();
    for (const r of rows('pk')) {
      const k = str(r, 'kodeProgram');
      anggaran.set(k, (anggaran.get(k) ?? new Set()).add(num(r, 'anggaran')));
    }
    expect(anggaran.size).toBeGreaterThanOrEqual(3);
    expect(anggaran.size).toBeLessThanOrEqual(4);
    for (const [kode, values] of anggaran) {
      expect(values.size).toBe(1);
      const d = dpa.get(kode);
      expect(d).toBeDefined();
      if (d) expect([...values][0]).toBe(num(d, 'pagu'));
    }
  });

  it('keeps DPA realisasi within pagu (the exact serapan of each program), funded by APBD', () => {
    // By hand, from the DPA rows of sample.ts (realisasi TW I + II + III + IV, / pagu):
    //   5.01.01  28.450.000 + 46.125.000 + 49.870.000 + 52.315.000  = 176.760.000 / 185.000.000 = 95,55 %
    //   5.01.02  31.200.000 + 27.850.000 + 29.400.000 + 36.575.000  = 125.025.000 / 142.500.000 = 87,74 %
    //   5.01.03  18.600.000 + 22.350.000 + 21.900.000 + 28.125.000  =  90.975.000 /  96.750.000 = 94,03 %
    //   5.01.04  15.720.000 + 29.860.000 + 31.045.000 + 37.210.000  = 113.835.000 / 118.400.000 = 96,14 %
    //   5.01.05  96.540.000 + 101.275.000 + 98.830.000 + 105.420.000 = 402.065.000 / 412.360.000 = 97,50 %
    expect(
      rows('dpa').map((r) => {
        const total = quarters(r, 'realisasiTw').reduce((a, b) => a + b, 0);
        return [r.kodeProgram, total, num(r, 'pagu'), round2((total / num(r, 'pagu')) * 100)];
      }),
    ).toEqual([
      ['5.01.01', 176_760_000, 185_000_000, 95.55],
      ['5.01.02', 125_025_000, 142_500_000, 87.74],
      ['5.01.03', 90_975_000, 96_750_000, 94.03],
      ['5.01.04', 113_835_000, 118_400_000, 96.14],
      ['5.01.05', 402_065_000, 412_360_000, 97.5],
    ]);
    for (const r of rows('dpa')) expect(r.sumberDana).toBe('APBD');
    const pagu = rows('dpa').reduce((a, r) => a + num(r, 'pagu'), 0);
    const realisasi = rows('dpa').reduce(
      (a, r) => a + quarters(r, 'realisasiTw').reduce((x, y) => x + y, 0),
      0,
    );
    expect([pagu, realisasi, round2((realisasi / pagu) * 100)]).toEqual([955_010_000, 908_660_000, 95.15]);
  });

  it('has at least one Rencana Aksi row per PK indicator, its quarters agreeing with the PK target by method', () => {
    for (const [kode, p] of pk) {
      const ra = rows('renaksi').filter((r) => r.kodeIndikator === kode);
      expect(ra.length).toBeGreaterThanOrEqual(1);
      for (const r of ra) {
        expect({
          kode,
          agree: quartersAgree(str(p, 'metode'), quarters(r, 'targetTw'), num(p, 'target')),
        }).toEqual({
          kode,
          agree: true,
        });
        expect(r.satuan).toBe(p.satuan);
      }
    }
  });

  it('has one Renstra row per IKU indicator, Target Tahun 4 = the PK target of 2017, Kondisi Akhir = Target Tahun 5', () => {
    expect(TAHUN - TAHUN_AWAL_RENSTRA + 1).toBe(4);
    const renstra = byKode('renstra');
    expect([...renstra.keys()].sort()).toEqual([...iku.keys()].sort());
    for (const [kode, r] of renstra) {
      const p = pk.get(kode);
      expect(p && num(p, 'target')).toBe(num(r, 'target4'));
      expect(num(r, 'kondisiAkhir')).toBe(num(r, 'target5'));
      expect(r.satuan).toBe(iku.get(kode)?.satuan);
    }
  });

  it('plans Rencana Aksi Tahun Berikut (2018) from the Renstra Target Tahun 5, by the same method', () => {
    const renstra = byKode('renstra');
    for (const [kode, p] of pk) {
      const ra = rows('renaksiBerikut').filter((r) => r.kodeIndikator === kode);
      expect(ra.length).toBeGreaterThanOrEqual(1);
      const target = num(renstra.get(kode) ?? {}, 'target5');
      for (const r of ra) expect(quartersAgree(str(p, 'metode'), quarters(r, 'targetTw'), target)).toBe(true);
    }
  });

  it('dates Renja-RKT to the Tahun Laporan and Renja Tahun Berikut to the year after; Renja 2017 pagu adds up to the DPA', () => {
    for (const r of rows('renja')) expect(r.tahun).toBe(TAHUN);
    for (const r of rows('renjaBerikut')) expect(r.tahun).toBe(TAHUN + 1);
    for (const d of rows('dpa')) {
      const kode = str(d, 'kodeProgram');
      const sum = rows('renja')
        .filter((r) => str(r, 'kodeProgram').startsWith(`${kode}.`))
        .reduce((a, r) => a + num(r, 'pagu'), 0);
      expect({ kode, sum }).toEqual({ kode, sum: num(d, 'pagu') });
    }
  });
});

/* ------------------------------------------------------------------ Data Kinerja and capaian */

describe('sample: Data Kinerja and capaian', () => {
  const pk = byKode('pk');

  it('has exactly one Data Kinerja row per PK indicator, copied from the PK, filled by its Penanggung Jawab, Final', () => {
    const dk = rows('dataKinerja');
    expect(dk.map((r) => r.kodeIndikator).sort()).toEqual([...pk.keys()].sort());
    for (const r of dk) {
      const p = pk.get(str(r, 'kodeIndikator'));
      expect(p).toBeDefined();
      if (!p) continue;
      expect([r.bagian, r.indikator, r.satuan, r.target]).toEqual([
        p.penanggungJawab,
        p.indikator,
        p.satuan,
        p.target,
      ]);
      expect(r.statusData).toBe('Final');
      expect(isEmptyCell(r.faktorPendukung)).toBe(false);
      expect(isEmptyCell(r.buktiDukung)).toBe(false);
    }
  });

  it('matches the table at the top of sample.ts', () => {
    for (const e of EXPECTED) {
      const p = pk.get(e.kode);
      expect(p).toMatchObject({ polaritas: e.polaritas, metode: e.metode, target: e.target });
      const r = result(e.kode);
      expect(r.realisasi).toBeCloseTo(e.realisasi, 9);
      expect(round2(r.capaian)).toBe(e.capaian);
      expect(kategori(r.capaian)).toBe(e.kategori);
    }
    expect(EXPECTED.map((e) => e.kode)).toEqual([...pk.keys()]);
  });

  it('spans the categories, has at least two indicators below 100 % and explains every shortfall', () => {
    const cats = new Set<string>();
    const below: string[] = [];
    for (const kode of pk.keys()) {
      const { capaian: c } = result(kode);
      cats.add(kategori(c));
      if (c < 100) below.push(kode);
    }
    expect(cats).toContain('Sangat Tinggi');
    expect(cats).toContain('Tinggi');
    expect(cats.has('Sedang') || cats.has('Rendah')).toBe(true);
    expect(below.length).toBeGreaterThanOrEqual(2);
    for (const r of rows('dataKinerja')) {
      const explained = !isEmptyCell(r.faktorPenghambat) && !isEmptyCell(r.upayaPerbaikan);
      expect({ kode: r.kodeIndikator, explained }).toEqual({
        kode: r.kodeIndikator,
        explained: below.includes(str(r, 'kodeIndikator')),
      });
    }
  });

  it('contains the three worked examples of domain.md, computed from the Data Kinerja quarters', () => {
    const find = (re: RegExp): string => {
      const p = rows('pk').find((r) => re.test(str(r, 'indikator')));
      if (!p) throw new Error(`no PK indicator matches ${re.source}`);
      return str(p, 'kodeIndikator');
    };
    const ikm = find(/Kepuasan Masyarakat/);
    const apbdes = find(/APBDes tepat waktu/);
    const trantibum = find(/gangguan .*trantibum/i);

    expect(num(pk.get(ikm) ?? {}, 'target')).toBe(82);
    expect(result(ikm).realisasi).toBeCloseTo(84.5, 9);
    expect(round2(result(ikm).capaian)).toBe(103.05);
    expect(kategori(result(ikm).capaian)).toBe('Sangat Tinggi');

    expect(num(pk.get(apbdes) ?? {}, 'target')).toBe(100);
    expect(result(apbdes).realisasi).toBe(85.71);
    expect(round2((6 / 7) * 100)).toBe(85.71);
    expect(round2(result(apbdes).capaian)).toBe(85.71);
    expect(kategori(result(apbdes).capaian)).toBe('Tinggi');

    const t = pk.get(trantibum) ?? {};
    expect([t.polaritas, t.metode, t.target]).toEqual(['Negatif', 'Kumulatif', 10]);
    expect(result(trantibum).realisasi).toBe(12);
    expect(round2(result(trantibum).capaian)).toBe(80);
    expect(kategori(result(trantibum).capaian)).toBe('Tinggi');
    expect(round2(capaian('Negatif', 10, 12, 'Target/Realisasi') ?? NaN)).toBe(83.33);
  });
});

/* ------------------------------------------------------------------ LKjIP */

describe('sample: LKjIP of earlier years', () => {
  const pk = byKode('pk');
  const renstra = byKode('renstra');

  it('has 2015 and 2016 for every IKU indicator, targets from the Renstra', () => {
    for (const kode of byKode('iku').keys()) {
      const years = rows('lkjip')
        .filter((r) => r.kodeIndikator === kode)
        .map((r) => r.tahun);
      expect(years.sort()).toEqual([2015, 2016]);
    }
    for (const r of rows('lkjip')) {
      expect(num(r, 'tahun')).toBeLessThan(TAHUN);
      const yearIndex = num(r, 'tahun') - TAHUN_AWAL_RENSTRA + 1;
      expect(num(r, 'target')).toBe(num(renstra.get(str(r, 'kodeIndikator')) ?? {}, `target${yearIndex}`));
      expect(r.satuan).toBe(pk.get(str(r, 'kodeIndikator'))?.satuan);
    }
  });

  it('states a capaian consistent with its target and realisasi (formula by polarity)', () => {
    for (const r of rows('lkjip')) {
      const p = pk.get(str(r, 'kodeIndikator'));
      const c = capaian(p ? str(p, 'polaritas') : 'Positif', num(r, 'target'), num(r, 'realisasi'));
      expect(c).not.toBeNull();
      expect({ kode: r.kodeIndikator, tahun: r.tahun, capaian: num(r, 'capaian') }).toEqual({
        kode: r.kodeIndikator,
        tahun: r.tahun,
        capaian: round2(c ?? NaN),
      });
    }
  });

  it('shows at least one indicator trending down over 2015 → 2016 → 2017', () => {
    const down = [...pk.keys()].filter((kode) => {
      const c = (y: number): number =>
        num(rows('lkjip').find((r) => r.kodeIndikator === kode && r.tahun === y) ?? {}, 'capaian');
      return c(2015) > c(2016) && c(2016) > result(kode).capaian;
    });
    expect(down.length).toBeGreaterThanOrEqual(1);
  });
});

/* ------------------------------------------------------------------ SOP and documents */

describe('sample: SOP progress', () => {
  const sop = SAMPLE.sopProgress;
  const iso = /^\d{4}-\d{2}-\d{2}$/;

  it('has one entry per step 1..13', () => {
    expect(sop.map((s) => s.no)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('finished steps 1–4 in January–February 2018 with dates in order, time within the standard and both kinds of evidence', () => {
    const standard = [3, 60, 60, 60];
    for (const s of sop.slice(0, 4)) {
      expect(s.status).toBe('Selesai');
      expect(s.tanggalMulai).toMatch(iso);
      expect(s.tanggalSelesai).toMatch(iso);
      const mulai = s.tanggalMulai ?? '';
      const selesai = s.tanggalSelesai ?? '';
      expect(mulai <= selesai).toBe(true);
      expect(mulai >= '2018-01-01' && selesai <= '2018-02-28').toBe(true);
      expect(s.waktuAktual).toBeGreaterThan(0);
      expect(s.waktuAktual).toBeLessThanOrEqual(standard[s.no - 1] ?? 0);
      expect(s.buktiSoft).toMatch(/^\\\\server\\sakip\\2017\\/);
      expect(s.buktiHard).toBe(true);
    }
    for (let i = 1; i < 4; i++) {
      expect((sop[i - 1]?.tanggalSelesai ?? '') <= (sop[i]?.tanggalMulai ?? '')).toBe(true);
    }
  });

  it('has step 5 in progress and the rest not started', () => {
    expect(sop[4]?.status).toBe('Proses');
    expect(sop[4]?.tanggalMulai).toMatch(iso);
    expect(sop.slice(5).every((s) => s.status === 'Belum')).toBe(true);
  });
});

describe('sample: document checklist', () => {
  const docs = SAMPLE.dokumenProgress;

  it('has each of the 14 documents once, provided by a bagian', () => {
    expect(docs.map((d) => d.kode)).toEqual([...DOCUMENT_CODES]);
    for (const d of docs) {
      expect(BAGIAN_CODES as readonly string[]).toContain(d.bagianPenyedia);
      expect(STATUS_DOKUMEN as readonly string[]).toContain(d.status);
    }
  });

  it('has 12 documents received or verified with soft and hard copy, and the two Tahun Berikut documents as Draf', () => {
    const done = docs.filter((d) => d.status === 'Diterima' || d.status === 'Diverifikasi');
    expect(done).toHaveLength(12);
    for (const d of done) {
      expect(d.softCopy?.trim()).toBeTruthy();
      expect(d.hardCopy).toBe(true);
      expect(d.nomorTanggal).toMatch(
        /, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 20\d\d$/,
      );
      expect(d.tanggalDiterima).toMatch(/^2018-0[12]-\d{2}$/);
    }
    expect(docs.filter((d) => d.status === 'Draf').map((d) => d.kode)).toEqual([
      'RENJA_BERIKUT',
      'RENAKSI_BERIKUT',
    ]);
  });

  it('holds document sheets with data for every document marked Diterima or Diverifikasi', () => {
    for (const d of docs) {
      if (d.status !== 'Diterima' && d.status !== 'Diverifikasi') continue;
      const schema = TABLE_SCHEMAS.find((s) => s.documentCode === d.kode);
      expect(schema).toBeDefined();
      if (schema) expect(rows(schema.id).length).toBeGreaterThan(0);
    }
  });
});
