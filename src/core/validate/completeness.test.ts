import fc from 'fast-check';
import { parseCell } from '../parse/cell';
import { PLAIN_TEXT } from './completeness';

describe('the scan’s shortcut for plain text', () => {
  test('a teks or kode cell starting with a visible character other than # is what parseCell reads as a valid, non-empty value', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          ' ',
          '#',
          '\u200B',
          '\uFEFF',
          '\u00a0',
          '\t',
          '\n',
          '1',
          ',',
          'REF!',
          'N/A',
        ),
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('teks' as const, 'kode' as const), (raw, type) => {
        if (!PLAIN_TEXT.test(raw)) return;
        const p = parseCell(raw, { type });
        expect(p.kind).toBe('ok');
        expect(p.kind === 'ok' && p.numberAsText).toBeFalsy();
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
