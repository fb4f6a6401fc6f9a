/**
 * One typed detail per finding code, for tests that make a finding of every code (the message
 * table, the Temuan sheet). The values are plausible for the sample tracker, not computed.
 */
import type { FindingCode, FindingDetails, FindingOf, Finding } from '../../src/core/findings/finding';
import { defaultSeverity } from '../../src/core/findings/finding';

export const SAMPLE_DETAILS: { readonly [C in FindingCode]: FindingDetails[C] } = {
  'sheet/missing': undefined,
  'sheet/empty': { dokumen: 'PK', status: 'Belum Ada' },
  'column/missing': { problem: 'header' },
  'column/duplicate': { firstCell: 'E5' },
  'cell/required': undefined,
  'cell/type': undefined,
  'cell/number-as-text': { kind: 'number', number: 12.5 },
  'cell/choice': undefined,
  'cell/range': undefined,
  'cell/date-range': { tahunLaporan: 2017, year: 2007 },
  'cell/formula-error': undefined,
  'cell/formula-text': undefined,
  'row/duplicate-key': { firstRow: 6, columns: ['Kode Indikator'], key: ['IKU-01'] },
  'ref/unknown': { targets: [{ sheet: 'IKU', column: 'Kode Indikator' }] },
  'ref/uncovered': { missingIn: 'Data Kinerja', coveredBy: 'dataKinerja' },
  'ref/mismatch': { field: 'Satuan', otherSheet: 'IKU', otherCell: 'E6' },
  'sum/mismatch': { rule: 'realisasi-pagu', expected: 1000000, actual: 1250000, paguCell: 'D6' },
  'calc/undefined': { reason: 'target-nol' },
  'calc/overflow': { reason: 'realisasi' },
  'calc/isian-realisasi': {
    reason: 'naik-melampaui-target',
    kode: 'IK-01',
    indikator: 'Persentase layanan administrasi selesai tepat waktu',
    isian: 'Per Triwulan',
    lain: 'Kumulatif s.d. Triwulan',
    metode: 'Kumulatif',
    target: 120,
    realisasi: 195,
    realisasiLain: 70,
    capaian: 162.5,
    capaianLain: 58.33,
  },
  'calc/kategori': { problem: 'too-few', bands: 1 },
  'cell/ratio-incomplete': { kode: 'IK-05', quarter: 2, missing: 'penyebut' },
  'calc/ratio-mismatch': {
    kode: 'IK-05',
    quarter: 1,
    typed: 85,
    pembilang: 10,
    penyebut: 12,
    computed: 83.3333333333333,
  },
  'calc/ratio-unlabelled': { kode: 'IK-05', missing: 'keduanya', dataSheet: 'Data Kinerja', dataRow: 6 },
  'analysis/missing': { capaian: 0.8, missing: ['Faktor Penghambat'] },
  'sop/no-actor': { actors: ['Camat', 'Sekcam'] },
  'sop/duplicate-step': { firstRow: 9, firstNo: 1 },
  'sop/out-of-order': { earlierRow: 9, earlierNo: 1 },
  'sop/over-time': { standard: 60, actual: 90 },
  'sop/date-order': { mulai: '10/01/2018', mulaiCell: 'K12', tahunLaporan: 2017 },
  'sop/missing-evidence': { missing: 'soft+hard', aturan: 'Setiap tahap terdokumentasi' },
  'sop/incomplete': {
    selesai: 4,
    total: 13,
    peringatan: 'Bila SOP tidak diselesaikan, pelaporan akan terhambat.',
  },
  'doc/missing': { listed: true, nama: 'IKI Tahun 2017' },
  'doc/no-evidence': { missing: 'hard', status: 'Diterima' },
};

/** A finding of `code` on `sheet` with the code's sample detail (none when the code has none). */
export function sampleFinding<C extends FindingCode>(
  code: C,
  base: Omit<Partial<FindingOf<C>>, 'code' | 'detail'> & { sheet: string },
): Finding {
  const detail = SAMPLE_DETAILS[code];
  return {
    severity: defaultSeverity(code),
    ...base,
    code,
    ...(detail !== undefined ? { detail } : {}),
  } as Finding;
}
