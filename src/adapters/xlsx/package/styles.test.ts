import { blankStylesXml } from './blank';
import { StyleBook } from './styles';

describe('StyleBook', () => {
  test('a changed copy is appended once and reused; the original styles are untouched', () => {
    const book = new StyleBook(blankStylesXml());
    const bold = { font: { bold: true } };
    const a = book.restyle(0, bold);
    expect(a).toBe(1);
    expect(book.restyle(0, { font: { bold: true } })).toBe(1);
    const b = book.restyle(a, { numFmt: '0.00%' });
    expect(b).toBe(2);
    expect(book.numberFormat(b)).toBe('0.00%');
    expect(book.numberFormat(0)).toBe('General');
    const xml = book.toXml();
    expect(xml).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    expect(xml).toContain(
      '<xf numFmtId="10" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>',
    );
    expect(xml).not.toContain('<numFmts'); // 0.00% is built in
  });

  test('a custom format gets the next free id; alignment and protection are child elements', () => {
    const book = new StyleBook(blankStylesXml());
    const x = book.restyle(0, {
      numFmt: 'dd/mm/yyyy',
      alignment: { vertical: 'middle', wrapText: true },
      locked: false,
    });
    const xml = book.toXml();
    expect(xml).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts',
    );
    expect(xml).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" applyProtection="1"><alignment wrapText="1" vertical="center"/><protection locked="0"/></xf>',
    );
    expect(book.numberFormat(x)).toBe('dd/mm/yyyy');
    expect(book.changed).toBe(true);
  });

  test('nothing asked, nothing changed', () => {
    const book = new StyleBook(blankStylesXml());
    expect(book.changed).toBe(false);
    expect(book.toXml()).toBe(blankStylesXml());
  });
});
