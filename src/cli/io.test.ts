import { lineWriter, safeIo, type OutputStream } from './io';

describe('lineWriter (stdout closed early)', () => {
  function stream(): OutputStream & { written: string[]; fail: (e: Error) => void } {
    let listener: ((e: Error) => void) | undefined;
    const written: string[] = [];
    return {
      written,
      write: (t: string) => written.push(t),
      on: (_event: 'error', l: (e: Error) => void) => {
        listener = l;
      },
      fail: (e) => listener?.(e),
    };
  }

  test('after EPIPE nothing more is written and nothing is thrown', () => {
    const s = stream();
    const out = lineWriter(s);
    out('satu');
    s.fail(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(() => out('dua')).not.toThrow();
    expect(s.written).toEqual(['satu\n']);
  });
});

test('safeIo escapes control characters in every line, out and err', () => {
  const out: string[] = [];
  const err: string[] = [];
  const io = safeIo({ out: (l) => out.push(l), err: (l) => err.push(l), cwd: '/', now: new Date(0) });
  io.out('a\u001b[2Jb');
  io.err('\u202ec');
  expect([out, err]).toEqual([['a\\u001b[2Jb'], ['\\u202ec']]);
});
