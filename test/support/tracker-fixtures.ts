/**
 * Trackers for tests, as snapshots: a small inline tracker that is valid and complete (zero
 * findings), the built-in sample (through the init plan, without an adapter), and helpers to
 * plant a defect at an A1 address.
 */
import { columnNumber } from '../../src/core/address';
import { buildInitPlan } from '../../src/core/init/init-plan';
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import { SCHEMAS } from '../../src/core/schema/registry';
import type { KeyValueSheetSchema, SheetId, TableSheetSchema } from '../../src/core/schema/types';
import { DEFAULT_ACTORS } from '../../src/core/schema/sheets/sop';
import { SEED_DOCUMENTS } from '../../src/core/seed/documents';
import { SEED_PENCATATAN, SEED_PERINGATAN } from '../../src/core/seed/identitas';
import { SAMPLE_PASRUJAMBE_2017 } from '../../src/core/seed/sample';
import { ACTOR_MARK, SOP_STEPS } from '../../src/core/seed/sop-steps';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import type { Finding } from '../../src/core/findings/finding';
import { buildContext, type Check } from '../../src/core/validate/context';

export type RowData = Record<string, CellValue>;

export interface TrackerData {
  pengaturan: RowData;
  identitas: RowData;
  tables: Partial<Record<SheetId, RowData[]>>;
}

/** A table sheet with its header in row 1 (`actor:<label>` keys fill the SOP's actor columns). */
export function tableSheet(
  schema: TableSheetSchema,
  rows: readonly RowData[],
  name = schema.name,
): SheetSnapshot {
  const keys: string[] = [];
  const header: string[] = [];
  for (const c of schema.columns) {
    keys.push(c.key);
    header.push(c.required === true ? `${c.label} *` : c.label);
    if (schema.actorColumnsAfter === c.key) {
      for (const a of DEFAULT_ACTORS) {
        keys.push(`actor:${a}`);
        header.push(a);
      }
    }
  }
  return { name, rows: [header, ...rows.map((r) => keys.map((k) => r[k] ?? null))] };
}

/** A key–value sheet: labels in column A from row 1, values in column B. */
export function keyValueSheet(schema: KeyValueSheetSchema, values: RowData): SheetSnapshot {
  return { name: schema.name, rows: schema.fields.map((f) => [f.label, values[f.key] ?? null]) };
}

const S = 'Meningkatnya kualitas pelayanan publik';
const S2 = 'Terwujudnya ketenteraman dan ketertiban umum';

