/**
 * For tests only: three small kecamatan trackers whose rekap figures are computed by hand in
 * the tests, a fourth of another year, and a plan that writes any snapshot into a new workbook.
 *
 *   Alpha  (2×T−R)/T   IKU-01 80/100 → 80      IKU-02 neg. T 10 R 12 → 80   IKU-03 80/80 → 100
 *   Beta   T/R         iku-01 100/100 → 100    IKU-02 neg. T 10 R 8 → 125   (no IKU-03)  IKU-09 5/10 → 50
 *   Gamma  (2×T−R)/T   K1 (by name) 40/50 → 80 IKU-02 neg. T 10 R 15 → 50   K3 (by name) 65/80 → 81,25
 *   pagu / realisasi: Alpha 200 / 150 jt, Beta 100 / 80 jt, Gamma 50 / 45 jt
 */
import { inlineSnapshot } from '../lakip/plan-snapshot.test-helper';
import { FORMAT } from '../layout/formats';
import type { WriteOp, WritePlan } from '../plan/plan';
import type { CellValue, WorkbookSnapshot } from '../snapshot';

type Row = Readonly<Record<string, CellValue>>;

function indicator(
  kode: string,
  indikator: string,
  polaritas: 'Positif' | 'Negatif',
  metode: 'Kumulatif' | 'Nilai Akhir' | 'Rata-rata',
  target: number,
): Row {
  return {
    kodeIndikator: kode,
    sasaran: 'Meningkatnya kualitas pelayanan publik',
    indikator,
    satuan: '%',
    polaritas,
    metode,
    target,
    kodeProgram: 'P01',
    program: 'Program Pelayanan Administrasi',
    anggaran: 1000000,
    penanggungJawab: 'PEM',
  };
}

function data(kode: string, tw: readonly [number, number, number, number]): Row {
  return {
    bagian: 'PEM',
    kodeIndikator: kode,
    realisasiTw1: tw[0],
    realisasiTw2: tw[1],
    realisasiTw3: tw[2],
    realisasiTw4: tw[3],
  };
}

function dpa(pagu: number, tw: readonly [number, number, number, number]): Row {
  return {
    kodeProgram: 'P01',
    program: 'Program Pelayanan Administrasi',
    indikatorKeluaran: 'Dokumen',
    satuan: 'dokumen',
    target: 1,
    pagu,
    realisasiTw1: tw[0],
    realisasiTw2: tw[1],
    realisasiTw3: tw[2],
    realisasiTw4: tw[3],
  };
}

const date = (iso: string): CellValue => ({ kind: 'date', iso });

export function alpha(): WorkbookSnapshot {
  return inlineSnapshot({
    pengaturan: { namaUnit: 'Kecamatan Alpha', rumusNegatif: '(2*Target-Realisasi)/Target' },
    tables: {
      pk: [
        indicator('IKU-01', 'Persentase pelayanan KTP-el', 'Positif', 'Kumulatif', 100),
        indicator('IKU-02', 'Angka kemiskinan', 'Negatif', 'Nilai Akhir', 10),
        indicator('IKU-03', 'Indeks kepuasan masyarakat', 'Positif', 'Rata-rata', 80),
      ],
      dataKinerja: [
        data('IKU-01', [20, 20, 20, 20]),
        data('IKU-02', [13, 13, 12, 12]),
        data('IKU-03', [80, 80, 80, 80]),
      ],
      dpa: [dpa(200000000, [40000000, 40000000, 40000000, 30000000])],
      sop: [
        { no: 1, aktivitas: 'Rapat persiapan', status: 'Selesai', tanggalSelesai: date('2018-01-05') },
        { no: 2, aktivitas: 'Menyusun format', status: 'Selesai', tanggalSelesai: date('2018-01-12') },
        { no: 3, aktivitas: 'Mengumpulkan data', status: 'Proses' },
      ],
      dokumen: [
        { no: 1, kode: 'RENSTRA', nama: 'Renstra', status: 'Diverifikasi' },
        { no: 2, kode: 'PK', nama: 'Perjanjian Kinerja', status: 'Diterima' },
        { no: 3, kode: 'DPA', nama: 'DPA', status: 'Belum Ada' },
      ],
    },
  });
}

