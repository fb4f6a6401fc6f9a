/**
 * An A/B indicator through SOP steps 2–3: the PK names IK-04's Pembilang and Penyebut
 * (PATEN files finished on time ÷ files received; Rata-rata, target 95, bagian PELAYANAN), the
 * format carries the names and the two numbers per quarter, consolidation copies the numbers
 * into Data Kinerja (adding its columns) and the tables compute from them:
 * A 10, 12, 11, 12 (ΣA 45), B 12, 13, 12, 13 (ΣB 50) → 45 ÷ 50 × 100 = 90;
 * capaian 90 ÷ 95 × 100 = 94,7368421052632 %.
 */
import { computeLakip } from '../lakip/compute-lakip';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { readTable } from '../read/read-table';
import { findSchemaSheet } from '../read/tracker';
import { SCHEMAS } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';
import { validateTracker } from '../validate/validate';
import {
  dataKinerjaOf,
  fillFormat,
  sampleValues,
  setCell,
  text,
  trackerWithoutData,
} from '../../../test/support/format-fixtures';
import { consolidate } from './consolidate';
import { describeConsolidation } from './describe';
import { buildFormatPlan } from './format-plan';
import { validateFormatFile } from './validate-format';

const PEMBILANG = 'Jumlah berkas PATEN selesai tepat waktu';
const PENYEBUT = 'Jumlah berkas PATEN masuk';

/**
 * The sample tracker without Data Kinerja rows, where the Sekcam has typed the headers
 * Pembilang and Penyebut right of the PK's last column and IK-04's two names below them.
 */
function tracker(): WorkbookSnapshot {
  let wb = trackerWithoutData();
  const sheet = findSchemaSheet(wb, SCHEMAS.pk);
  if (sheet === undefined) throw new Error('no PK');
  const pk = readTable(sheet, SCHEMAS.pk);
  const row = pk.rows.find((r) => r.raw.get('kodeIndikator') === 'IK-04');
  if (row === undefined || pk.headerRow === null) throw new Error('no IK-04');
  const a = pk.lastHeaderCol + 2; // 1-based: the first column right of the header
  wb = setCell(wb, sheet.name, pk.headerRow, a, 'Pembilang');
  wb = setCell(wb, sheet.name, pk.headerRow, a + 1, 'Penyebut');
  wb = setCell(wb, sheet.name, row.excelRow, a, PEMBILANG);
  return setCell(wb, sheet.name, row.excelRow, a + 1, PENYEBUT);
}

const NUMBERS = {
  realisasiTw1: null,
  realisasiTw2: null,
  realisasiTw3: null,
  realisasiTw4: null,
  pembilangTw1: 10,
  penyebutTw1: 12,
  pembilangTw2: 12,
  penyebutTw2: 13,
  pembilangTw3: 11,
  penyebutTw3: 12,
  pembilangTw4: 12,
  penyebutTw4: 13,
};