/** A small tracker that is valid and complete: it gives no finding at all. A fresh copy each call. */
export function validTrackerData(): TrackerData {
  const ik01 = {
    kodeIndikator: 'IK-01',
    sasaran: S,
    indikator: 'Indeks Kepuasan Masyarakat',
    satuan: 'nilai',
  };
  const ik02 = {
    kodeIndikator: 'IK-02',
    sasaran: S2,
    indikator: 'Jumlah gangguan trantibum',
    satuan: 'kejadian',
  };
  const renja = (tahun: number): RowData[] => [
    {
      tahun,
      kodeIndikator: 'IK-01',
      sasaran: S,
      indikatorSasaran: ik01.indikator,
      kodeProgram: '5.01.01.01',
      program: 'Survei Kepuasan Masyarakat',
      indikatorKeluaran: 'Jumlah responden',
      satuan: 'responden',
      target: 400,
      pagu: 34_000_000,
      penanggungJawab: 'PERKEU',
    },
  ];
  return {
    pengaturan: {
      namaUnit: 'Kecamatan Contoh',
      kabupaten: 'Lumajang',
      tahunLaporan: 2017,
      triwulanBerjalan: 4,
      tahunAwalRenstra: 2014,
      rumusNegatif: '(2*Target-Realisasi)/Target',
      batasSangatTinggi: 91,
      batasTinggi: 76,
      batasSedang: 66,
      batasRendah: 51,
    },
    identitas: {
      namaSop: 'SOP Pengumpulan Data Kinerja',
      peringatan: SEED_PERINGATAN,
      pencatatan: SEED_PENCATATAN,
    },
    tables: {
      bagian: [
        { kode: 'PERKEU', nama: 'Subbagian Perencanaan dan Keuangan', jenis: 'Subbagian' },
        { kode: 'TRANTIB', nama: 'Seksi Ketenteraman dan Ketertiban Umum', jenis: 'Seksi' },
      ],
      sop: SOP_STEPS.map((s) => {
        const row: RowData = {
          no: s.no,
          aktivitas: s.no === 10 ? `${s.aktivitas} (arsip)` : s.aktivitas,
          kelengkapan: s.kelengkapan,
          waktu: s.waktu,
          output: s.output,
          status: 'Selesai',
          tanggalMulai: { kind: 'date', iso: `2018-01-${String(s.no + 1).padStart(2, '0')}` },
          tanggalSelesai: { kind: 'date', iso: `2018-01-${String(s.no + 2).padStart(2, '0')}` },
          waktuAktual: s.waktu,
          buktiSoft: `bukti/langkah-${s.no}.pdf`,
          buktiHard: 'Ya',
        };
        for (const a of s.actors) row[`actor:${a}`] = ACTOR_MARK;
        return row;
      }),
      dokumen: SEED_DOCUMENTS.map((d) => ({
        no: d.no,
        kode: d.kode,
        nama: d.nama.replace('{n}', String(2017 + d.yearOffset)),
        tahun: 2017 + d.yearOffset,
        sheet:
          Object.values(SCHEMAS).find((s) => s.kind === 'table' && s.documentCode === d.kode)?.name ?? null,
        bagianPenyedia: 'PERKEU',
        status: 'Diverifikasi',
        softCopy: `dokumen/${d.kode}.pdf`,
        hardCopy: 'Ya',
      })),
      cascading: [
        {
          kode: 'C1',
          level: 'Camat',
          jabatan: 'Camat',
          sasaran: S,
          indikator: ik01.indikator,
          satuan: 'nilai',
          target: 82,
        },
        {
          kode: 'C1.1',
          kodeInduk: 'C1',
          level: 'Sekcam',
          jabatan: 'Sekretaris Kecamatan',
          sasaran: S2,
          indikator: ik02.indikator,
          satuan: 'kejadian',
          target: 10,
        },
      ],
      skTim: [{ no: 1, kedudukan: 'Pengarah', nama: 'Drs. A', jabatan: 'Camat' }],
      iku: [
        {
          ...ik01,
          definisi: 'Rata-rata nilai survei',
          polaritas: 'Positif',
          sumberData: 'Survei IKM',
          penanggungJawab: 'PERKEU',
        },
        {
          ...ik02,
          definisi: 'Jumlah kejadian',
          polaritas: 'Negatif',
          sumberData: 'Register kejadian',
          penanggungJawab: 'TRANTIB',
        },
      ],
      iki: [
        {
          jabatan: 'Camat',
          sasaran: S,
          indikator: ik01.indikator,
          formula: 'Rata-rata survei',
          satuan: 'nilai',
          target: 82,
          sumberData: 'Survei IKM',
          kodeAtasan: 'IK-01',
        },
      ],
      renstra: [
        {
          ...ik01,
          tujuan: 'Pelayanan prima',
          kondisiAwal: 76,
          target1: 78,
          target2: 79,
          target3: 81,
          target4: 82,
          target5: 83,
          kondisiAkhir: 83,
        },
        {
          ...ik02,
          tujuan: 'Wilayah aman',
          kondisiAwal: 18,
          target1: 16,
          target2: 14,
          target3: 12,
          target4: 10,
          target5: 8,
          kondisiAkhir: 8,
        },
      ],
      renja: renja(2017),
      pk: [
        {
          ...ik01,
          polaritas: 'Positif',
          metode: 'Rata-rata',
          target: 82,
          kodeProgram: '5.01.01',
          program: 'Program Pelayanan',
          anggaran: 100_000_000,
          penanggungJawab: 'PERKEU',
        },
        {
          ...ik02,
          polaritas: 'Negatif',
          metode: 'Kumulatif',
          target: 10,
          kodeProgram: '5.01.03',
          program: 'Program Trantib',
          anggaran: 50_000_000,
          penanggungJawab: 'TRANTIB',
        },
      ],
      pkIndividu: [
        {
          jabatan: 'Sekretaris Kecamatan',
          nama: 'B',
          kodeIndikator: 'PKI-01',
          sasaran: S,
          indikator: ik01.indikator,
          satuan: 'nilai',
          target: 82,
          kodeAtasan: 'IK-01',
        },
      ],
      renaksi: [
        {
          kodeIndikator: 'IK-01',
          rencanaAksi: 'Survei triwulanan',
          satuan: 'nilai',
          targetTw1: 81,
          targetTw2: 81.5,
          targetTw3: 82.5,
          targetTw4: 83,
          penanggungJawab: 'PERKEU',
        },
        {
          kodeIndikator: 'IK-02',
          rencanaAksi: 'Patroli',
          satuan: 'kejadian',
          targetTw1: 3,
          targetTw2: 2,
          targetTw3: 3,
          targetTw4: 2,
          penanggungJawab: 'TRANTIB',
        },
      ],
      dpa: [
        {
          kodeProgram: '5.01.01',
          program: 'Program Pelayanan',
          indikatorKeluaran: 'Berkas',
          satuan: 'berkas',
          target: 2400,
          pagu: 100_000_000,
          realisasiTw1: 20_000_000,
          realisasiTw2: 20_000_000,
          realisasiTw3: 20_000_000,
          realisasiTw4: 20_000_000,
        },
        {
          kodeProgram: '5.01.03',
          program: 'Program Trantib',
          indikatorKeluaran: 'Patroli',
          satuan: 'kali',
          target: 48,
          pagu: 50_000_000,
          realisasiTw1: 10_000_000,
          realisasiTw2: 10_000_000,
          realisasiTw3: 10_000_000,
          realisasiTw4: 10_000_000,
        },
      ],
      renaksiIndividu: [
        {
          jabatan: 'Sekretaris Kecamatan',
          nama: 'B',
          kodeAtasan: 'PKI-01',
          rencanaAksi: 'Koordinasi survei',
          satuan: 'nilai',
          targetTw1: 81,
          targetTw2: 81.5,
          targetTw3: 82.5,
          targetTw4: 83,
        },
      ],
      lkjip: [
        {
          tahun: 2016,
          kodeIndikator: 'IK-01',
          indikator: ik01.indikator,
          satuan: 'nilai',
          target: 81,
          realisasi: 82,
          capaian: 101.23,
        },
      ],
      renjaBerikut: renja(2018),
      renaksiBerikut: [
        {
          kodeIndikator: 'IK-01',
          rencanaAksi: 'Survei triwulanan',
          satuan: 'nilai',
          targetTw1: 82,
          targetTw2: 82.5,
          targetTw3: 83.5,
          targetTw4: 84,
          penanggungJawab: 'PERKEU',
        },
      ],
      dataKinerja: [
        {
          bagian: 'PERKEU',
          ...ik01,
          target: 82,
          realisasiTw1: 83,
          realisasiTw2: 84,
          realisasiTw3: 85,
          realisasiTw4: 86,
          statusData: 'Final',
        },
        {
          bagian: 'TRANTIB',
          ...ik02,
          target: 10,
          realisasiTw1: 2,
          realisasiTw2: 2,
          realisasiTw3: 2,
          realisasiTw4: 2,
          statusData: 'Final',
        },
      ],
    },
  };
}

