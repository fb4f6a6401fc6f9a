import type { SheetSnapshot } from '../snapshot';
import { detectTables } from './detect';
import {
  ESAKIP_TRIWULAN,
  LONG_TRIWULAN,
  PK_WORD,
  POHON_PROGRAM,
  RENAKSI_BULANAN,
  RENJA_EVALUASI,
  sourceSnapshot,
  type SourceFixture,
} from './fixtures.test-helper';
import { proposeMapping, type TableCorrection, type TableProposal } from './mapping';

function proposals(f: SourceFixture, correction?: TableCorrection): TableProposal[] {
  const sheet = sourceSnapshot(f).sheets[0] as SheetSnapshot;
  return detectTables(sheet).map((t) => proposeMapping(sheet, t, correction));
}

/** The mapped columns: letter → tracker header label. */
function mapped(p: TableProposal | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of p?.columns ?? []) if (c.fieldLabel !== null) out[c.column.letter] = c.fieldLabel;
  return out;
}

describe('proposeMapping: the expected mapping of each layout', () => {
  it('Renja evaluation form → DPA: code, program, indicator, K target, Rp pagu and the four Rp realisasi', () => {
    const [p] = proposals(RENJA_EVALUASI);
    expect(p?.target).toBe('dpa');
    expect(mapped(p)).toEqual({
      C: 'Kode Program/Kegiatan',
      D: 'Program/Kegiatan',
      E: 'Indikator Keluaran',
      F: 'Satuan',
      G: 'Target',
      H: 'Pagu (Rp)',
      J: 'Realisasi TW I (Rp)',
      L: 'Realisasi TW II (Rp)',
      N: 'Realisasi TW III (Rp)',
      P: 'Realisasi TW IV (Rp)',
    });
    // The K realisasi has no column in DPA: said, not silently dropped.
    expect(p?.columns.find((c) => c.column.letter === 'I')?.note).toBe(
      'sheet DPA tidak punya kolom untuk ini',
    );
    expect(p?.columns.find((c) => c.column.letter === 'J')?.confidence).toBe(0.9);
  });

  it('e-SAKIP quarterly template → Data Kinerja, the e-SAKIP names of the explanation columns included', () => {
    const [p] = proposals(ESAKIP_TRIWULAN);
    expect(p?.target).toBe('dataKinerja');
    expect(mapped(p)).toEqual({
      B: 'Kode Indikator',
      D: 'Indikator',
      E: 'Satuan',
      F: 'Target',
      K: 'Realisasi TW I',
      L: 'Realisasi TW II',
      M: 'Realisasi TW III',
      N: 'Realisasi TW IV',
      O: 'Faktor Penghambat',
      P: 'Upaya Perbaikan',
      Q: 'Bukti Dukung',
    });
    expect(p?.columns.find((c) => c.column.letter === 'K')?.evidence).toEqual({
      numbers: 3,
      texts: 0,
      blanks: 0,
      empty: 0,
      codes: 0,
    });
  });

  it('monthly Rencana Aksi → Rencana Aksi: three months per quarter', () => {
    const [p] = proposals(RENAKSI_BULANAN);
    expect(p?.target).toBe('renaksi');
    expect(mapped(p)).toEqual({
      B: 'Kode Indikator',
      C: 'Rencana Aksi',
      D: 'Satuan',
      F: 'Target TW I',
      G: 'Target TW I',
      H: 'Target TW I',
      I: 'Target TW II',
      J: 'Target TW II',
      K: 'Target TW II',
      L: 'Target TW III',
      M: 'Target TW III',
      N: 'Target TW III',
      O: 'Target TW IV',
      P: 'Target TW IV',
      Q: 'Target TW IV',
      R: 'Penanggung Jawab',
    });
    expect(p?.columns.filter((c) => c.month !== undefined).map((c) => c.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it('PK from Word → PK for the indicators, DPA for the programs (their codes are in the names)', () => {
    const [indicators, programs] = proposals(PK_WORD);
    expect(indicators?.target).toBe('pk');
    expect(mapped(indicators)).toEqual({ B: 'Sasaran Strategis', C: 'Indikator Kinerja', D: 'Target' });
    expect(programs?.target).toBe('dpa');
    expect(mapped(programs)).toEqual({ B: 'Program/Kegiatan', C: 'Pagu (Rp)' });
    expect(programs?.scores.slice(0, 2)).toEqual([
      { target: 'dpa', score: 3.2 },
      { target: 'renja', score: 2.7 },
    ]);
  });

  it('a long table → Data Kinerja, the realisasi by the Triwulan column', () => {
    const [p] = proposals(LONG_TRIWULAN);
    expect(p?.target).toBe('dataKinerja');
    expect(mapped(p)).toEqual({
      A: 'Kode Indikator',
      B: 'Indikator',
      C: 'Satuan',
      D: 'Target',
      F: 'Realisasi TW (menurut kolom triwulan)',
    });
    expect(p?.columns.find((c) => c.column.letter === 'E')?.isQuarterColumn).toBe(true);
    expect(p?.columns.find((c) => c.column.letter === 'F')?.quarterFromColumn).toBe(true);
  });

  it('a program tree with codes in the names → DPA', () => {
    const [p] = proposals(POHON_PROGRAM);
    expect(p?.target).toBe('dpa');
    expect(mapped(p)).toEqual({
      A: 'Program/Kegiatan',
      B: 'Indikator Keluaran',
      C: 'Satuan',
      D: 'Target',
      E: 'Pagu (Rp)',
    });
    expect(p?.columns[0]?.evidence.codes).toBe(4);
  });
});

describe('proposeMapping: corrections', () => {
  it('takes the user’s target and fields (by key or by header label), and a column left out', () => {
    const [p] = proposals(PK_WORD, {
      sheet: 'PK 2026',
      headerRow: 38,
      target: 'iku',
      columns: { A: 'Kode Indikator', B: null, C: 'indikator' },
    });
    expect(p?.target).toBe('iku');
    expect(p?.corrected).toBe(true);
    expect(mapped(p)).toEqual({ A: 'Kode Indikator', C: 'Indikator Kinerja' });
    expect(p?.columns.find((c) => c.column.letter === 'A')?.confidence).toBe(1);
    expect(p?.columns.find((c) => c.column.letter === 'B')?.note).toBe('koreksi pengguna');
    expect(p?.columns.find((c) => c.column.letter === 'D')?.note).toBe(
      'sheet IKU tidak punya kolom untuk ini',
    );
  });

  it('names a field the target sheet does not have', () => {
    const [p] = proposals(LONG_TRIWULAN, { sheet: 'Realisasi', columns: { G: 'Keterangan Lain' } });
    expect(p?.columns.find((c) => c.column.letter === 'G')?.note).toBe(
      'kolom "Keterangan Lain" tidak ada di sheet Data Kinerja',
    );
  });
});