describe('an A/B indicator from the format to the LAKIP table', () => {
  const wb = tracker();
  const made = buildFormatPlan(wb, 'PELAYANAN', '2018-01-08T09:00:00');
  const format = applyPlanToSnapshot({ sheets: [] }, made.plan);
  const SAMPLE = sampleValues();
  const filled = fillFormat(
    format,
    new Map([
      ['IK-01', SAMPLE.get('IK-01') ?? {}],
      [
        'IK-04',
        {
          ...SAMPLE.get('IK-04'),
          ...NUMBERS,
          // 94,74 % is below 100 %: the analysis is asked for.
          faktorPenghambat: 'Berkas masuk menumpuk di akhir triwulan',
          upayaPerbaikan: 'Penambahan petugas loket',
        },
      ],
    ]),
  );
  const result = consolidate(wb, [{ name: made.fileName, snapshot: filled }], '2018-01-15T09:30:00');
  const after = applyPlanToSnapshot(wb, result.plan);

  test('the format has the PK names (grey) and Pembilang/Penyebut of each quarter beside the Realisasi columns', () => {
    const sheet = findSchemaSheet(format, SCHEMAS.dataKinerja);
    const header = sheet?.rows[4]?.map(text) ?? [];
    expect(header).toEqual([
      'Bagian *',
      'Kode Indikator *',
      'Indikator',
      'Satuan',
      'Target',
      'Polaritas',
      'Metode Agregasi',
      'Pembilang',
      'Penyebut',
      // No star: an A/B row may leave them empty when its two numbers are filled (the instruction says so).
      'Realisasi TW I',
      'Realisasi TW II',
      'Realisasi TW III',
      'Realisasi TW IV',
      'Pembilang TW I',
      'Penyebut TW I',
      'Pembilang TW II',
      'Penyebut TW II',
      'Pembilang TW III',
      'Penyebut TW III',
      'Pembilang TW IV',
      'Penyebut TW IV',
      'Faktor Pendukung',
      'Faktor Penghambat',
      'Upaya Perbaikan',
      'Bukti Dukung',
      'Status Data',
    ]);
    expect(text(sheet?.rows[2]?.[0])).toContain(
      'Untuk indikator yang punya Pembilang dan Penyebut (kolom abu-abu), isi kedua angkanya setiap triwulan; realisasinya dihitung Pembilang ÷ Penyebut × 100, jadi Realisasi TW boleh dikosongkan.',
    );
    // IK-01 (row 6) has no names; IK-04 (row 7) has the PK's.
    expect(sheet?.rows.slice(5, 7).map((r) => [text(r[1]), text(r[7]), text(r[8])])).toEqual([
      ['IK-01', '', ''],
      ['IK-04', PEMBILANG, PENYEBUT],
    ]);
    // The filled format validates clean: the empty Realisasi TW of IK-04 is not a missing value.
    expect(validateFormatFile(filled)).toMatchObject({ errors: 0, warnings: 0 });
  });

  test('consolidation copies the 8 numbers into Data Kinerja (adding its columns) and counts them', () => {
    expect(result.perSource.map((s) => [s.status, s.added, s.ratioCells])).toEqual([['merged', 2, 8]]);
    expect(describeConsolidation(result).sources).toEqual([
      `${made.fileName} (PELAYANAN): 2 baris digabung (2 baru, 0 diperbarui, 0 sudah sama); 8 angka pembilang/penyebut.`,
    ]);
    const row = dataKinerjaOf(after).rows.find((r) => r.raw.get('kodeIndikator') === 'IK-04');
    const keys = Object.keys(NUMBERS).filter((k) => !k.startsWith('realisasi'));
    expect(keys.map((k) => [k, row?.raw.get(k)])).toEqual(
      keys.map((k) => [k, NUMBERS[k as keyof typeof NUMBERS]]),
    );
    // Consolidating the same file again plans nothing.
    expect(
      consolidate(after, [{ name: made.fileName, snapshot: filled }], '2018-01-15T09:30:00').plan.ops,
    ).toEqual([]);
  });

  test('the tables compute IK-04 from the numbers and show them; validation raises nothing about it', () => {
    const capaian = computeLakip(after).tables.find((t) => t.id === 'capaian');
    const row = capaian?.sections[0]?.rows.find((r) => r.cells[2] === SAMPLE_IK04);
    expect([row?.cells[5], row?.cells[6], row?.note]).toEqual([
      90,
      94.7368421052632,
      `Realisasi = 45 ÷ 50 × 100 (${PEMBILANG} ÷ ${PENYEBUT}; jumlah TW I–TW IV).`,
    ]);
    const ik04Row = dataKinerjaOf(after).rows.find((r) => r.raw.get('kodeIndikator') === 'IK-04')?.excelRow;
    const about = validateTracker(after).findings.filter(
      (f) => f.sheet === 'Data Kinerja' && f.row === ik04Row,
    );
    expect(about.map((f) => f.code)).toEqual([]);
  });
});

const SAMPLE_IK04 =
  'Persentase pelayanan administrasi terpadu kecamatan (PATEN) yang diselesaikan tepat waktu';