/** The tracker data as a workbook, every sheet in contract order; `omit` leaves sheets out. */
export function toSnapshot(data: TrackerData, omit: readonly string[] = []): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const schema of Object.values(SCHEMAS)) {
    if (omit.includes(schema.id)) continue;
    if (schema.kind === 'keyvalue') {
      sheets.push(
        keyValueSheet(
          schema,
          schema.id === 'pengaturan' ? data.pengaturan : schema.id === 'identitas' ? data.identitas : {},
        ),
      );
    } else {
      sheets.push(tableSheet(schema, data.tables[schema.id] ?? []));
    }
  }
  return { sheets };
}

/** The built-in sample, as `lakip init --sample` writes it (header in row 5, data from row 6). */
export function sampleSnapshot(): WorkbookSnapshot {
  const plan = buildInitPlan(
    { sheets: [] },
    { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang', sample: SAMPLE_PASRUJAMBE_2017 },
  );
  return applyPlanToSnapshot({ sheets: [] }, plan);
}

/** A workbook whose cells can be changed by A1 address (a deep copy of `wb`). */
export class EditableWorkbook {
  private readonly sheets: { name: string; rows: CellValue[][] }[];

  constructor(wb: WorkbookSnapshot) {
    this.sheets = wb.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  }

  private sheet(name: string): { name: string; rows: CellValue[][] } {
    const s = this.sheets.find((x) => x.name === name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Sets the cell at an A1 address, e.g. `set('PK', 'G7', 0)`. */
  set(sheet: string, address: string, value: CellValue): this {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (m === null) throw new Error(`bad address ${address}`);
    const rows = this.sheet(sheet).rows;
    const r = Number(m[2]) - 1;
    const c = columnNumber(m[1] ?? '') - 1;
    while (rows.length <= r) rows.push([]);
    const row = rows[r] as CellValue[];
    while (row.length <= c) row.push(null);
    row[c] = value;
    return this;
  }

  get(sheet: string, address: string): CellValue {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (m === null) throw new Error(`bad address ${address}`);
    return this.sheet(sheet).rows[Number(m[2]) - 1]?.[columnNumber(m[1] ?? '') - 1] ?? null;
  }

  /** Empties every cell of an Excel row. */
  clearRow(sheet: string, row: number): this {
    const rows = this.sheet(sheet).rows;
    const line = rows[row - 1];
    if (line !== undefined) rows[row - 1] = line.map(() => null);
    return this;
  }

  /** Appends a sheet with these rows (row 1 first). */
  addSheet(name: string, rows: readonly (readonly CellValue[])[]): this {
    this.sheets.push({ name, rows: rows.map((r) => [...r]) });
    return this;
  }

  removeSheet(name: string): this {
    this.sheets.splice(this.sheets.indexOf(this.sheet(name)), 1);
    return this;
  }

  snapshot(): WorkbookSnapshot {
    return { sheets: this.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })) };
  }
}

/** Runs one check on the valid tracker after `change` edits its data; `omit` leaves sheets out. */
export function runCheck(
  check: Check,
  change: (d: TrackerData) => void = () => undefined,
  omit: readonly string[] = [],
): Finding[] {
  const data = validTrackerData();
  change(data);
  return check(buildContext(toSnapshot(data, omit)));
}

/** A row of the tracker data, to edit in place (a missing row is a bug in the test). */
export function rowOf(d: TrackerData, id: SheetId, index: number): RowData {
  const row = d.tables[id]?.[index];
  if (row === undefined) throw new Error(`fixture has no ${id}[${index}]`);
  return row;
}
