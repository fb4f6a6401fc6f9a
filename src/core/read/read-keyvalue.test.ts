import { SCHEMAS } from '../schema/registry';
import { readKeyValue } from './read-keyvalue';

describe('readKeyValue', () => {
  test('labels in column A (with *, any case), values in column B, title rows ignored', () => {
    const read = readKeyValue(
      {
        name: 'Pengaturan',
        rows: [
          ['Pengaturan Pelaporan Kinerja'],
          ['Isian', 'Nilai'],
          ['Nama Unit Kerja *', 'Kecamatan Pasrujambe'],
          ['tahun laporan', '2017'],
          ['Triwulan Berjalan*', 4],
          [],
          ['Batas Atas Capaian (%)', null],
        ],
      },
      SCHEMAS.pengaturan,
    );
    expect(read.fields.get('namaUnit')).toMatchObject({
      row: 3,
      parsed: { kind: 'ok', value: 'Kecamatan Pasrujambe' },
    });
    expect(read.fields.get('tahunLaporan')).toMatchObject({
      row: 4,
      parsed: { kind: 'ok', value: 2017, numberAsText: true },
    });
    expect(read.fields.get('batasAtasCapaian')?.parsed).toEqual({ kind: 'empty' });
    expect(read.missingFields.map((f) => f.key)).toContain('kabupaten');
    expect(read.missingFields.map((f) => f.key)).not.toContain('batasAtasCapaian');
    expect(read.lastRow).toBe(7);
  });

  test('the first occurrence of a label wins', () => {
    const read = readKeyValue(
      {
        name: 'Pengaturan',
        rows: [
          ['Kabupaten', 'Lumajang'],
          ['Kabupaten', 'Jember'],
        ],
      },
      SCHEMAS.pengaturan,
    );
    expect(read.fields.get('kabupaten')?.raw).toBe('Lumajang');
  });
});
