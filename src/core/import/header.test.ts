import { headerMeaning, headerTokens, isHeaderToken, normaliseHeader } from './header';

describe('headers as real systems name them', () => {
  it.each([
    [['SASARAN'], 'sasaran'],
    [['TUJUAN/ SASARAN STRATEGIS'], 'sasaran'],
    [['Sasaran Perangkat daerah'], 'sasaran'],
    [['INDIKATOR KINERJA UTAMA'], 'indikator'],
    [['Indikator Kinerja Program (Outcome)/Kegiatan (Output)'], 'indikator'],
    [['indikator_kinerja_individu'], 'indikator'],
    [['TARGET'], 'target'],
    [['Target Tahun 2026'], 'target'],
    [['satuan'], 'satuan'],
    [['Kendala yg Dihadapi'], 'faktorPenghambat'],
    [['Solusi yg Telah Dilakukan'], 'upayaPerbaikan'],
    [['Link Bukti Dukung Kinerja'], 'buktiDukung'],
    [['ANGGARAN'], 'anggaran'],
    [['KET'], 'keterangan'],
  ] as const)('%j means %s', (path, concept) => {
    expect(headerMeaning(path)).toEqual({ concept, confidence: 0.9 });
  });

  it('takes quarters, months and the K/Rp part off the path', () => {
    expect(headerMeaning(['target_tw1'])).toEqual({ concept: 'targetTw', confidence: 0.9, quarter: 1 });
    expect(headerMeaning(['realisasi_tw4'])).toEqual({ concept: 'realisasiTw', confidence: 0.9, quarter: 4 });
    expect(headerMeaning(['Realisasi Kinerja dan Anggaran Triwulan', 'III', 'K'])).toEqual({
      concept: 'realisasiTw',
      confidence: 0.9,
      quarter: 3,
      part: 'kinerja',
    });
    expect(headerMeaning(['Realisasi Kinerja dan Anggaran Triwulan', 'II', 'Rp.'])).toEqual({
      concept: 'realisasiAnggaranTw',
      confidence: 0.9,
      quarter: 2,
      part: 'anggaran',
    });
    expect(headerMeaning(['Target Bulan', 'Maret'])).toEqual({
      concept: 'targetBulan',
      confidence: 0.9,
      month: 3,
    });
    expect(headerMeaning(['Target Kinerja dan Anggaran Renja Tahun 2026', 'Rp.'])).toEqual({
      concept: 'anggaran',
      confidence: 0.9,
      part: 'anggaran',
    });
  });

  it('reads a word of a longer label with less confidence, and nothing from a sentence', () => {
    expect(headerMeaning(['Indikator Kinerja Sasaran Strategis Daerah'])).toEqual({
      concept: 'indikator',
      confidence: 0.6,
    });
    expect(headerMeaning(['Catatan Evaluator Provinsi'])).toEqual({ concept: null, confidence: 0 });
  });

  it('normalises case, snake_case, spaces round a slash and the year', () => {
    expect(normaliseHeader('TUJUAN/ SASARAN STRATEGIS')).toBe('tujuan/sasaran strategis');
    expect(normaliseHeader('Target Tahun 2026 *')).toBe('target tahun');
    expect(normaliseHeader('kode_indikator')).toBe('kode indikator');
    expect(headerTokens(['Triwulan IV'])).toEqual({ rest: [], quarter: 4 });
    expect(isHeaderToken('Rp.')).toBe(true);
    expect(isHeaderToken('Desember')).toBe(true);
    expect(isHeaderToken('Meningkatnya mutu pendidikan')).toBe(false);
  });
});
