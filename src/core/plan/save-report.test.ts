import { describeSavedSheets } from './save-report';

describe('describeSavedSheets', () => {
  it('names the created and the changed sheets, then says the rest is as it was', () => {
    expect(describeSavedSheets(['Temuan'], ['PK', 'DPA'])).toBe(
      'Sheet dibuat: Temuan. Sheet diubah: PK, DPA. Sheet lain tidak diubah.',
    );
  });
  it('leaves out an empty list', () => {
    expect(describeSavedSheets([], ['Temuan'])).toBe('Sheet diubah: Temuan. Sheet lain tidak diubah.');
    expect(describeSavedSheets(['LAKIP PK'], [])).toBe('Sheet dibuat: LAKIP PK. Sheet lain tidak diubah.');
  });
  it('says so when nothing changed', () => {
    expect(describeSavedSheets([], [])).toBe('Tidak ada sheet yang diubah.');
  });
});
