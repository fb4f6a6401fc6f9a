/**
 * A large synthetic tracker for benchmarks: every sheet of the contract, the 14 document
 * sheets and Data Kinerja with `rows` rows each, consistent like a real tracker (references
 * resolve, sums agree) with a defect in about one row in a thousand, so the checks do their
 * full work and find something. As a snapshot (for the core) and, through exceljs's streaming
 * writer, as an .xlsx file (for the readers). Reused by every benchmark figure.
 */
import ExcelJS from 'exceljs';
import { ALL_SHEETS, SCHEMAS } from '../src/core/schema/registry';
import { DEFAULT_ACTORS } from '../src/core/schema/sheets/sop';
import type { SheetId, SheetSchema } from '../src/core/schema/types';
import { SEED_BAGIAN } from '../src/core/seed/bagian';
import { SEED_DOCUMENTS } from '../src/core/seed/documents';
import { SEED_PENCATATAN, SEED_PERINGATAN } from '../src/core/seed/identitas';
import { ACTOR_MARK, SOP_STEPS } from '../src/core/seed/sop-steps';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';

type Row = Record<string, CellValue>;

export interface SyntheticOptions {
  /** Rows of each large sheet (the 14 document sheets and Data Kinerja). */
  readonly rows: number;
  /** One row in `defectEvery` carries a defect (0: none). */
  readonly defectEvery?: number;
}

export interface SyntheticTracker {
  readonly snapshot: WorkbookSnapshot;
  /** Data rows over all sheets. */
  readonly dataRows: number;
  /** Sheets with `rows` rows. */
  readonly largeSheets: number;
}

const TAHUN = 2017;
const pad = (i: number): string => String(i).padStart(6, '0');
const BAGIAN = SEED_BAGIAN.map((b) => b.kode);
const bagianOf = (i: number): string => BAGIAN[i % BAGIAN.length] ?? 'PERKEU';
const METODE = ['Kumulatif', 'Nilai Akhir', 'Rata-rata'] as const;

/** Quarterly targets whose aggregate by `metode` is `target`. */
function quarterTargets(metode: (typeof METODE)[number], target: number): [number, number, number, number] {
  if (metode === 'Kumulatif') return [target / 4, target / 4, target / 4, target / 4];
  if (metode === 'Nilai Akhir') return [target * 0.25, target * 0.5, target * 0.75, target];
  return [target - 1, target + 1, target - 2, target + 2];
}

