/**
 * For tests only: a tracker whose PK names no program (Kode Program/Kegiatan, Program/Kegiatan
 * and Anggaran left empty on every indicator row) and a DPA with two programs, and the same PK
 * with its program table typed below the indicators, as signed PKs are laid out.
 *
 * PK (Nilai Akhir, positive): IK-01 target 100, realisasi TW IV 90 → capaian 90 / 100 × 100 = 90 %;
 * IK-02 target 80, realisasi TW IV 80 → 100 %.
 * DPA: P1 Program Pelayanan Administrasi, pagu 150.000.000, realisasi 4 × 30.000.000 =
 * 120.000.000 (serapan 80 %), APBD; P2 Program Dekonsentrasi Wilayah, pagu 50.000.000,
 * realisasi 10 + 10 + 10 + 15 juta = 45.000.000 (serapan 90 %), APBN Dekonsentrasi.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { inlineSnapshot } from './plan-snapshot';

export const P1 = 'Program Pelayanan Administrasi';
export const P2 = 'Program Dekonsentrasi Wilayah';

function pk(kode: string, target: number): Record<string, CellValue> {
  return {
    kodeIndikator: kode,
    sasaran: 'Sasaran Uji',
    indikator: `Indikator ${kode}`,
    satuan: '%',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target,
    penanggungJawab: 'PEM',
  };
}

function dk(kode: string, tw4: number): Record<string, CellValue> {
  return {
    bagian: 'PEM',
    kodeIndikator: kode,
    realisasiTw1: tw4,
    realisasiTw2: tw4,
    realisasiTw3: tw4,
    realisasiTw4: tw4,
    faktorPendukung: 'Ada',
    faktorPenghambat: 'Ada',
    upayaPerbaikan: 'Ada',
  };
}

function renaksi(kode: string, target: number): Record<string, CellValue> {
  return {
    kodeIndikator: kode,
    rencanaAksi: `Aksi ${kode}`,
    satuan: '%',
    targetTw1: target,
    targetTw2: target,
    targetTw3: target,
    targetTw4: target,
    penanggungJawab: 'PEM',
  };
}

/** The tracker of the file's comment: the PK names no program. */
export function pkWithoutProgramsSnapshot(pengaturan: Record<string, CellValue> = {}): WorkbookSnapshot {
  return inlineSnapshot({
    pengaturan,
    tables: {
      bagian: [{ kode: 'PEM', nama: 'Seksi Pemerintahan', jenis: 'Seksi' }],
      pk: [pk('IK-01', 100), pk('IK-02', 80)],
      renaksi: [renaksi('IK-01', 100), renaksi('IK-02', 80)],
      dataKinerja: [dk('IK-01', 90), dk('IK-02', 80)],
      dpa: [
        {
          kodeProgram: 'P1',
          program: P1,
          indikatorKeluaran: 'Layanan administrasi',
          satuan: 'Dokumen',
          target: 12,
          pagu: 150_000_000,
          realisasiTw1: 30_000_000,
          realisasiTw2: 30_000_000,
          realisasiTw3: 30_000_000,
          realisasiTw4: 30_000_000,
          sumberDana: 'APBD',
        },
        {
          kodeProgram: 'P2',
          program: P2,
          indikatorKeluaran: 'Kegiatan dekonsentrasi',
          satuan: 'Kegiatan',
          target: 4,
          pagu: 50_000_000,
          realisasiTw1: 10_000_000,
          realisasiTw2: 10_000_000,
          realisasiTw3: 10_000_000,
          realisasiTw4: 15_000_000,
          sumberDana: 'APBN Dekonsentrasi',
        },
      ],
    },
  });
}

/** The snapshot with rows appended to its PK sheet (Excel rows follow the PK's last row). */
export function withPkRows(wb: WorkbookSnapshot, rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s): SheetSnapshot =>
      s.name === 'PK' ? { name: s.name, rows: [...s.rows, ...rows] } : s,
    ),
  };
}

/**
 * The PK of the file's comment with its program table below the indicators: rows 1–3 the
 * indicators, row 4 blank, row 5 the second header (Program/Kegiatan, Anggaran (Rp),
 * Keterangan in A–C, no Kode column: programs found in the DPA by name), rows 6–7 the programs:
 * P1 150.000.000 with no Keterangan (the DPA's APBD is shown), P2 55.000.000 (the DPA says
 * 50.000.000) with Keterangan "Dana Dekonsentrasi".
 */
export function pkWithProgramTableSnapshot(): WorkbookSnapshot {
  return withPkRows(pkWithoutProgramsSnapshot(), [
    [],
    ['Program/Kegiatan', 'Anggaran (Rp)', 'Keterangan'],
    [P1, 150_000_000, null],
    [P2, 55_000_000, 'Dana Dekonsentrasi'],
  ]);
}
