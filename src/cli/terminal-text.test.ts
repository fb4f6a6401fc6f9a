import { terminalSafe } from './terminal-text';

describe('terminalSafe', () => {
  test.each([
    [
      'ESC sequences (clear screen, window title)',
      '\u001b[2J\u001b]0;judul\u0007',
      '\\u001b[2J\\u001b]0;judul\\u0007',
    ],
    ['C1 controls (CSI 0x9B)', 'a\u009b31mb', 'a\\u009b31mb'],
    ['DEL and backspace', 'x\u007f\u0008', 'x\\u007f\\u0008'],
    ['bidi overrides and isolates', '\u202eabc\u202c \u2066d\u2069', '\\u202eabc\\u202c \\u2066d\\u2069'],
    ['a lone carriage return', 'a\rb', 'a\\u000db'],
  ])('%s are shown escaped', (_what, text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  test('newlines, tabs and ordinary text (Indonesian, accents, emoji, Arabic) are left alone; CRLF becomes LF', () => {
    const text = 'Capaian 95,15%\tSangat Tinggi\nKécamatan — “Pasrujambe” ✓ 😀 مرحبا';
    expect(terminalSafe(text)).toBe(text);
    expect(terminalSafe('a\r\nb')).toBe('a\nb');
  });

  test('JSON stays valid JSON with the same value', () => {
    const value = { unit: 'K\u001b[2J\u009b\u202eX', n: 1 };
    const shown = terminalSafe(JSON.stringify(value, null, 2));
    expect(shown).not.toMatch(/[\u009b\u202e]/);
    expect(JSON.parse(shown)).toEqual(value);
  });
});
