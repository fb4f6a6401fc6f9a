import { codeLevel, isProgramCode, parentCode, splitCodeAndName } from './codes';

describe('program codes', () => {
  it.each([
    ['1', 'Urusan'],
    ['1.01', 'Bidang Urusan'],
    ['1.01.02', 'Program'],
    ['X.XX.01', 'Program'],
    ['1.01.02.2.01', 'Kegiatan'],
    ['1.01.02.2.01.0001', 'Sub Kegiatan'],
  ] as const)('%s is %s', (code, level) => {
    expect(codeLevel(code)).toBe(level);
  });

  it('gives no level to what is not a code', () => {
    expect(codeLevel('IK-01')).toBeNull();
    expect(isProgramCode('IK-01')).toBe(false);
    expect(isProgramCode('2.13.02')).toBe(true);
  });

  it('splits a code and a name typed in one cell', () => {
    expect(splitCodeAndName('1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN')).toEqual({
      code: '1.01.02',
      name: 'PROGRAM PENGELOLAAN PENDIDIKAN',
    });
    expect(splitCodeAndName('2.13.02.2.01.  Penyelenggaraan Pemilihan Pemuda Pelopor')).toEqual({
      code: '2.13.02.2.01',
      name: 'Penyelenggaraan Pemilihan Pemuda Pelopor',
    });
    expect(splitCodeAndName('Jumlah pemuda 2.000 orang')).toBeNull();
    expect(splitCodeAndName('1. Meningkatnya partisipasi pemuda')).toBeNull();
  });

  it('finds the parent of a code among the codes of the table', () => {
    const known = ['2.13', '2.13.02', '2.13.02.2.01', '2.13.02.2.01.0001'];
    expect(parentCode('2.13.02.2.01.0001', known)).toBe('2.13.02.2.01');
    expect(parentCode('2.13.02', known)).toBe('2.13');
    expect(parentCode('2.13', known)).toBeNull();
  });
});