export function beta(): WorkbookSnapshot {
  return inlineSnapshot({
    pengaturan: { namaUnit: 'Kecamatan Beta', rumusNegatif: 'Target/Realisasi' },
    tables: {
      pk: [
        // The kode as typed differently (case, spaces, a zero-width space): still IKU-01.
        indicator(' iku-01\u200B ', 'Persentase pelayanan KTP elektronik', 'Positif', 'Kumulatif', 100),
        indicator('IKU-02', 'Angka kemiskinan', 'Negatif', 'Nilai Akhir', 10),
        indicator('IKU-09', 'Jumlah desa tertib administrasi', 'Positif', 'Kumulatif', 10),
      ],
      dataKinerja: [
        data('iku-01', [25, 25, 25, 25]),
        data('IKU-02', [8, 8, 8, 8]),
        data('IKU-09', [1, 1, 1, 2]),
      ],
      dpa: [dpa(100000000, [20000000, 20000000, 20000000, 20000000])],
      sop: [
        { no: 1, aktivitas: 'Rapat persiapan', status: 'Selesai', tanggalSelesai: date('2018-01-20') },
        { no: 2, aktivitas: 'Menyusun format', status: 'Proses' },
      ],
      dokumen: [
        { no: 1, kode: 'RENSTRA', nama: 'Renstra', status: 'Diverifikasi' },
        { no: 2, kode: 'PK', nama: 'Perjanjian Kinerja', status: 'Diverifikasi' },
        { no: 3, kode: 'DPA', nama: 'DPA', status: 'Diterima' },
      ],
    },
  });
}

export function gamma(): WorkbookSnapshot {
  return inlineSnapshot({
    pengaturan: { namaUnit: 'Kecamatan Gamma', rumusNegatif: '(2*Target-Realisasi)/Target' },
    tables: {
      pk: [
        // Other codes: matched by the name (case, spaces, punctuation ignored).
        indicator('K1', 'persentase  Pelayanan (KTP el).', 'Positif', 'Kumulatif', 50),
        indicator('IKU-02', 'Angka kemiskinan', 'Negatif', 'Nilai Akhir', 10),
        indicator('K3', 'Indeks Kepuasan Masyarakat', 'Positif', 'Rata-rata', 80),
      ],
      dataKinerja: [
        data('K1', [10, 10, 10, 10]),
        data('IKU-02', [15, 15, 15, 15]),
        data('K3', [60, 60, 70, 70]),
      ],
      dpa: [dpa(50000000, [10000000, 10000000, 10000000, 15000000])],
      sop: [{ no: 1, aktivitas: 'Rapat persiapan', status: 'Belum' }],
      dokumen: [{ no: 1, kode: 'RENSTRA', nama: 'Renstra', status: 'Draf' }],
    },
  });
}

/** Kecamatan Delta, Tahun Laporan 2016: not summarised with the 2017 trackers. */
export function delta2016(): WorkbookSnapshot {
  return inlineSnapshot({
    pengaturan: { namaUnit: 'Kecamatan Delta', tahunLaporan: 2016 },
    tables: {
      pk: [indicator('IKU-01', 'Persentase pelayanan KTP-el', 'Positif', 'Kumulatif', 100)],
      dataKinerja: [data('IKU-01', [25, 25, 25, 25])],
    },
  });
}

/** A plan that writes every cell of `snapshot` into a new workbook (dates with a date format). */
export function snapshotPlan(snapshot: WorkbookSnapshot): WritePlan {
  const ops: WriteOp[] = [];
  for (const sheet of snapshot.sheets) {
    ops.push({ op: 'ensureSheet', sheet: sheet.name });
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const values = sheet.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    if (values.length === 0) continue;
    ops.push({
      op: 'setValues',
      sheet: sheet.name,
      row: 1,
      col: 1,
      values,
      numberFormats: values.map((r) =>
        r.map((v) => (typeof v === 'object' && v !== null && v.kind === 'date' ? FORMAT.dateShort : null)),
      ),
    });
  }
  return { ops, notes: [] };
}