function generateTables(n: number, defectEvery: number): Partial<Record<SheetId, Row[]>> {
  const defect = (i: number): boolean => defectEvery > 0 && i % defectEvery === defectEvery - 1;
  const t: Partial<Record<SheetId, Row[]>> = {};
  const ik = (i: number): string => `IK-${pad(i)}`;
  const prog = (i: number): string => `5.${pad(Math.floor(i / 2))}`;
  const pagu = (i: number): number => 50_000_000 + (Math.floor(i / 2) % 97) * 1_250_000;
  const satuan = (i: number): string => (i % 3 === 0 ? '%' : i % 3 === 1 ? 'nilai' : 'dokumen');
  const target = (i: number): number => 50 + (i % 50);
  const metode = (i: number): (typeof METODE)[number] => METODE[i % 3] ?? 'Kumulatif';
  const range = Array.from({ length: n }, (_, i) => i);

  t.bagian = SEED_BAGIAN.map((b) => ({ kode: b.kode, nama: b.nama, jenis: b.jenis }));
  t.sop = SOP_STEPS.map((s) => {
    const row: Row = {
      no: s.no,
      aktivitas: s.aktivitas,
      kelengkapan: s.kelengkapan,
      waktu: s.waktu,
      output: s.output,
      status: s.no <= 4 ? 'Selesai' : 'Belum',
      tanggalMulai: s.no <= 4 ? { kind: 'date', iso: `2018-01-${pad(s.no + 1).slice(-2)}` } : null,
      tanggalSelesai: s.no <= 4 ? { kind: 'date', iso: `2018-01-${pad(s.no + 2).slice(-2)}` } : null,
      waktuAktual: s.no <= 4 ? s.waktu : null,
      buktiSoft: s.no <= 4 ? `\\\\server\\sakip\\${s.no}.pdf` : null,
      buktiHard: s.no <= 4 ? 'Ya' : null,
    };
    for (const a of s.actors) row[`actor:${a}`] = ACTOR_MARK;
    return row;
  });
  t.dokumen = SEED_DOCUMENTS.map((d) => ({
    no: d.no,
    kode: d.kode,
    nama: d.nama.replace('{n}', String(TAHUN + d.yearOffset)),
    tahun: TAHUN + d.yearOffset,
    sheet: ALL_SHEETS.find((s) => s.kind === 'table' && s.documentCode === d.kode)?.name ?? null,
    bagianPenyedia: d.bagianPenyedia,
    status: 'Diverifikasi',
    tanggalDiterima: { kind: 'date', iso: '2018-01-11' },
    softCopy: `dokumen\\${d.kode}.pdf`,
    hardCopy: 'Ya',
  }));
  t.cascading = range.map((i) => ({
    kode: `C.${i}`,
    kodeInduk: i === 0 ? null : `C.${defect(i) ? 'X' : Math.floor((i - 1) / 4)}`,
    level: i === 0 ? 'Camat' : i < 5 ? 'Sekcam' : i < 21 ? 'Kasi/Kasubbag' : 'Staf',
    jabatan: `Jabatan ${i}`,
    sasaran: `Sasaran kinerja ${i}`,
    indikator: `Indikator kinerja ${i}`,
    satuan: satuan(i),
    target: target(i),
  }));
  t.skTim = range.map((i) => ({
    no: i + 1,
    kedudukan: i === 0 ? 'Pengarah' : 'Anggota',
    nama: `Pegawai ${i}`,
    nip: `1980${pad(i)}`,
    jabatan: `Jabatan ${i}`,
  }));
  t.iku = range.map((i) => ({
    kodeIndikator: ik(i),
    sasaran: `Sasaran strategis ${i % 40}`,
    indikator: `Indikator ${i}`,
    definisi: `Definisi indikator ${i}`,
    satuan: satuan(i),
    polaritas: i % 10 === 9 ? 'Negatif' : 'Positif',
    sumberData: 'Laporan bagian',
    penanggungJawab: defect(i) ? 'BAGIAN-X' : bagianOf(i),
  }));
  t.iki = range.map((i) => ({
    jabatan: `Jabatan ${i}`,
    nama: `Pegawai ${i}`,
    sasaran: `Sasaran ${i}`,
    indikator: `Indikator ${i}`,
    formula: 'Realisasi / target × 100%',
    satuan: satuan(i),
    target: defect(i) ? 'seratus' : target(i),
    sumberData: 'Laporan bagian',
    kodeAtasan: ik(i),
  }));
  t.renstra = range.map((i) => ({
    kodeIndikator: ik(i),
    tujuan: `Tujuan ${i % 5}`,
    sasaran: `Sasaran strategis ${i % 40}`,
    indikator: `Indikator ${i}`,
    satuan: satuan(i),
    kondisiAwal: target(i) - 5,
    target1: target(i) - 3,
    target2: target(i) - 2,
    target3: target(i) - 1,
    target4: target(i),
    target5: target(i) + 1,
    kondisiAkhir: target(i) + 1,
    penanggungJawab: bagianOf(i),
  }));
  const renja = (tahun: number): Row[] =>
    range.map((i) => ({
      tahun: defect(i) ? tahun - 1 : tahun,
      kodeIndikator: ik(i),
      sasaran: `Sasaran strategis ${i % 40}`,
      indikatorSasaran: `Indikator ${i}`,
      kodeProgram: `${prog(i)}.${i % 2}`,
      program: `Kegiatan ${i}`,
      indikatorKeluaran: `Keluaran ${i}`,
      satuan: 'dokumen',
      target: 12,
      pagu: pagu(i) / 2,
      penanggungJawab: bagianOf(i),
    }));
  t.renja = renja(TAHUN);
  t.renjaBerikut = renja(TAHUN + 1);
  t.pk = range.map((i) => ({
    kodeIndikator: ik(i),
    sasaran: `Sasaran strategis ${i % 40}`,
    indikator: `Indikator ${i}`,
    satuan: satuan(i),
    polaritas: i % 10 === 9 ? 'Negatif' : 'Positif',
    metode: metode(i),
    target: target(i),
    kodeProgram: prog(i),
    program: `Program ${Math.floor(i / 2)}`,
    anggaran: pagu(i),
    penanggungJawab: bagianOf(i),
  }));
  t.pkIndividu = range.map((i) => ({
    jabatan: `Jabatan ${i % 200}`,
    nama: `Pegawai ${i % 200}`,
    kodeIndikator: `PKI-${pad(i)}`,
    sasaran: `Sasaran ${i}`,
    indikator: `Indikator ${i}`,
    satuan: satuan(i),
    target: target(i),
    kodeAtasan: ik(i),
    anggaran: 10_000_000,
  }));
  t.renaksi = range.map((i) => {
    const [q1, q2, q3, q4] = quarterTargets(metode(i), target(i));
    return {
      kodeIndikator: ik(i),
      rencanaAksi: `Rencana aksi ${i}`,
      satuan: satuan(i),
      targetTw1: q1,
      targetTw2: q2,
      targetTw3: q3,
      targetTw4: defect(i) ? q4 + 1 : q4,
      penanggungJawab: bagianOf(i),
    };
  });
  t.renaksiBerikut = t.renaksi.map((r) => ({ ...r }));
  t.dpa = range.map((i) => ({
    kodeProgram: `5.${pad(i)}`,
    program: `Program ${i}`,
    indikatorKeluaran: `Keluaran ${i}`,
    satuan: 'dokumen',
    target: 12,
    pagu: pagu(i * 2),
    realisasiTw1: pagu(i * 2) * 0.2,
    realisasiTw2: pagu(i * 2) * 0.25,
    realisasiTw3: pagu(i * 2) * 0.25,
    realisasiTw4: pagu(i * 2) * 0.2,
    sumberDana: 'APBD',
  }));
  t.renaksiIndividu = range.map((i) => ({
    jabatan: `Jabatan ${i % 200}`,
    nama: `Pegawai ${i % 200}`,
    kodeAtasan: `PKI-${pad(i)}`,
    rencanaAksi: `Aksi ${i}`,
    satuan: satuan(i),
    targetTw1: 1,
    targetTw2: 2,
    targetTw3: 3,
    targetTw4: 4,
  }));
  t.lkjip = range.map((i) => ({
    tahun: 2014 + (i % 3),
    kodeIndikator: ik(i),
    indikator: `Indikator ${i}`,
    satuan: satuan(i),
    target: target(i),
    realisasi: target(i) + 1,
    capaian: ((target(i) + 1) / target(i)) * 100,
  }));
  t.dataKinerja = range.map((i) => {
    const quarters = quarterTargets(metode(i), target(i)).map((q) => q * 1.02);
    return {
      bagian: bagianOf(i),
      kodeIndikator: ik(i),
      indikator: `Indikator ${i}`,
      satuan: satuan(i),
      target: target(i),
      realisasiTw1: quarters[0] ?? null,
      realisasiTw2: quarters[1] ?? null,
      realisasiTw3: quarters[2] ?? null,
      realisasiTw4: defect(i) ? null : (quarters[3] ?? null),
      faktorPendukung: 'Dukungan pimpinan',
      faktorPenghambat: 'Keterbatasan anggaran',
      upayaPerbaikan: 'Koordinasi lebih intensif',
      buktiDukung: `bukti\\${ik(i)}.pdf`,
      statusData: 'Final',
    };
  });
  return t;
}

/** Header labels of a table sheet as the tracker writes them (SOP actors after Aktivitas), with the row keys. */
function headerOf(schema: SheetSchema): { keys: string[]; labels: string[] } {
  const keys: string[] = [];
  const labels: string[] = [];
  if (schema.kind !== 'table') return { keys, labels };
  for (const c of schema.columns) {
    keys.push(c.key);
    labels.push(c.required === true ? `${c.label} *` : c.label);
    if (schema.actorColumnsAfter === c.key) {
      for (const a of DEFAULT_ACTORS) {
        keys.push(`actor:${a}`);
        labels.push(a);
      }
    }
  }
  return { keys, labels };
}

const TITLE_ROWS = 4;

export function syntheticTracker(options: SyntheticOptions): SyntheticTracker {
  const n = options.rows;
  // One string per distinct text, as an xlsx reader gives them (the file's shared strings).
  const pool = new Map<string, string>();
  const shared = (v: CellValue): CellValue => {
    if (typeof v !== 'string') return v;
    const known = pool.get(v);
    if (known !== undefined) return known;
    pool.set(v, v);
    return v;
  };
  const tables = generateTables(n, options.defectEvery ?? 1000);
  const sheets: SheetSnapshot[] = [];
  let dataRows = 0;
  for (const schema of ALL_SHEETS) {
    if (schema.kind === 'keyvalue') {
      const values: Row =
        schema.id === 'pengaturan'
          ? {
              namaUnit: 'Kecamatan Sintetis',
              kabupaten: 'Lumajang',
              tahunLaporan: TAHUN,
              triwulanBerjalan: 4,
              tahunAwalRenstra: 2014,
              rumusNegatif: '(2*Target-Realisasi)/Target',
              batasSangatTinggi: 91,
              batasTinggi: 76,
              batasSedang: 66,
              batasRendah: 51,
            }
          : {
              namaSop: 'SOP Pengumpulan Data Kinerja',
              peringatan: SEED_PERINGATAN,
              pencatatan: SEED_PENCATATAN,
            };
      sheets.push({
        name: schema.name,
        rows: [
          [schema.title],
          [schema.instruction],
          ['Isian', 'Nilai'],
          ...schema.fields.map((f) => [f.label, values[f.key] ?? null]),
        ],
      });
      continue;
    }
    const { keys, labels } = headerOf(schema);
    const rows = tables[schema.id] ?? [];
    dataRows += rows.length;
    sheets.push({
      name: schema.name,
      rows: [
        [schema.title],
        ['Kecamatan Sintetis · Tahun 2017'],
        [schema.instruction],
        [],
        labels,
        ...rows.map((r) => keys.map((k) => shared(r[k] ?? null))),
      ],
    });
  }
  const largeSheets = Object.values(SCHEMAS).filter(
    (s) => s.kind === 'table' && (tables[s.id]?.length ?? 0) === n,
  ).length;
  return { snapshot: { sheets }, dataRows, largeSheets };
}

/** The header row's Excel number (rows above it are titles). */
export const SYNTHETIC_HEADER_ROW = TITLE_ROWS + 1;

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object') return v;
  switch (v.kind) {
    case 'date':
      return new Date(`${v.iso.slice(0, 10)}T00:00:00Z`);
    case 'error':
      return { error: v.code as ExcelJS.CellErrorValue['error'] };
    case 'percent':
      return v.value;
  }
}

/** Writes a snapshot as .xlsx with exceljs's streaming writer (dates with a date format, so readers see dates). */
export async function writeSnapshotXlsx(snapshot: WorkbookSnapshot, filename: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: true });
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cells of sheet.rows) {
      const row = ws.addRow(cells.map(excelValue));
      cells.forEach((v, c) => {
        if (v !== null && typeof v === 'object' && v.kind === 'date')
          row.getCell(c + 1).numFmt = 'dd/mm/yyyy';
        if (v !== null && typeof v === 'object' && v.kind === 'percent') row.getCell(c + 1).numFmt = '0.00%';
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
